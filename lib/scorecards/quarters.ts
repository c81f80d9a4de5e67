import { z } from "zod";
import type { Period } from "@/lib/kpi/period";

// Peer reviews are given per calendar quarter, named like "2026-Q1".
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, "expected a quarter like 2026-Q1");
export type Quarter = z.infer<typeof Quarter>;

/** The quarter a calendar date (YYYY-MM-DD) lies in. */
export function quarterOf(date: string): Quarter {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every quarter that shares at least one day with P, in order. */
export function quartersOverlapping(period: Period): Quarter[] {
  const quarters: Quarter[] = [];
  let [year, q] = [Number(period.from.slice(0, 4)), Number(quarterOf(period.from).slice(-1))];
  const last = quarterOf(period.to);
  for (;;) {
    const quarter = `${String(year).padStart(4, "0")}-Q${q}`;
    quarters.push(quarter);
    if (quarter === last) return quarters;
    [year, q] = q === 4 ? [year + 1, 1] : [year, q + 1];
  }
}
