// GET  /api/imports/mappings — the org's saved column mappings.
// POST /api/imports/mappings — saves a mapping under a name, to reuse on the next export of that layout.
import { z } from "zod";
import { listColumnMappings, saveColumnMapping } from "@/db/queries/column-mappings";
import { ImportOptions } from "@/lib/imports";
import { handle } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const SaveMapping = z.object({
  name: z.string().trim().min(1).max(80),
  kind: ImportOptions.shape.kind,
  mapping: ImportOptions.shape.mapping,
  options: ImportOptions.partial().omit({ kind: true, mapping: true, timeZone: true }).default({}),
});

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    return Response.json({ mappings: await listColumnMappings(db, orgId) });
  });
}

export function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const body = await parseJsonBody(req, SaveMapping);
    return Response.json({ mapping: await saveColumnMapping(db, orgId, body) }, { status: 201 });
  });
}
