import type { Locale } from "@/lib/format/locale";
import { formatHours, formatPercent } from "@/lib/format/number";
import { qbrMessages } from "./messages";
import { change } from "./performance";
import type { QbrReport } from "./types";

// The QBR's opening paragraph, written from the figures: the biggest movements in the
// service-performance table, the support work of the period, and the services to talk about.

const MAX_MOVEMENTS = 4;
const MAX_SUGGESTIONS = 3;

/** Two shares as whole percentages, or with one decimal when whole ones would look equal. */
function percentPair(from: number, to: number, locale: Locale): [string, string] {
  const whole = (v: number) => formatPercent(v, locale, { digits: 0 });
  if (whole(from) !== whole(to)) return [whole(from), whole(to)];
  return [formatPercent(from, locale, { digits: 1 }), formatPercent(to, locale, { digits: 1 })];
}

export type SummaryInput = Pick<QbrReport, "performance" | "managedDevices" | "tickets" | "billedHours" | "suggestions">;

/** "Patched devices rose from 72 % to 96 %." and friends, in the report's language. */
export function qbrSummary(report: SummaryInput, locale: Locale): string[] {
  const t = qbrMessages(locale);
  const sentences: string[] = [];
  const moved = report.performance
    .map((row) => ({ row, delta: change(row) }))
    .filter((m): m is { row: (typeof m)["row"]; delta: number } => m.delta !== null && m.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, MAX_MOVEMENTS);
  for (const { row, delta } of moved) {
    const [from, to] = percentPair(row.previous!, row.current!, locale);
    sentences.push((delta > 0 ? t.rose : t.fell)(t.subjects[row.measure], from, to));
  }
  if (moved.length === 0 && report.performance.some((row) => change(row) === 0)) sentences.push(t.allSteady);
  if (report.managedDevices.current === 0) sentences.push(t.noDevices);
  sentences.push(t.ticketsSentence(report.tickets.current, report.tickets.previous, formatHours(report.billedHours.current, locale)));
  const suggested = report.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => s.service);
  if (suggested.length > 0) sentences.push(t.suggestSentence(suggested.join(", ")));
  return sentences;
}
