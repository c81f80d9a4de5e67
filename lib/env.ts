import { isIP } from "node:net";
import { z } from "zod";
import { normalizeHost } from "./alerts/webhook-host";

// The one place that reads process.env: everything else imports `env`.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The app's address as RMM tools reach it, for webhook URLs (e.g. https://kpi.example.com). */
  MSP_KPI_PUBLIC_URL: z
    .string()
    .url("MSP_KPI_PUBLIC_URL must be a URL such as https://kpi.example.com")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** 1: load the demo data into an empty database; 0: never; unset: only into the embedded database. */
  MSP_KPI_DEMO: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true")),
  /**
   * Set to 1 behind a reverse proxy that writes X-Forwarded-For: the sign-in rate limit then keys on
   * that address. Otherwise the server replaces any client-sent X-Forwarded-For with the peer address.
   */
  MSP_KPI_TRUST_PROXY: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  /** Signs session cookies; when unset a random key is generated once and kept in the database. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional().or(z.literal("").transform(() => undefined)),
  /** Outgoing mail (password reset, alert e-mails), e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_FROM: z.string().min(3).default("msp-kpi <msp-kpi@localhost>"),
  /** CLI only: run `import` and `kpis` against this remote msp-kpi server instead of a database. */
  MSP_KPI_URL: z.string().url("MSP_KPI_URL must be a URL such as https://kpi.example.com").optional().or(z.literal("").transform(() => undefined)),
  /** CLI only: the API token (Settings → Users and access) sent to MSP_KPI_URL. */
  MSP_KPI_TOKEN: z.string().regex(/^mkpi_/, "MSP_KPI_TOKEN must be an msp-kpi API token (mkpi_…)").optional().or(z.literal("").transform(() => undefined)),
  /**
   * Hosts alert webhooks may post to although they are loopback, private or link-local (an
   * in-house chat server, say): comma-separated names or IP addresses, e.g. "chat.internal,10.0.0.5".
   */
  MSP_KPI_ALLOWED_WEBHOOK_HOSTS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((h) => normalizeHost(h.trim())).filter(Boolean))
    .pipe(z.array(z.string().refine((h) => isIP(h) === 6 || /^[\p{L}\p{N}.-]+$/u.test(h), "list host names or IP addresses, without scheme or port"))),
  /** The chromium that renders QBR PDFs (and runs the browser tests); unset: Debian's (server/chromium.ts). */
  CHROMIUM_PATH: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
