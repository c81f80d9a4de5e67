import type Big from "big.js";
import type { KpiTimeEntry } from "./dataset";
import { inPeriod, type Period } from "../period";
import { dec, ZERO } from "../round";

/** Billed amount = amount when given; else hours × rate when billable and a rate is known; else 0. */
export function billedAmount(entry: Pick<KpiTimeEntry, "amount" | "billable" | "hours" | "rate">): Big {
  if (entry.amount !== null) return dec(entry.amount);
  if (entry.billable && entry.rate !== null) return dec(entry.hours).times(entry.rate);
  return ZERO;
}

/** Time entries whose work_date lies in P. */
export function entriesIn(entries: readonly KpiTimeEntry[], period: Period): KpiTimeEntry[] {
  return entries.filter((e) => inPeriod(e.work_date, period));
}
