import { bigint, jsonb, numeric, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const orgs = pgTable("orgs", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// Settings that change figures; defaults are the ones in docs/kpis.md.
export const orgSettings = pgTable("org_settings", {
  orgId: bigint("org_id", { mode: "number" })
    .primaryKey()
    .references(() => orgs.id, { onDelete: "cascade" }),
  timeZone: text("time_zone").notNull().default("UTC"),
  currency: text("currency").notNull().default("EUR"),
  holidays: jsonb("holidays").$type<string[]>().notNull().default([]),
  slaTargetMinutes: jsonb("sla_target_minutes")
    .$type<Record<"P1" | "P2" | "P3" | "P4", number>>()
    .notNull()
    .default({ P1: 60, P2: 240, P3: 480, P4: 1440 }),
  workloadUpper: numeric("workload_upper").notNull().default("0.90"),
  workloadLower: numeric("workload_lower").notNull().default("0.50"),
  /** Cost of one working hour for technicians without their own hourly_cost; null = none. */
  defaultHourlyCost: numeric("default_hourly_cost"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
