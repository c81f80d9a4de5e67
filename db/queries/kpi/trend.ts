import "server-only";
import { pct } from "@/lib/alerts/kpis";
import type { Role } from "@/lib/auth/roles";
import { explainedFigure, type ExplainedFigure } from "@/lib/explain/figures";
import { ownFigureValue } from "@/lib/explain/formula";
import { goalValue } from "@/lib/goals/metrics";
import { figureParts } from "@/lib/kpi/figure-parts";
import type { Period } from "@/lib/kpi/period";
import type { KpiSections } from "@/lib/kpi/report-schema";
import { sectionsForRole } from "@/lib/kpi/served-report";
import { trendPeriods } from "@/lib/kpi/trend-periods";
import type { KpiSettings } from "@/lib/records/settings";
import type { Database } from "../../client";
import { ticketQualityByClient, type TicketQuality } from "../client-tickets";
import { explainTotals } from "../explain/explain";
import { computeKpiPartsSql } from "./report";
import { ensureKpiRollups } from "./rollup-settings";

export interface TrendPoint extends Period {
  /** The figure in this period, as its card reads it; null when there is no data. */
  value: number | null;
}

export interface FigureTrendQuery {
  metric: string;
  /** The technician or client, as goals name them; null for a business figure. */
  subject: string | null;
  period: Period;
  settings: KpiSettings;
  role: Role;
}

/**
 * One figure in P and the 11 periods of the same length before it, oldest first, read as `role`
 * may read it (a viewer gets no cost figures). Only the parts of the report the figure is read
 * from are computed, all periods at once; a figure the report does not hold is worked out from
 * each period's records, as its explanation works it out.
 */
export async function figureTrend(db: Database, orgId: number, { metric, subject, period, settings, role }: FigureTrendQuery): Promise<TrendPoint[]> {
  const used = await ensureKpiRollups(db, orgId, settings);
  const quality = CLIENT_QUALITY[metric];
  if (quality) return clientQualityTrend(db, orgId, quality, subject, period);
  const own = explainedFigure(metric);
  if (own?.ownValue) return recordsTrend(db, orgId, own, subject, period, used);
  const parts = figureParts(metric);
  return Promise.all(
    trendPeriods(period).map(async (p) => {
      // Holds every part the figure reads (tests/kpi/figure-parts.test.ts).
      const sections = (await computeKpiPartsSql(db, orgId, p, used, parts)) as KpiSections;
      return { ...p, value: goalValue(sectionsForRole(sections, role), metric, subject) };
    }),
  );
}

// A client's SLA met (as a percent) and CSAT per period from the per-client ticket rollups, as the
// client page reads them; tests/explain/explain-sql.test.ts holds them equal to their records' formula.
const CLIENT_QUALITY: Partial<Record<string, (q: TicketQuality) => number | null>> = {
  "client.sla_met": (q) => pct(q.sla_met),
  "client.csat": (q) => q.csat,
};

async function clientQualityTrend(db: Database, orgId: number, read: (q: TicketQuality) => number | null, subject: string | null, period: Period): Promise<TrendPoint[]> {
  const [client] = await db.query<{ id: number }>("select id from clients where org_id = $1 and name = $2", [orgId, subject]);
  return Promise.all(
    trendPeriods(period).map(async (p) => {
      const quality = client ? (await ticketQualityByClient(db, orgId, p, client.id)).get(Number(client.id)) : undefined;
      return { ...p, value: quality ? read(quality) : null };
    }),
  );
}

async function recordsTrend(db: Database, orgId: number, figure: ExplainedFigure, subject: string | null, period: Period, settings: KpiSettings): Promise<TrendPoint[]> {
  return Promise.all(
    trendPeriods(period).map(async (p) => ({ ...p, value: ownFigureValue(figure, await explainTotals(db, { orgId, figure, period: p, settings, subject })) })),
  );
}
