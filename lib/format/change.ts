// How a KPI card compares a figure with the previous period's.

/** a − b, rounded to 4 places (ratios, small figures); null when either is missing. */
export const difference = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : Math.round((a - b) * 1e4) / 1e4);

/** true when the change is good, false when bad, null when flat or unknown. */
export const judgeChange = (change: number | null, higherIsBetter: boolean): boolean | null =>
  change === null || change === 0 ? null : change > 0 === higherIsBetter;
