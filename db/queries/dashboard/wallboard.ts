import "server-only";
import { resolvePeriodPreset } from "@/lib/kpi/presets";
import { localDate, type Period } from "@/lib/kpi/period";
import type { KpiSections } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { computeKpiSectionsSql, ensureKpiRollups } from "../kpi";

// The wallboard's figures: the KPI engine's sections for today, this week and this month (in the
// org's time zone), and the alerts still open.

export interface WallboardFigures {
  periods: { today: Period; week: Period; month: Period };
  today: KpiSections;
  week: KpiSections;
  month: KpiSections;
  /** Alerts not yet resolved, and how many of them nobody has acknowledged. */
  alerts: { open: number; unacknowledged: number };
}

export async function loadWallboardFigures(db: SqlRunner, orgId: number, settings: KpiSettings, now: Date): Promise<WallboardFigures> {
  const day = localDate(now, settings.timeZone);
  const periods = {
    today: { from: day, to: day },
    week: resolvePeriodPreset("this-week", day, settings.timeZone),
    month: resolvePeriodPreset("this-month", day, settings.timeZone),
  };
  await ensureKpiRollups(db, orgId, settings);
  const [today, week, month, [alerts]] = await Promise.all([
    computeKpiSectionsSql(db, orgId, periods.today, settings),
    computeKpiSectionsSql(db, orgId, periods.week, settings),
    computeKpiSectionsSql(db, orgId, periods.month, settings),
    db.query<{ open: number; unacknowledged: number }>(
      "select count(*)::int as open, (count(*) filter (where state = 'firing'))::int as unacknowledged from alert_firings where org_id = $1 and resolved_at is null",
      [orgId],
    ),
  ]);
  return { periods, today, week, month, alerts: alerts ?? { open: 0, unacknowledged: 0 } };
}
