// Workload rebalancing: pure proposals over per-technician, per-client hours.
export * from "./plan";
export * from "./propose";
export * from "./reassignment";
export * from "./types";
