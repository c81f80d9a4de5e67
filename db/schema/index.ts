export * from "./orgs";
export * from "./business";
export * from "./imports";
export * from "./workload";
export * from "./webhooks";
export * from "./kpi-rollups";
