import type { ExplainedFigure, FormulaShape } from "./figures";

// The service desk's explained figures (resolution times, positive CSAT, the managed fleet, the
// scorecards of technicians and salespeople): their records are selected in
// db/queries/explain/records-service.ts. Spread into EXPLAINED_FIGURES (figures.ts).

/** The counted rows of `terms` over all counted rows, each counted or summed. */
const part = (numerator: string, terms: readonly string[], denominator: string, measure: "count" | "sum"): FormulaShape => ({
  op: "ratio",
  numerator: { label: numerator, terms, measure },
  denominator: { label: denominator, terms: "all", measure },
});
const positive = part("positive", ["positive"], "scored", "count");

export const SERVICE_FIGURES: readonly ExplainedFigure[] = [
  { metric: "resolution_hours", kind: "tickets", valueUnit: "hours", formula: { op: "median" }, subject: null },
  { metric: "csat_positive", kind: "tickets", valueUnit: "score", formula: positive, subject: null },
  { metric: "managed_devices", kind: "devices", valueUnit: "count", formula: { op: "count" }, subject: null },
  // The client's fleet, on the QBR's card: the KPI report counts the business's fleet only.
  { metric: "client.managed_devices", kind: "devices", valueUnit: "count", formula: { op: "count" }, subject: "client", ownValue: "count" },
  { metric: "warranty_coverage", kind: "devices", valueUnit: "count", formula: part("under_warranty", ["under_warranty"], "managed", "count"), subject: null },
  { metric: "technician.tickets_resolved", kind: "tickets", valueUnit: "count", formula: { op: "count" }, subject: "technician" },
  { metric: "technician.csat", kind: "tickets", valueUnit: "score", formula: { op: "mean" }, subject: "technician" },
  { metric: "technician.csat_positive", kind: "tickets", valueUnit: "score", formula: positive, subject: "technician" },
  { metric: "technician.sla_met", kind: "tickets", valueUnit: "minutes", formula: part("met", ["met"], "base", "count"), subject: "technician" },
  { metric: "technician.first_response_minutes", kind: "tickets", valueUnit: "minutes", formula: { op: "median" }, subject: "technician" },
  { metric: "salesperson.booked_upsell_mrr", kind: "contracts", valueUnit: "money", formula: { op: "sum" }, subject: "salesperson" },
  { metric: "salesperson.booked_new_service_mrr", kind: "contracts", valueUnit: "money", formula: { op: "sum" }, subject: "salesperson" },
  { metric: "salesperson.new_service_share", kind: "contracts", valueUnit: "money", formula: part("new_service", ["new_service"], "booked", "sum"), subject: "salesperson" },
];
