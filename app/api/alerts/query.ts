import { z } from "zod";
import { ALERT_SEVERITIES } from "@/lib/alerts";

// The filters of GET /api/alerts.
export const AlertsQuery = z.object({
  state: z.enum(["firing", "acknowledged", "resolved"]).optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  rule: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
