import { toCsv } from "@/lib/csv/export";
import type { Locale } from "@/lib/format/locale";
import { qbrMessages } from "./messages";
import { direction } from "./performance";
import { PERFORMANCE_GROUPS, type QbrReport } from "./types";

// The QBR's tables as one CSV (through lib/csv/export, which neutralises formulas): one row per
// line of every table, its first column naming the table. Shares are fractions (0.9583), hours
// and money plain decimals, so a spreadsheet can compute with them.

export function qbrCsv(r: QbrReport, locale: Locale): string {
  const t = qbrMessages(locale);
  const rows: unknown[][] = [];
  for (const [group, measures] of PERFORMANCE_GROUPS) {
    for (const measure of measures) {
      const row = r.performance.find((p) => p.measure === measure) ?? { measure, current: null, previous: null };
      const dir = direction(row);
      rows.push([`${t.performance}: ${t.groups[group]}`, t.measures[measure], row.current, row.previous, dir ? t[dir] : null]);
    }
  }
  const figures: [string, number | null, number | null][] = [
    [t.managedDevices, r.managedDevices.current, r.managedDevices.previous],
    [t.tickets, r.tickets.current, r.tickets.previous],
    [t.billedHours, r.billedHours.current, r.billedHours.previous],
    [t.mrr, r.mrr.current, r.mrr.previous],
    [t.csat, r.csat.current, r.csat.previous],
  ];
  for (const [label, current, previous] of figures) rows.push([t.keyFigures, label, current, previous, null]);
  for (const m of r.months) {
    rows.push([t.activity, `${m.month} ${t.tickets}`, m.tickets, null, null]);
    rows.push([t.activity, `${m.month} ${t.billable}`, m.billableHours, null, null]);
    rows.push([t.activity, `${m.month} ${t.nonBillable}`, m.nonBillableHours, null, null]);
  }
  for (const k of r.contracts) rows.push([t.contracts, k.service, k.monthlyValue, null, `${t.status[k.status]} ${k.startDate}–${k.endDate ?? ""}`]);
  for (const s of r.services) rows.push([t.services, s, null, null, null]);
  for (const s of r.suggestions) rows.push([t.suggestions, s.service, s.clients, null, null]);
  return toCsv([t.csv.table, t.csv.item, t.csv.current, t.csv.previous, t.csv.direction], rows, { bom: true });
}
