import { median } from "./reference/stats";

// The one-line reading under a trend: where this period stands against the median of the periods
// that have data. A period without data is left out, never read as 0.

export type TrendReading = { kind: "no_data" } | { kind: "no_history" } | { kind: "above" | "below" | "at"; median: number };

/** `values` oldest first, the last one this period's. */
export function trendReading(values: readonly (number | null)[]): TrendReading {
  const current = values.at(-1);
  if (current === null || current === undefined) return { kind: "no_data" };
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return { kind: "no_history" };
  const middle = median(known)!.toNumber();
  const kind = Math.abs(current - middle) < 1e-9 ? "at" : current > middle ? "above" : "below";
  return { kind, median: middle };
}
