// GET  /api/webhooks-admin/events/<id> — one stored event with its raw body.
// POST /api/webhooks-admin/events/<id> {action: "reprocess" | "discard"} — back into the queue, or set aside.
import { z } from "zod";
import { requestContext } from "@/server/request-context";
import { discardEvent, getEvent, reprocessEvent } from "@/db/webhooks/inbox";
import { wakeWebhookWorker } from "@/server/webhooks/worker-registry";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };
const Id = z.coerce.number().int().positive();
const Action = z.object({ action: z.enum(["reprocess", "discard"]) });

export function GET(_req: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("owner");
    const event = await getEvent(db, orgId, Id.parse((await params).id));
    if (!event) throw new AppError("not_found", "No such webhook event.");
    return Response.json({ event });
  });
}

export function POST(req: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("owner");
    const id = Id.parse((await params).id);
    const { action } = await parseJsonBody(req, Action);
    if (!(await getEvent(db, orgId, id))) throw new AppError("not_found", "No such webhook event.");
    const changed = action === "reprocess" ? await reprocessEvent(db, orgId, id) : await discardEvent(db, orgId, id);
    if (!changed) throw new AppError("conflict", `This event cannot be ${action === "reprocess" ? "reprocessed" : "discarded"} in its current state.`);
    if (action === "reprocess") wakeWebhookWorker();
    return Response.json({ event: await getEvent(db, orgId, id) });
  });
}
