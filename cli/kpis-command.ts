import { parseArgs } from "node:util";
import Big from "big.js";
import { servedKpiReport } from "@/db/queries/kpi";
import { describePeriodIssues, KpiPeriodQuery } from "@/db/queries/kpi/period-query";
import { rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";
import { formatDelta, formatMoney, formatNumber, formatPercent, NO_DATA } from "@/lib/format";
import { daysInPeriod, previousPeriod } from "@/lib/kpi/period";
import { KpiReport, type KpiSections } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import type { Env } from "@/lib/env";
import { openCliDatabase, UsageError, type CliIo } from "./context";
import { remoteKpis, remoteTarget } from "./remote";

export const KPIS_USAGE = `msp-kpi kpis --from YYYY-MM-DD --to YYYY-MM-DD [--json]
  --from, --to  the period, both days included, in the organisation's time zone (at most three years)
  --json        print the KpiReport JSON (the same as GET /api/kpis) instead of the readable report
  With MSP_KPI_URL and MSP_KPI_TOKEN set, the figures come from that server's GET /api/kpis.`;

type Kind = "money" | "count" | "share" | "figure" | "minutes" | "hours";
type Row = [label: string, pick: (s: KpiSections) => number | null, kind: Kind];

const ROWS: [section: string, rows: Row[]][] = [
  ["Revenue", [
    ["MRR at the end", (s) => s.revenue.mrr, "money"],
    ["MRR at the start", (s) => s.revenue.mrr_start, "money"],
    ["Net new MRR", (s) => s.revenue.net_new_mrr, "money"],
    ["  new clients' MRR", (s) => s.revenue.new_mrr, "money"],
    ["  reactivated", (s) => s.revenue.reactivated_mrr, "money"],
    ["  upsell", (s) => s.revenue.upsell_mrr, "money"],
    ["  cross-sell", (s) => s.revenue.cross_sell_mrr, "money"],
    ["  contraction", (s) => s.revenue.contraction_mrr, "money"],
    ["  churned", (s) => s.revenue.churned_mrr, "money"],
    ["Active contracts", (s) => s.revenue.active_contracts, "count"],
    ["Active clients", (s) => s.revenue.active_clients, "count"],
    ["New clients", (s) => s.revenue.new_clients, "count"],
    ["Churned clients", (s) => s.revenue.churned_clients, "count"],
    ["Average contract value", (s) => s.revenue.average_contract_value, "money"],
    ["Revenue per client", (s) => s.revenue.revenue_per_client, "money"],
    ["New client avg. contract value", (s) => s.revenue.new_client_average_contract_value, "money"],
    ["Recurring revenue earned", (s) => s.revenue.recurring_revenue, "money"],
    ["Billed time revenue", (s) => s.revenue.billed_time_revenue, "money"],
  ]],
  ["Technicians", [
    ["FTE", (s) => s.technicians.fte, "figure"],
    ["Team utilization", (s) => s.technicians.team_utilization, "share"],
    ["Revenue per technician", (s) => s.technicians.revenue_per_technician, "money"],
  ]],
  ["Tickets and service", [
    ["Tickets created", (s) => s.tickets.tickets_created, "count"],
    ["Tickets per device per month", (s) => s.tickets.tickets_per_device, "figure"],
    ["First response (median)", (s) => s.tickets.first_response_minutes, "minutes"],
    ["Resolution (median)", (s) => s.tickets.resolution_hours, "hours"],
    ["SLA met", (s) => s.tickets.sla_met, "share"],
    ["CSAT (1–5)", (s) => s.tickets.csat, "figure"],
    ["CSAT positive (4–5)", (s) => s.tickets.csat_positive, "share"],
  ]],
  ["Devices", [
    ["Managed devices", (s) => s.devices.managed_devices, "count"],
    ["Warranty coverage", (s) => s.devices.warranty_coverage, "share"],
  ]],
  ["Profitability", [
    ["Revenue earned", (s) => s.profitability?.revenue_earned ?? null, "money"],
    ["Hard cost", (s) => s.profitability?.hard_cost ?? null, "money"],
    ["Labour cost", (s) => s.profitability?.labour_cost ?? null, "money"],
    ["Gross profit", (s) => s.profitability?.gross_profit ?? null, "money"],
    ["Gross margin", (s) => s.profitability?.gross_margin ?? null, "share"],
    ["Effective hourly rate", (s) => s.profitability?.effective_hourly_rate ?? null, "money"],
    ["Costed hours", (s) => s.profitability?.costed_hours_share ?? null, "share"],
    ["Reactive hours per endpoint", (s) => s.profitability?.reactive_hours_per_endpoint ?? null, "figure"],
    ["Hard-cost coverage", (s) => s.profitability?.hard_cost_coverage ?? null, "share"],
    ["Unlogged capacity cost", (s) => s.profitability?.unlogged_capacity_cost ?? null, "money"],
  ]],
];

function formatValue(value: number | null, kind: Kind, currency: string): string {
  if (value === null) return NO_DATA;
  if (kind === "money") return formatMoney(value, currency, "en");
  if (kind === "share") return formatPercent(value, "en", { digits: 1 });
  if (kind === "count") return formatNumber(value, "en", { digits: 0 });
  return formatNumber(value, "en") + (kind === "minutes" ? " min" : kind === "hours" ? " h" : "");
}

function formatChange(now: number | null, before: number | null, kind: Kind, currency: string): string {
  if (now === null || before === null) return NO_DATA;
  const change = new Big(now).minus(before).toNumber(); // exact: no 0.1 + 0.2 in the change
  if (kind === "share") return formatDelta(change, "en", { kind: "points" });
  if (kind === "money") return formatDelta(change, "en", { kind: "money", currency });
  return formatDelta(change, "en", { kind: "number", digits: kind === "count" ? 0 : undefined }) + (kind === "minutes" ? " min" : kind === "hours" ? " h" : "");
}

/** Left-aligned first column, right-aligned figures. */
function table(rows: string[][]): string[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("   ").trimEnd());
}

const LIST_LIMIT = 15;

/** Per technician and per salesperson, for P; none when the report has no scorecards (a viewer's). */
function scorecardTables(report: KpiReport, currency: string): string[] {
  const technicians = Object.entries(report.scorecards?.technicians ?? {});
  const salespeople = Object.entries(report.scorecards?.salespeople ?? {});
  const out: string[] = [];
  if (technicians.length) {
    out.push("", ...table([["Technician scorecards (current period)", "resolved", "CSAT", "SLA met", "first response", "peer review"],
      ...technicians.map(([t, f]) => [`  ${t}`, formatValue(f.tickets_resolved, "count", currency), formatValue(f.csat, "figure", currency),
        formatValue(f.sla_met, "share", currency), formatValue(f.first_response_minutes, "minutes", currency), formatValue(f.peer_review, "figure", currency)])]));
  }
  if (salespeople.length) {
    out.push("", ...table([["Salesperson scorecards (current period)", "upsell MRR", "new-service MRR", "new-service share"],
      ...salespeople.map(([p, f]) => [`  ${p}`, formatValue(f.booked_upsell_mrr, "money", currency), formatValue(f.booked_new_service_mrr, "money", currency),
        formatValue(f.new_service_share, "share", currency)])]));
  }
  return out;
}

function formatKpiReport(report: KpiReport, settings: KpiSettings): string {
  const { currency } = settings;
  const days = daysInPeriod(report.period);
  const prev = previousPeriod(report.period);
  const out = [
    `KPIs ${report.period.from} … ${report.period.to} (${days} days), compared with ${prev.from} … ${prev.to}`,
    `Money in ${currency}, dates in ${settings.timeZone}; — means no data.`,
    ...(report.recomputing ? ["Recomputing with new settings: these figures still use the previous time zone and SLA targets."] : []),
  ];
  // One table for the sections, so their columns line up; a viewer's report has no profitability.
  const sections = ROWS.filter(([section]) => section !== "Profitability" || report.profitability !== undefined);
  const figures = table(sections.flatMap(([section, rows]) => [
    [""],
    [section, "current", "previous", "change"],
    ...rows.map(([label, pick, kind]) => {
      const [now, then] = [pick(report), pick(report.previous)];
      return [`  ${label}`, formatValue(now, kind, currency), formatValue(then, kind, currency), formatChange(now, then, kind, currency)];
    }),
  ]));
  out.push(...figures);
  const services = Object.entries(report.revenue.service_mrr);
  if (services.length) {
    out.push("", ...table([["Services (end of period)", "MRR", "coverage"],
      ...services.map(([s, mrr]) => [`  ${s}`, formatMoney(mrr, currency, "en"), formatPercent(report.revenue.service_coverage[s] ?? null, "en")])]));
  }
  const booked = Object.entries(report.revenue.booked_mrr);
  if (booked.length) out.push("", ...table([["Booked MRR", "MRR"], ...booked.map(([p, mrr]) => [`  ${p}`, formatMoney(mrr, currency, "en")])]));
  const techs = Object.entries(report.technicians.by_technician);
  if (techs.length) {
    out.push("", ...table([["Technicians (current period)", "available", "billable", "logged", "utilization", "billed", "workload"],
      ...techs.map(([t, f]) => [`  ${t}`, formatValue(f.available_hours, "hours", currency), formatValue(f.billable_hours, "hours", currency),
        formatValue(f.logged_hours, "hours", currency), formatValue(f.utilization, "share", currency), formatMoney(f.billed_revenue, currency, "en"),
        f.workload ?? NO_DATA])]));
  }
  out.push(...scorecardTables(report, currency));
  const clients = Object.entries(report.tickets.by_client).sort(([, a], [, b]) => b.tickets_created - a.tickets_created);
  if (clients.length) {
    out.push("", ...table([["Clients by tickets (current period)", "tickets", "billable hours"],
      ...clients.slice(0, LIST_LIMIT).map(([c, f]) => [`  ${c}`, formatValue(f.tickets_created, "count", currency), formatValue(f.billed_hours, "hours", currency)])]));
    if (clients.length > LIST_LIMIT) out.push(`  … and ${clients.length - LIST_LIMIT} more (--json lists them all)`);
  }
  return out.join("\n");
}

export async function kpisCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } },
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".\n\n${KPIS_USAGE}`);
  const parsed = KpiPeriodQuery.safeParse({ from: values.from, to: values.to });
  if (!parsed.success) throw new UsageError(`${describePeriodIssues(parsed.error).replace(/(^|; )(from|to):/g, "$1--$2:")}\n\n${KPIS_USAGE}`);
  const remote = remoteTarget(io.env);
  const { report, settings } = remote ? await remoteKpis(remote, parsed.data) : await localKpis(io.env, parsed.data);
  io.out(values.json ? JSON.stringify(report) : formatKpiReport(report, settings));
  return 0;
}

async function localKpis(env: Env, period: KpiPeriodQuery): Promise<{ report: KpiReport; settings: KpiSettings }> {
  const { db, orgId } = await openCliDatabase(env);
  try {
    // A batch tool waits for rollups built with the current settings, unless another process is
    // rebuilding them right now: then it reports with the old ones, and says so.
    await rebuildRollupsForSettings(db, orgId);
    const { report, settings } = await servedKpiReport(db, orgId, period);
    return { report: KpiReport.parse(report), settings }; // what GET /api/kpis checks too
  } finally {
    await db.close();
  }
}
