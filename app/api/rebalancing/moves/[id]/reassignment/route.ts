// GET /api/rebalancing/moves/:id/reassignment — what a pending move still needs reassigned in the
// PSA (open tickets, scheduled work, the client's default technician) as a CSV download.
import { z } from "zod";
import { listMoves, reassignmentLists } from "@/db/queries/rebalancing";
import { toCsv } from "@/lib/csv/export";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { REASSIGNMENT_HEADERS, reassignmentRows } from "@/lib/rebalancing/reassignment";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).parse((await params).id);
    const [move] = await listMoves(db, orgId, { id });
    if (!move) throw new AppError("not_found", `Move ${id} not found.`);
    const items = (await reassignmentLists(db, orgId, [id])).get(id) ?? [];
    const csv = toCsv(REASSIGNMENT_HEADERS, move.status === "pending" ? reassignmentRows(move, items) : [], { bom: true });
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="reassign-move-${id}.csv"` },
    });
  });
}
