// POST /api/alerts/<id>/acknowledge — acknowledge a firing alert (managers); 404 when the org has
// no such alert, 409 when it is not firing.
import { acknowledgeFiring, firingExists } from "@/db/alerts";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";

export function POST(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId, actor } = await requestContext("manager");
    const id = Number((await params).id);
    if (!Number.isInteger(id) || !(await firingExists(db, orgId, id))) throw new AppError("not_found", "No such alert.");
    if (!(await acknowledgeFiring(db, orgId, id, actor))) throw new AppError("conflict", "The alert is not firing (already acknowledged, resolved, or unknown).");
    return new Response(null, { status: 204 });
  });
}
