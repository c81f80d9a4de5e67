import { parseArgs } from "node:util";
import { createEndpoint, listEndpoints } from "@/db/webhooks/endpoints";
import { discardEvent, listEvents, reprocessEvent } from "@/db/webhooks/inbox";
import type { Env } from "@/lib/env";
import { AuthMode, EventStatus, webhookUrl, WebhookSource } from "@/lib/webhooks";
import { openCliDatabase, UsageError, type CliIo } from "./context";

export const WEBHOOKS_USAGE = `msp-kpi webhooks create --source S --name N [--auth hmac|bearer] [--rate-limit N] [--json]
  --source   ${WebhookSource.options.join(", ")}
  --auth     hmac (signed; always for generic) or bearer (a static header; default for the RMM tools)
  prints the URL and the secret: the secret is shown this once
msp-kpi webhooks list [--json]
msp-kpi webhooks events [--status ${EventStatus.options.join("|")}] [--limit N] [--json]
msp-kpi webhooks reprocess <event-id> | discard <event-id>`;

const print = (io: CliIo, json: boolean | undefined, value: unknown, text: () => string) => io.out(json ? JSON.stringify(value) : text());

function baseUrl(env: Env): string {
  return (env.MSP_KPI_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

async function create(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { source: { type: "string" }, name: { type: "string" }, auth: { type: "string" }, "rate-limit": { type: "string" }, json: { type: "boolean" } },
  });
  const source = WebhookSource.safeParse(values.source);
  if (!source.success) throw new UsageError(`--source must be one of ${WebhookSource.options.join(", ")}\n\n${WEBHOOKS_USAGE}`);
  if (!values.name?.trim()) throw new UsageError(`--name is required\n\n${WEBHOOKS_USAGE}`);
  const auth = values.auth === undefined ? undefined : AuthMode.safeParse(values.auth);
  if (auth && !auth.success) throw new UsageError("--auth must be hmac or bearer");
  if (source.data === "generic" && auth?.data === "bearer") throw new UsageError("Generic endpoints always use HMAC signatures.");
  const rate = values["rate-limit"] === undefined ? undefined : Number(values["rate-limit"]);
  if (rate !== undefined && !(Number.isInteger(rate) && rate > 0)) throw new UsageError("--rate-limit must be a positive whole number (per minute)");

  const { db, orgId } = await openCliDatabase(io.env);
  try {
    const e = await createEndpoint(db, orgId, { name: values.name, source: source.data, authMode: auth?.data, rateLimitPerMinute: rate });
    const url = webhookUrl(baseUrl(io.env), e.source, e.publicId);
    print(io, values.json, { id: e.publicId, source: e.source, url, secret: e.secret, auth: e.authMode }, () =>
      [`Created ${e.source} endpoint "${e.name}" (${e.authMode})`, `  URL     ${url}`, `  secret  ${e.secret}`, "", "The secret is not shown again; rotate it on the Webhooks page if it is lost."].join("\n"),
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
  const { db, orgId } = await openCliDatabase(io.env);
  try {
    const rows = (await listEndpoints(db, orgId)).map((e) => ({ ...e, url: webhookUrl(baseUrl(io.env), e.source, e.publicId) }));
    print(io, values.json, rows, () =>
      rows.map((e) => `${e.publicId}  ${e.source.padEnd(12)} ${e.authMode.padEnd(6)} received ${e.receivedCount}, rejected ${e.rejectedCount}  ${e.name}`).join("\n") ||
        "No webhook endpoints yet.",
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function events(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { status: { type: "string" }, limit: { type: "string" }, json: { type: "boolean" } } });
  const status = values.status === undefined ? undefined : EventStatus.safeParse(values.status);
  if (status && !status.success) throw new UsageError(`--status must be one of ${EventStatus.options.join(", ")}`);
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError("--limit must be a positive whole number");
  const { db, orgId } = await openCliDatabase(io.env);
  try {
    const rows = await listEvents(db, orgId, { status: status?.data, limit });
    print(io, values.json, rows, () =>
      rows.map((e) => `${String(e.id).padStart(6)}  ${e.receivedAt}  ${e.status.padEnd(10)} ${e.attempts}×  ${e.source}  ${e.eventKey}${e.lastError ? `  — ${e.lastError}` : ""}`).join("\n") ||
        "No webhook events.",
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function change(action: "reprocess" | "discard", args: string[], io: CliIo): Promise<number> {
  const id = Number(args[0]);
  if (!Number.isInteger(id) || id <= 0 || args.length !== 1) throw new UsageError(WEBHOOKS_USAGE);
  const { db, orgId } = await openCliDatabase(io.env);
  try {
    const ok = action === "reprocess" ? await reprocessEvent(db, orgId, id) : await discardEvent(db, orgId, id);
    io.out(ok ? `Event ${id}: ${action === "reprocess" ? "queued again" : "discarded"}.` : `Event ${id} cannot be ${action}ed in its current state (or does not exist).`);
    return ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

export async function webhooksCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "create") return create(rest, io);
  if (sub === "list") return list(rest, io);
  if (sub === "events") return events(rest, io);
  if (sub === "reprocess" || sub === "discard") return change(sub, rest, io);
  throw new UsageError(WEBHOOKS_USAGE);
}
