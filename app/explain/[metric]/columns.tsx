import type { DataTableColumn } from "@/components/data-table";
import type { ExplainRow } from "@/db/queries/explain/explain";
import { filtersOnTier, type ExplainedFigure, type RecordSet } from "@/lib/explain/figures";
import type { FormulaTerm } from "@/lib/explain/formula";
import { formatDate, formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatHours, formatMoney, formatNumber, NO_DATA } from "@/lib/format/number";
import type { ExplainMessages } from "../messages";

// The columns of a drill-down's records: the same row shape for every kind of record, headed by
// what each column holds for that kind. Codes (terms, reasons) read in words; the CSV keeps the
// words too, so a spreadsheet reads like the screen.

export interface ExplainTableSpec {
  figure: ExplainedFigure;
  set: RecordSet;
  currency: string;
}

export function formatValue(value: number | null, unit: FormulaTerm["unit"], currency: string, locale: Locale): string {
  switch (unit) {
    case "money":
      return formatMoney(value, currency, locale);
    case "hours":
      return formatHours(value, locale);
    case "minutes":
      return value === null ? formatNumber(null, locale) : `${formatNumber(value, locale, { digits: 0 })}\u00a0min`;
    case "score":
    case "number":
      return formatNumber(value, locale, { digits: 2 });
    case "count":
      return formatNumber(value, locale);
  }
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const DAY_OR_STAMP = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

/**
 * A record's day in the reader's locale: a date, or for a ticket its local date and time
 * ("YYYY-MM-DD HH:MM", already in the org's time zone). The CSV keeps the sortable ISO text.
 */
function dayText(day: string | null, locale: Locale): string {
  if (!day) return NO_DATA;
  return day.length > 10 ? formatDateTime(`${day.replace(" ", "T")}:00Z`, locale, "UTC") : formatDate(day, locale);
}

/**
 * Detail and extra are text in the one row shape; where a kind puts amounts or days there (days,
 * hours, rates, a client's MRR, a ticket's resolution), they read in the reader's locale, and a
 * client's MRR as money.
 */
function detailText(text: string | null, money: boolean, currency: string, locale: Locale): string {
  if (text === null || text === "") return NO_DATA;
  if (DAY_OR_STAMP.test(text)) return dayText(text, locale);
  if (!PLAIN_NUMBER.test(text)) return text;
  return money ? formatMoney(Number(text), currency, locale) : formatNumber(Number(text), locale);
}

export function explainColumns(t: ExplainMessages, { figure, set, currency }: ExplainTableSpec): DataTableColumn<ExplainRow>[] {
  const kind = set === "capacity" ? "capacity" : figure.kind;
  const own = set === "capacity" ? {} : (t.figureColumns[figure.metric] ?? {});
  const h = { ...t.columns[kind], ...own };
  const unit = set === "capacity" ? "hours" : figure.valueUnit;
  const word = (codes: Record<string, string>) => (code: string | null) => (code === null ? null : (codes[code] ?? code));
  const term = word(t.terms);
  const reason = word(t.reasons);
  const shown = (header: string) => header !== "—";
  const detail = (r: ExplainRow) => (kind === "entries" ? (r.detail === "billable" ? t.yes : t.no) : r.detail);
  const money = kind === "clients";
  const columns: DataTableColumn<ExplainRow>[] = [
    { id: "ref", header: h.ref, value: (r) => r.ref, hideable: false },
    { id: "client", header: h.client, value: (r) => r.client, hidden: kind === "capacity" || kind === "clients" },
    { id: "who", header: h.who, value: (r) => r.who, hidden: !shown(h.who) || kind === "movements" || kind === "capacity" },
    { id: "day", header: h.day, value: (r) => r.day, cell: (r, locale) => dayText(r.day, locale), hidden: !shown(h.day) || kind === "capacity" },
    { id: "detail", header: h.detail, value: detail, cell: (r, locale) => detailText(detail(r), money, currency, locale) },
    // A revenue or cost line's rate is there to check by hand: shown on request, so the amount stays in view.
    {
      id: "extra",
      header: h.extra,
      value: (r) => r.extra,
      cell: (r, locale) => detailText(r.extra, money, currency, locale),
      hidden: !shown(h.extra) || kind === "profit",
      filter: set !== "capacity" && filtersOnTier(figure) ? "select" : undefined,
    },
    {
      id: "value",
      header: own.value ?? (kind === "tickets" || kind === "entries" ? (t.valueHeaders[unit] ?? h.value) : h.value),
      numeric: true,
      // A device's 1 or 0 repeats its status word: hidden at first, so the table fits a desktop.
      hidden: kind === "devices",
      value: (r) => r.value,
      cell: (r, locale) => formatValue(r.value, (set !== "capacity" && figure.termUnits?.[r.term]) || unit, currency, locale),
    },
    set === "left-out"
      ? { id: "term", header: t.reasonHeader, value: (r) => reason(r.reason), csv: (r) => reason(r.reason), filter: "select", optionLabel: (v) => reason(v) ?? v }
      : { id: "term", header: h.term, value: (r) => term(r.term), filter: "select", optionLabel: (v) => term(v) ?? v },
  ];
  return columns;
}
