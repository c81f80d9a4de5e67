import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { computeKpiReportPartsSql, type KpiReportParts } from "../kpi/report";
import { getMrrTrend, type MrrPoint } from "./mrr-trend";

export interface OrgSummary {
  name: string;
  clients: number;
  contracts: number;
}

/** The org's name and whether it has anything to show yet (the overview needs contracts). */
export async function getOrgSummary(db: SqlRunner, orgId: number): Promise<OrgSummary> {
  const [row] = await db.query<OrgSummary>(
    `select o.name,
            (select count(*) from clients where org_id = o.id)::int as clients,
            (select count(*) from contracts where org_id = o.id)::int as contracts
     from orgs o where o.id = $1`,
    [orgId],
  );
  if (!row) throw new Error(`org ${orgId} not found`);
  return row;
}

/** The parts of the KPI report the overview shows: no costs, no scorecards. */
export const OVERVIEW_PARTS = ["revenue", "technicians", "tickets", "devices"] as const;

export type OverviewReport = KpiReportParts<(typeof OVERVIEW_PARTS)[number]>;

export interface OverviewData {
  report: OverviewReport;
  trend: MrrPoint[];
}

/** Every figure of the overview for P: its parts of the KPI report (P and the previous period) and 12 months of MRR up to E. */
export async function loadOverview(db: SqlRunner, orgId: number, period: Period, settings: KpiSettings): Promise<OverviewData> {
  const [report, trend] = await Promise.all([
    computeKpiReportPartsSql(db, orgId, period, settings, OVERVIEW_PARTS),
    getMrrTrend(db, orgId, { to: period.to, months: 12 }),
  ]);
  return { report, trend };
}
