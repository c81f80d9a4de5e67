// GET /api/webhooks-admin/device-status?device_id=<RMM id> — a device's status observations, oldest first.
import { z } from "zod";
import { requestContext } from "@/server/request-context";
import { deviceObservations } from "@/db/webhooks/device-status";
import { handle } from "@/lib/http/api-error";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({ device_id: z.string().trim().min(1).max(200) });

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    const { device_id } = Query.parse({ device_id: new URL(req.url).searchParams.get("device_id") ?? "" });
    return Response.json({ device_id, observations: await deviceObservations(db, orgId, device_id) });
  });
}
