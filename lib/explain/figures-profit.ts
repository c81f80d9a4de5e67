import type { Role } from "@/lib/auth/roles";
import type { ExplainedFigure, FormulaShape } from "./figures";

// The profitability figures' drill-downs (docs/kpis.md "Profitability"): money figures list the
// revenue and cost lines (a contract's share of P, a time entry's billed amount or labour cost),
// hour figures the time entries. Costs are for managers and owners, what a technician costs for
// owners only (lib/kpi/served-report.ts).

const REVENUE = ["contract_share", "billed"] as const;
const PROFIT = [...REVENUE, "hard_cost", "labour"] as const;

const sum: FormulaShape = { op: "sum" };
const margin: FormulaShape = {
  op: "ratio",
  numerator: { label: "profit", terms: PROFIT, measure: "sum" },
  denominator: { label: "revenue_earned", terms: REVENUE, measure: "sum" },
};
const hourlyRate: FormulaShape = {
  op: "ratio",
  numerator: { label: "after_hard_cost", terms: [...REVENUE, "hard_cost"], measure: "sum" },
  denominator: { label: "logged_hours", terms: ["logged"], measure: "sum" },
  result: "money",
};
const perEndpoint: FormulaShape = {
  op: "ratio",
  numerator: { label: "reactive", terms: ["reactive"], measure: "sum" },
  denominator: { label: "device_days", terms: ["managed"], measure: "sum" },
  scale: 30.4375,
  result: "number",
};
const costedShare: FormulaShape = {
  op: "ratio",
  numerator: { label: "costed", terms: ["costed"], measure: "sum" },
  denominator: { label: "logged_hours", terms: "all", measure: "sum" },
};

/** The figures of each client and of the whole business (the sums over the listed clients). */
const perClient = (key: string, figure: Omit<ExplainedFigure, "metric" | "subject">): ExplainedFigure[] => [
  { metric: key, subject: null, ...figure },
  { metric: `client.${key}`, subject: "client", ...figure },
];

export const PROFIT_EXPLAINED: readonly ExplainedFigure[] = [
  ...perClient("revenue_earned", { kind: "profit", valueUnit: "money", formula: sum }),
  ...perClient("hard_cost", { kind: "profit", valueUnit: "money", formula: sum }),
  ...perClient("labour_cost", { kind: "profit", valueUnit: "money", formula: sum }),
  ...perClient("gross_profit", { kind: "profit", valueUnit: "money", formula: sum }),
  ...perClient("gross_margin", { kind: "profit", valueUnit: "money", formula: margin }),
  ...perClient("effective_hourly_rate", { kind: "profit", valueUnit: "money", formula: hourlyRate, termUnits: { logged: "hours" } }),
  ...perClient("logged_hours", { kind: "entries", valueUnit: "hours", formula: sum }),
  ...perClient("costed_hours_share", { kind: "entries", valueUnit: "hours", formula: costedShare }),
  ...perClient("reactive_hours", { kind: "entries", valueUnit: "hours", formula: sum }),
  // Each device managed on E counts the days of P; × 30.4375 days a month makes it per device and month.
  ...perClient("reactive_hours_per_endpoint", { kind: "profit", valueUnit: "hours", formula: perEndpoint, termUnits: { managed: "count" } }),
  {
    metric: "hard_cost_coverage", kind: "contracts", valueUnit: "money", subject: null,
    formula: { op: "ratio", numerator: { label: "with_cost", terms: ["with_cost"], measure: "sum" }, denominator: { label: "mrr", terms: "all", measure: "sum" } },
  },
  { metric: "unlogged_capacity_cost", kind: "profit", valueUnit: "money", formula: sum, subject: null },
  { metric: "technician.cost_rate", kind: "profit", valueUnit: "money", formula: sum, subject: "technician", emptyUnless: ["own_rate", "default_rate"] },
  { metric: "technician.labour_cost", kind: "profit", valueUnit: "money", formula: sum, subject: "technician", emptyUnless: ["cost_rate"] },
];

const PROFIT_METRICS = /^(client\.)?(revenue_earned|hard_cost|labour_cost|gross_profit|gross_margin|effective_hourly_rate|logged_hours|costed_hours_share|reactive_hours|reactive_hours_per_endpoint)$|^(hard_cost_coverage|unlogged_capacity_cost)$/;

/** The role a figure's records and value are served to, when it is a cost figure; null for every other figure. */
export function costFigureRole(metric: string): Role | null {
  if (metric === "technician.cost_rate" || metric === "technician.labour_cost") return "owner";
  return PROFIT_METRICS.test(metric) ? "manager" : null;
}
