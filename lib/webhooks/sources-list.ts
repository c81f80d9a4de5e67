import { z } from "zod";

// The tools that can deliver to POST /api/webhooks/<source>/<endpoint-id>.
export const WEBHOOK_SOURCES = ["tactical-rmm", "ninjaone", "datto-rmm", "generic"] as const;
export const WebhookSource = z.enum(WEBHOOK_SOURCES);
export type WebhookSource = z.infer<typeof WebhookSource>;

export const SOURCE_LABELS: Record<WebhookSource, string> = {
  "tactical-rmm": "Tactical RMM",
  ninjaone: "NinjaOne",
  "datto-rmm": "Datto RMM",
  generic: "Generic",
};

/** hmac: timestamped HMAC-SHA256 signature headers; bearer: a static `Authorization: Bearer` secret. */
export const AUTH_MODES = ["hmac", "bearer"] as const;
export const AuthMode = z.enum(AUTH_MODES);
export type AuthMode = z.infer<typeof AuthMode>;

/** The RMM tools cannot sign a body, only send a static header; generic senders always sign. */
export function defaultAuthMode(source: WebhookSource): AuthMode {
  return source === "generic" ? "hmac" : "bearer";
}

const EVENT_STATUSES = ["received", "processing", "retrying", "processed", "failed", "discarded"] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

export const NewEndpointInput = z
  .object({
    name: z.string().trim().min(1, "Give the endpoint a name.").max(100),
    source: WebhookSource,
    authMode: AuthMode.optional(),
    rateLimitPerMinute: z.number().int().min(1).max(10_000_000).optional(),
  })
  .transform((v) => ({ ...v, authMode: v.authMode ?? defaultAuthMode(v.source) }))
  .refine((v) => v.source !== "generic" || v.authMode === "hmac", {
    message: "Generic endpoints always use HMAC signatures.",
    path: ["authMode"],
  });
export type NewEndpointInput = z.input<typeof NewEndpointInput>;

/** The largest body accepted, in bytes (413 above it). */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export function webhookUrl(baseUrl: string, source: WebhookSource, publicId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/webhooks/${source}/${publicId}`;
}
