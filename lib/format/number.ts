import { cachedPerLocale } from "./intl-cache";
import type { Locale } from "./locale";

/** What every formatter shows for a missing value: "no data", never 0. */
export const NO_DATA = "—";

type Numeric = number | string | null | undefined;

/** Accepts numbers and numeric strings (PostgreSQL `numeric` arrives as a string); anything else is null. */
function toNumber(value: Numeric): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

const numberFormat = cachedPerLocale((tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options));

/** formatMoney(1234.5, "EUR", "de") → "1.234,50 €"; digits fixes the fraction digits (e.g. 0 for big totals). */
export function formatMoney(value: Numeric, currency: string, locale: Locale, options: { digits?: number } = {}): string {
  const n = toNumber(value);
  if (n === null) return NO_DATA;
  const digits = options.digits === undefined ? {} : { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits };
  return numberFormat(locale, { style: "currency", currency, ...digits }).format(n);
}

/**
 * formatPercent(0.8125, "en") → "81.3 %", formatPercent(0.8125, "de") → "81,3 %".
 * Both languages put a no-break space (U+00A0) before the sign, so the value never wraps.
 */
export function formatPercent(ratio: Numeric, locale: Locale, options: { digits?: number; signed?: boolean } = {}): string {
  const n = toNumber(ratio);
  if (n === null) return NO_DATA;
  const digits = options.digits ?? 1;
  const parts = numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).formatToParts(n);
  return parts
    .map((part, i) => {
      const before = parts[i - 1];
      const spaced = before !== undefined && before.type === "literal" && /\s/.test(before.value);
      return part.type === "percentSign" && !spaced ? `\u00a0${part.value}` : part.value;
    })
    .join("");
}

/** formatNumber(1234.567, "en") → "1,234.57"; digits fixes the fraction digits. */
export function formatNumber(value: Numeric, locale: Locale, options: { digits?: number; signed?: boolean } = {}): string {
  const n = toNumber(value);
  if (n === null) return NO_DATA;
  const digits =
    options.digits === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits };
  return numberFormat(locale, { ...digits, signDisplay: options.signed ? "exceptZero" : "auto" }).format(n);
}

/** formatHours(12.5, "de") → "12,5 h" (at most one decimal). */
export function formatHours(hours: Numeric, locale: Locale, options: { signed?: boolean } = {}): string {
  const n = toNumber(hours);
  if (n === null) return NO_DATA;
  const text = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: options.signed ? "exceptZero" : "auto" }).format(n);
  return `${text}\u00a0h`;
}

export type DeltaKind = "percent" | "points" | "number" | "money" | "hours";

/**
 * A change with an explicit sign:
 * - "percent": a relative change as a ratio, 0.042 → "+4.2 %"
 * - "points": the difference of two ratios, 0.021 → "+2.1 pp" / "+2,1 Pp."
 * - "number" / "hours" / "money" (needs currency): an absolute difference, "+12", "−1.5 h", "+€300.00"
 */
export function formatDelta(
  change: Numeric,
  locale: Locale,
  options: { kind?: DeltaKind; currency?: string; digits?: number } = {},
): string {
  const n = toNumber(change);
  if (n === null) return NO_DATA;
  const kind = options.kind ?? "percent";
  switch (kind) {
    case "percent":
      return formatPercent(n, locale, { digits: options.digits ?? 1, signed: true });
    case "points": {
      const digits = options.digits ?? 1;
      const text = numberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: "exceptZero",
      }).format(n * 100);
      return `${text}\u00a0${locale === "de" ? "Pp." : "pp"}`;
    }
    case "number":
      return formatNumber(n, locale, { digits: options.digits, signed: true });
    case "hours":
      return formatHours(n, locale, { signed: true });
    case "money": {
      if (!options.currency) throw new Error('formatDelta(kind: "money") needs a currency');
      const digits =
        options.digits === undefined ? {} : { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits };
      return numberFormat(locale, { style: "currency", currency: options.currency, signDisplay: "exceptZero", ...digits }).format(n);
    }
  }
}

/** (current − previous) / |previous|; null when either is missing or previous is 0 (no meaningful base). */
export function relativeChange(current: Numeric, previous: Numeric): number | null {
  const c = toNumber(current);
  const p = toNumber(previous);
  if (c === null || p === null || p === 0) return null;
  return (c - p) / Math.abs(p);
}

export type Trend = "up" | "down" | "flat";

/** The direction of a change, for arrows; |change| below epsilon counts as flat. */
export function trendOf(change: Numeric, epsilon = 1e-9): Trend | null {
  const n = toNumber(change);
  if (n === null) return null;
  if (Math.abs(n) < epsilon) return "flat";
  return n > 0 ? "up" : "down";
}
