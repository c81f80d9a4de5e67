import type Big from "big.js";
import { dec } from "../round";

/**
 * The median of whole numbers (durations in microseconds), exact: over an even count it is the
 * mean of the two middle values. null for an empty list.
 */
export function median(values: readonly number[]): Big | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = dec(sorted[mid]!);
  return sorted.length % 2 === 1 ? upper : dec(sorted[mid - 1]!).plus(upper).div(2);
}
