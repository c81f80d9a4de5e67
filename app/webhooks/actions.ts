"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/auth/audit";
import { createEndpoint, rotateSecret } from "@/db/webhooks/endpoints";
import { discardEvent, reprocessEvent } from "@/db/webhooks/inbox";
import { forgetCachedEndpoints } from "@/server/webhooks/receive";
import { wakeWebhookWorker } from "@/server/webhooks/worker-registry";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/format/server-locale";
import { authHeaderLines, NewEndpointInput, webhookUrl } from "@/lib/webhooks";
import { publicBaseUrl, requestOrigin } from "@/lib/webhooks/public-url";
import { requestContext, type RequestContext } from "@/server/request-context";
import { setupGuide, type SetupGuide } from "./setup-guide";

// Endpoint and event administration act for the whole org and reveal secrets: owner only.
function authorize(): Promise<RequestContext> {
  return requestContext("owner");
}

export type CreateEndpointState = { guide?: SetupGuide; error?: string; at?: number };
export type RotateState = { secret?: string; until?: string; headerLines?: string[]; error?: string };
export type EventActionState = { error?: string; done?: string };

export async function createEndpointAction(_prev: CreateEndpointState, form: FormData): Promise<CreateEndpointState> {
  const ctx = await authorize();
  const parsed = NewEndpointInput.safeParse({ name: form.get("name") ?? "", source: form.get("source"), authMode: form.get("authMode") || undefined });
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join(" ") };
  const created = await createEndpoint(ctx.db, ctx.orgId, parsed.data);
  await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "webhook.endpoint_created", subject: `endpoint:${created.publicId}`, details: { source: created.source, name: parsed.data.name } });
  const base = publicBaseUrl(requestOrigin(await headers(), `http://localhost:${env.PORT}`));
  const url = webhookUrl(base, created.source, created.publicId);
  revalidatePath("/webhooks");
  return { guide: setupGuide({ ...created, url }, await getLocale()), at: Date.now() };
}

export async function rotateSecretAction(_prev: RotateState, form: FormData): Promise<RotateState> {
  const ctx = await authorize();
  const id = Number(form.get("endpointId"));
  const rotated = Number.isInteger(id) ? await rotateSecret(ctx.db, ctx.orgId, id) : null;
  if (!rotated) return { error: "not_found" };
  await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "webhook.secret_rotated", subject: `endpoint:${rotated.publicId}` });
  forgetCachedEndpoints();
  revalidatePath("/webhooks");
  return { secret: rotated.secret, until: rotated.previousSecretExpiresAt, headerLines: authHeaderLines(rotated.authMode, rotated.secret) };
}

export async function eventAction(_prev: EventActionState, form: FormData): Promise<EventActionState> {
  const ctx = await authorize();
  const id = Number(form.get("eventId"));
  const action = form.get("action");
  if (!Number.isInteger(id) || (action !== "reprocess" && action !== "discard")) return { error: "bad_request" };
  const ok = action === "reprocess" ? await reprocessEvent(ctx.db, ctx.orgId, id) : await discardEvent(ctx.db, ctx.orgId, id);
  if (!ok) return { error: "conflict" };
  if (action === "reprocess") wakeWebhookWorker();
  revalidatePath("/webhooks");
  revalidatePath(`/webhooks/events/${id}`);
  return { done: action };
}
