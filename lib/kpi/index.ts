// Every figure of KPIS.md as pure functions over plain canonical records.
export * from "@/lib/dates/calendar-date";
export * from "./dataset";
export * from "./devices";
export * from "./instant";
export * from "./maps";
export * from "./mrr";
export * from "./period";
export * from "./presets";
export * from "./report";
export * from "./report-schema";
export * from "./revenue";
export * from "./round";
export * from "./sla";
export * from "./stats";
export * from "./technicians";
export * from "./tickets";
export * from "./time-entries";
