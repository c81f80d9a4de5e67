// Threshold alerts on KPI figures: rules, evaluation, the alert state machine and the messages.
export * from "./backoff";
export * from "./destinations";
export * from "./evaluate";
export * from "./kpis";
export * from "./message";
export * from "./presets";
export * from "./rule-schema";
export * from "./state";
export * from "./windows";
