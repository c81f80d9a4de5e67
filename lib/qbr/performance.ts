import type { Direction, PerformanceRow } from "./types";

// Every measure of the table is "more is better", so the direction is also the verdict.

/** The change in shares, rounded to 4 decimals like the figures themselves; null without both values. */
export function change(row: Pick<PerformanceRow, "current" | "previous">): number | null {
  if (row.current === null || row.previous === null) return null;
  return Math.round((row.current - row.previous) * 1e4) / 1e4;
}

export function direction(row: Pick<PerformanceRow, "current" | "previous">): Direction | null {
  const c = change(row);
  if (c === null) return null;
  return c > 0 ? "up" : c < 0 ? "down" : "flat";
}

export const DIRECTION_ARROW: Record<Direction, string> = { up: "▲", down: "▼", flat: "▶" };
