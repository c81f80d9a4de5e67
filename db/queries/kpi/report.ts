import "server-only";
import { assertPeriod, previousPeriod, startDay, type Period } from "@/lib/kpi/period";
import type { KpiPart } from "@/lib/kpi/figure-parts";
import type { DevicesSection, KpiReport, KpiSections, TicketsSection } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import type { Database, SqlRunner } from "../../client";
import { devicesOnDay, type DevicesOnDay } from "./devices";
import { computeProfitabilitySql } from "./profitability";
import { computeRevenueSql } from "./revenue";
import { ensureKpiRollups, figureSettings, sameRollupSettings } from "./rollup-settings";
import { computeScorecardsSql } from "./scorecards";
import { computeTechniciansSql } from "./technicians";
import { computeTicketsSql, type TicketsWithoutDevices } from "./tickets";

async function sectionsWithoutDevices(db: SqlRunner, orgId: number, period: Period, settings: KpiSettings) {
  const [revenue, technicians, tickets, profitability, scorecards] = await Promise.all([
    computeRevenueSql(db, orgId, period),
    computeTechniciansSql(db, orgId, period, settings),
    computeTicketsSql(db, orgId, period, settings.timeZone),
    computeProfitabilitySql(db, orgId, period, settings),
    computeScorecardsSql(db, orgId, period, settings),
  ]);
  return { revenue, technicians, tickets, profitability, scorecards };
}

function ticketsSection(t: TicketsWithoutDevices, end: DevicesOnDay): TicketsSection {
  return {
    tickets_created: t.tickets_created,
    first_response_minutes: t.first_response_minutes,
    resolution_hours: t.resolution_hours,
    sla_met: t.sla_met,
    csat: t.csat,
    csat_positive: t.csat_positive,
    tickets_per_device: end.ticketsPerDevice,
    by_client: t.by_client,
    by_week: t.by_week,
    by_month: t.by_month,
  };
}

function devicesSection(end: DevicesOnDay, start: DevicesOnDay): DevicesSection {
  return {
    managed_devices: end.managed,
    managed_devices_start: start.managed,
    warranty_coverage: end.warrantyCoverage,
    health: end.health,
    health_start: start.health,
  };
}

/** The sections of one period from its figures and the device figures on its E and S. */
function assemble(parts: Awaited<ReturnType<typeof sectionsWithoutDevices>>, end: DevicesOnDay, start: DevicesOnDay): KpiSections {
  const { revenue, technicians, tickets, profitability, scorecards } = parts;
  return { revenue, technicians, tickets: ticketsSection(tickets, end), devices: devicesSection(end, start), profitability, scorecards };
}

/** The sections for one period, every figure aggregated in the database (time zone and SLA targets: as computeKpiReportSql). */
export async function computeKpiSectionsSql(db: SqlRunner, orgId: number, period: Period, settings: KpiSettings): Promise<KpiSections> {
  assertPeriod(period);
  const used = await ensureKpiRollups(db, orgId, settings);
  const [parts, end, start] = await Promise.all([
    sectionsWithoutDevices(db, orgId, period, used),
    devicesOnDay(db, orgId, period.to, period.from),
    devicesOnDay(db, orgId, startDay(period), null),
  ]);
  return assemble(parts, end, start);
}

/**
 * Only the named parts of one period's sections, each as computeKpiSectionsSql gives it: for a
 * figure read from a few parts (lib/kpi/figure-parts.ts). `settings` as ensureKpiRollups returned
 * them. The tickets part holds tickets_per_device only with the devices part beside it.
 */
export async function computeKpiPartsSql(db: SqlRunner, orgId: number, period: Period, settings: KpiSettings, parts: readonly KpiPart[]): Promise<Partial<KpiSections>> {
  const wanted = new Set(parts);
  const when = <T>(part: KpiPart, compute: () => Promise<T>) => (wanted.has(part) ? compute() : undefined);
  const [revenue, technicians, tickets, profitability, scorecards, end, start] = await Promise.all([
    when("revenue", () => computeRevenueSql(db, orgId, period)),
    when("technicians", () => computeTechniciansSql(db, orgId, period, settings)),
    when("tickets", () => computeTicketsSql(db, orgId, period, settings.timeZone)),
    when("profitability", () => computeProfitabilitySql(db, orgId, period, settings)),
    when("scorecards", () => computeScorecardsSql(db, orgId, period, settings)),
    when("devices", () => devicesOnDay(db, orgId, period.to, period.from)),
    when("devices", () => devicesOnDay(db, orgId, startDay(period), null)),
  ]);
  const noDevices: DevicesOnDay = { managed: 0, warrantyCoverage: null, health: {}, ticketsPerDevice: null };
  return {
    ...(revenue && { revenue }),
    ...(technicians && { technicians }),
    ...(tickets && { tickets: ticketsSection(tickets, end ?? noDevices) }),
    ...(end && start && { devices: devicesSection(end, start) }),
    ...(profitability && { profitability }),
    ...(scorecards && { scorecards }),
  };
}

/**
 * Reads figures with the settings the rollups were built with, again when a settings rebuild
 * committed while they were read (it may have mixed old and new rollups); the third read stands.
 */
async function readConsistently<T>(db: SqlRunner | Database, orgId: number, settings: KpiSettings, read: (used: KpiSettings) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const used = await ensureKpiRollups(db, orgId, settings);
    const figures = await read(used);
    if (attempt === 3 || sameRollupSettings(used, await ensureKpiRollups(db, orgId, settings))) return figures;
  }
}

/**
 * The KPI report for P and the previous period, figure for figure what lib/kpi/reference's
 * computeKpiReport gives on the same records (tests/kpi-sql/equivalence.test.ts checks it).
 * The time zone and SLA targets are those the rollups were built with (rollup-settings.ts): the
 * given ones once the rollups follow them. The previous period ends on S, so three device days
 * serve both periods.
 */
export async function computeKpiReportSql(db: SqlRunner | Database, orgId: number, period: Period, settings: KpiSettings): Promise<KpiReport> {
  const previous = previousPeriod(assertPeriod(period));
  return readConsistently(db, orgId, settings, async (used) => {
    const [current, before, end, start, previousStart] = await Promise.all([
      sectionsWithoutDevices(db, orgId, period, used),
      sectionsWithoutDevices(db, orgId, previous, used),
      devicesOnDay(db, orgId, period.to, period.from),
      devicesOnDay(db, orgId, previous.to, previous.from),
      devicesOnDay(db, orgId, startDay(previous), null),
    ]);
    return { period: { from: period.from, to: period.to }, ...assemble(current, end, start), previous: assemble(before, start, previousStart) };
  });
}

/** Some parts of the KPI report, for P and the previous period. */
export type KpiReportParts<P extends KpiPart> = Pick<KpiSections, P> & { period: KpiReport["period"]; previous: Pick<KpiSections, P> };

/** Only the named parts of computeKpiReportSql's report: for a page that shows a few of them. */
export async function computeKpiReportPartsSql<P extends KpiPart>(
  db: SqlRunner | Database,
  orgId: number,
  period: Period,
  settings: KpiSettings,
  parts: readonly P[],
): Promise<KpiReportParts<P>> {
  const previous = previousPeriod(assertPeriod(period));
  return readConsistently(db, orgId, settings, async (used) => {
    const [current, before] = await Promise.all([computeKpiPartsSql(db, orgId, period, used, parts), computeKpiPartsSql(db, orgId, previous, used, parts)]);
    // computeKpiPartsSql holds each part it is given.
    return { period: { from: period.from, to: period.to }, ...(current as Pick<KpiSections, P>), previous: before as Pick<KpiSections, P> };
  });
}

/**
 * The report as served (GET /api/kpis, `msp-kpi kpis`), with the settings its figures use: while a
 * rebuild for changed settings is pending, the old ones, and the report says `recomputing: true`.
 */
export async function servedKpiReport(db: SqlRunner | Database, orgId: number, period: Period): Promise<{ report: KpiReport; settings: KpiSettings }> {
  const { settings, recomputing } = await figureSettings(db, orgId);
  const report = await computeKpiReportSql(db, orgId, period, settings);
  return { report: recomputing ? { ...report, recomputing: true } : report, settings };
}
