import { bigint, text, timestamp } from "drizzle-orm/pg-core";

// Every table starts with org_id so keys can later be distributed by org on Citus.
export const orgId = () => bigint("org_id", { mode: "number" }).notNull();
export const rowId = () => bigint("id", { mode: "number" }).generatedAlwaysAsIdentity();
export const refId = (name: string) => bigint(name, { mode: "number" });

// Where an imported record came from: the export format (or webhook source) and its id there.
export const provenance = () => ({
  source: text("source").notNull(),
  externalId: text("external_id"),
  importRunId: refId("import_run_id"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
