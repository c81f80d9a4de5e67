// Waterfall rows for a stacked bar chart: an invisible `base` lifts each change to where the
// running total stands, so increases climb and decreases hang down from it.

export interface WaterfallStep {
  label: string;
  /** A total (drawn from the axis start) or a signed change. */
  kind: "total" | "change";
  value: number;
  /** The bar's explanation view (/explain/…), when it has one. */
  href?: string;
}

export interface WaterfallRow {
  label: string;
  base: number;
  up: number;
  down: number;
  total: number;
  /** The step's own signed value, for tooltips and tables. */
  value: number;
  kind: WaterfallStep["kind"];
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** The running total after each step. */
function runningTotals(steps: readonly WaterfallStep[]): number[] {
  let running = 0;
  return steps.map((s) => (running = s.kind === "total" ? s.value : cents(running + s.value)));
}

/**
 * Where the value axis starts. Month-to-month changes are a few percent of MRR: drawn from 0 they
 * vanish next to the totals. So the axis starts a "nice" round amount below the lowest running
 * total, leaving room equal to the spread of the totals; never below 0, and 0 when nothing moves.
 */
export function waterfallAxisStart(steps: readonly WaterfallStep[]): number {
  const totals = runningTotals(steps);
  if (totals.length === 0) return 0;
  const lo = Math.min(...totals);
  const hi = Math.max(...totals);
  const spread = hi - lo;
  if (spread <= 0 || lo <= 0) return 0;
  const target = lo - spread;
  if (target <= 0) return 0;
  const unit = 10 ** Math.floor(Math.log10(spread));
  return Math.floor(target / unit) * unit;
}

/** Chart rows measured from `axisStart` (see waterfallAxisStart); value keeps the step's own amount. */
export function waterfallRows(steps: readonly WaterfallStep[], axisStart = 0): WaterfallRow[] {
  const totals = runningTotals(steps);
  return steps.map((step, i) => {
    const after = totals[i] ?? 0;
    if (step.kind === "total") {
      return { label: step.label, base: 0, up: 0, down: 0, total: after - axisStart, value: step.value, kind: step.kind };
    }
    const before = after - step.value;
    return {
      label: step.label,
      base: Math.min(before, after) - axisStart,
      up: step.value > 0 ? step.value : 0,
      down: step.value < 0 ? -step.value : 0,
      total: 0,
      value: step.value,
      kind: step.kind,
    };
  });
}
