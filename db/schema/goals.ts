import { sql } from "drizzle-orm";
import { date, doublePrecision, foreignKey, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { GoalDirection, GoalScope } from "@/lib/goals/goal-schema";
import { orgId, rowId } from "./columns";
import { orgs } from "./orgs";

// Targets on KPI figures (lib/goals). The benchmark defaults are not stored: a row with their
// default_key overrides one (edited, or removed with removed_at), so a removed default stays removed.
// Targets are in display units, like alert thresholds (percent as 0–100).

export const goals = pgTable(
  "goals",
  {
    orgId: orgId(),
    id: rowId(),
    /** A figure key of lib/alerts/kpis.ts, e.g. "team_utilization" or "technician.utilization". */
    metric: text("metric").notNull(),
    scope: text("scope").$type<GoalScope>().notNull(),
    /** The technician's or client's name, as the KPI report keys them; null: every one of them (or the business). */
    subject: text("subject"),
    direction: text("direction").$type<GoalDirection>().notNull(),
    target: doublePrecision("target").notNull(),
    warn: doublePrecision("warn"),
    dueDate: date("due_date"),
    source: text("source"),
    /** The benchmark default this row overrides; null for a goal of the org's own. */
    defaultKey: text("default_key"),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "goals_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    uniqueIndex("goals_org_default").on(t.orgId, t.defaultKey).where(sql`${t.defaultKey} is not null`),
    uniqueIndex("goals_org_live_metric").on(t.orgId, t.metric, sql`coalesce(${t.subject}, '')`).where(sql`${t.removedAt} is null`),
  ],
);
