// DELETE /api/alerts/rules/<id> — delete a rule (managers); its alert history is kept.
import { deleteAlertRule } from "@/db/alerts";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";

export function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const id = Number((await params).id);
    if (!Number.isInteger(id) || !(await deleteAlertRule(db, orgId, id))) throw new AppError("not_found", "No such alert rule.");
    return new Response(null, { status: 204 });
  });
}
