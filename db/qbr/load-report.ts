import "server-only";
import { getClientComparison } from "@/db/queries/clients";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import { listClientContracts, servicesHeld } from "@/db/queries/services";
import { previousPeriod, startDay, type Period } from "@/lib/kpi/period";
import type { KpiReport } from "@/lib/kpi/report-schema";
import { dec, ratio } from "@/lib/kpi/round";
import type { PerformanceRow, QbrReport } from "@/lib/qbr/types";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";
import { deviceStatusByClient } from "./device-status";
import { clientMonths } from "./months";
import { getQbrNotes } from "./notes";

// One client's QBR. Every figure the KPI engine has comes from its report for P (and the
// previous-period block inside it), read the way the client page reads it (getClientComparison):
// device health and tickets by client name, SLA per client with the engine's definitions. Only
// device coverage (devices reporting to the RMM) and the months are counted here.

/** What every client's report of one period shares; built once for a bulk export. */
export interface QbrContext {
  settings: KpiSettings;
  report: KpiReport;
  mspName: string;
  held: { service: string; clients: number }[];
}

export async function loadQbrContext(db: SqlRunner, orgId: number, period: Period): Promise<QbrContext> {
  const settings = await getKpiSettings(db, orgId);
  const [report, [org], held] = await Promise.all([
    computeKpiReportSql(db, orgId, period, settings),
    db.query<{ name: string }>("select name from orgs where id = $1", [orgId]),
    servicesHeld(db, orgId, period.to),
  ]);
  return { settings, report, mspName: org?.name ?? "", held };
}

/** The client's QBR for P, or null when the org has no such client. */
export async function loadQbrReport(db: SqlRunner, orgId: number, clientId: number, period: Period, context?: QbrContext): Promise<QbrReport | null> {
  const { settings, report, mspName, held } = context ?? (await loadQbrContext(db, orgId, period));
  const before = previousPeriod(period);
  const [comparison, [statusNow], [statusBefore], months, contracts, notes] = await Promise.all([
    getClientComparison(db, orgId, clientId, period, settings, report),
    deviceStatusByClient(db, orgId, period.to, settings.timeZone, clientId),
    deviceStatusByClient(db, orgId, startDay(period), settings.timeZone, clientId),
    clientMonths(db, orgId, clientId, period, settings.timeZone),
    listClientContracts(db, orgId, clientId, period.to),
    getQbrNotes(db, orgId, clientId, period),
  ]);
  if (!comparison) return null;
  const { current, previous } = comparison;
  const coverage = (s: typeof statusNow) => (s ? ratio(dec(s.reporting), dec(s.managed)) : null);
  const health = (figures: typeof current, key: "av_ok" | "patched" | "backup_ok" | "seen") => figures.health?.[key] ?? null;
  const row = (measure: PerformanceRow["measure"], now: number | null, then: number | null): PerformanceRow => ({ measure, current: now, previous: then });
  return {
    mspName,
    currency: settings.currency,
    client: { id: clientId, name: comparison.client.name, segment: comparison.client.segment },
    period: { from: period.from, to: period.to },
    previousPeriod: before,
    performance: [
      row("monitored", coverage(statusNow), coverage(statusBefore)),
      row("warranty", current.warrantyCoverage, previous.warrantyCoverage),
      row("av_ok", health(current, "av_ok"), health(previous, "av_ok")),
      row("patched", health(current, "patched"), health(previous, "patched")),
      row("backup_ok", health(current, "backup_ok"), health(previous, "backup_ok")),
      row("seen", health(current, "seen"), health(previous, "seen")),
      row("sla_met", current.quality.sla_met, previous.quality.sla_met),
    ],
    managedDevices: { current: current.managedDevices, previous: previous.managedDevices },
    mrr: { current: current.mrr, previous: previous.mrr },
    tickets: { current: current.tickets, previous: previous.tickets },
    billedHours: { current: current.billedHours, previous: previous.billedHours },
    csat: { current: current.quality.csat, previous: previous.quality.csat },
    months,
    contracts: contracts.map(({ service, tier, units, monthlyValue, startDate, endDate, status }) => ({ service, tier, units, monthlyValue, startDate, endDate, status })),
    services: comparison.client.services,
    suggestions: held
      .filter((h) => !comparison.client.services.includes(h.service))
      .sort((a, b) => b.clients - a.clients || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0)),
    notes,
  };
}

/** The org's clients, by name, for the bulk export and the CLI. */
export async function listQbrClients(db: SqlRunner, orgId: number): Promise<{ id: number; name: string }[]> {
  return db.query<{ id: number; name: string }>("select id, name from clients where org_id = $1 order by name", [orgId]);
}

/** A client by exact name, else by a case-insensitive match (names are unique ignoring case). */
export async function findClientByName(db: SqlRunner, orgId: number, name: string): Promise<{ id: number; name: string } | null> {
  const [row] = await db.query<{ id: number; name: string }>("select id, name from clients where org_id = $1 and lower(name) = lower($2)", [orgId, name]);
  return row ?? null;
}
