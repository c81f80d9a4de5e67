import type { ExplainedFigure, FormulaShape, RatioTerm } from "./figures";

// The drill-downs of the revenue, client, service and technician-time figures (records:
// db/queries/explain/records-revenue.ts), spread into EXPLAINED_FIGURES.

const all = (label: string, measure: RatioTerm["measure"]): RatioTerm => ({ label, terms: "all", measure });
const perRow = (numerator: string, denominator: string): FormulaShape => ({
  op: "ratio", numerator: all(numerator, "sum"), denominator: all(denominator, "count"), result: "money",
});
const capacity: RatioTerm = { ...all("available", "sum"), kind: "capacity" };
const sum = { op: "sum" } as const;
const count = { op: "count" } as const;

export const REVENUE_FIGURES: readonly ExplainedFigure[] = [
  { metric: "active_contracts", kind: "contracts", valueUnit: "money", formula: count, subject: null },
  { metric: "average_contract_value", kind: "contracts", valueUnit: "money", formula: perRow("mrr", "contracts"), subject: null },
  { metric: "service.mrr", kind: "contracts", valueUnit: "money", formula: sum, subject: "service" },
  { metric: "active_clients", kind: "clients", valueUnit: "money", formula: count, subject: null },
  { metric: "revenue_per_client", kind: "clients", valueUnit: "money", formula: perRow("mrr", "clients"), subject: null },
  { metric: "new_clients", kind: "clients", valueUnit: "money", formula: count, subject: null },
  { metric: "churned_clients", kind: "clients", valueUnit: "money", formula: count, subject: null },
  {
    metric: "service.coverage", kind: "clients", valueUnit: "money", subject: "service",
    formula: { op: "ratio", numerator: { ...all("with_service", "count"), terms: ["with_service"] }, denominator: all("clients", "count") },
  },
  { metric: "recurring_revenue", kind: "revenue", valueUnit: "money", formula: sum, subject: null },
  {
    metric: "revenue_per_technician", kind: "revenue", second: "capacity", valueUnit: "money", subject: null,
    formula: { op: "ratio", numerator: all("revenue", "sum"), denominator: { ...all("fte", "sum"), kind: "fte" }, result: "money" },
  },
  {
    metric: "fte", kind: "capacity", valueUnit: "hours", subject: null,
    formula: { op: "ratio", numerator: all("available", "sum"), denominator: { ...all("full_time", "sum"), kind: "full_time" }, result: "number" },
  },
  { metric: "technician.available_hours", kind: "capacity", valueUnit: "hours", formula: sum, subject: "technician" },
  { metric: "technician.billable_hours", kind: "entries", valueUnit: "hours", formula: sum, subject: "technician" },
  { metric: "technician.logged_hours", kind: "entries", valueUnit: "hours", formula: sum, subject: "technician" },
  { metric: "technician.billed_revenue", kind: "entries", valueUnit: "money", formula: sum, subject: "technician" },
  {
    metric: "technician.logged_utilization", kind: "entries", second: "capacity", valueUnit: "hours", subject: "technician",
    formula: { op: "ratio", numerator: all("logged", "sum"), denominator: capacity },
  },
];
