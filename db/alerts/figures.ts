import "server-only";
import { baselinePeriod, resolveAlertWindow, type AlertFigures, type AlertRule, type AlertWindow } from "@/lib/alerts";
import type { Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";
import { computeKpiReportSql, computeKpiSectionsSql, ensureKpiRollups } from "../queries/kpi";

export interface WindowFigures {
  period: Period;
  figures: AlertFigures;
}

/**
 * The figures the rules need, from the SQL KPI engine: one report per distinct window (not per
 * rule), plus the weeks before it only when a "times-average" rule looks at that window.
 */
export async function computeAlertFigures(
  db: SqlRunner,
  orgId: number,
  rules: readonly Pick<AlertRule, "window" | "comparator">[],
  stored: KpiSettings,
  now: Date,
): Promise<Map<AlertWindow, WindowFigures>> {
  // The settings the rollups were built with: the old ones while a settings rebuild is pending.
  const settings = await ensureKpiRollups(db, orgId, stored);
  const byWindow = new Map<AlertWindow, WindowFigures>();
  for (const window of new Set(rules.map((r) => r.window))) {
    const period = resolveAlertWindow(window, now, settings.timeZone);
    const { period: _period, previous, ...current } = await computeKpiReportSql(db, orgId, period, settings);
    const needsBaseline = rules.some((r) => r.window === window && r.comparator === "times-average");
    const baseline = needsBaseline ? await computeKpiSectionsSql(db, orgId, baselinePeriod(period), settings) : null;
    byWindow.set(window, { period, figures: { current, previous, baseline } });
  }
  return byWindow;
}
