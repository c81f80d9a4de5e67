import { sql } from "drizzle-orm";
import { boolean, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { AlertComparator, AlertSeverity } from "@/lib/alerts/rule-schema";
import type { AlertWindow } from "@/lib/alerts/windows";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// KPI threshold alerts (lib/alerts). Not to be confused with rmm_alerts, the RMM tools' own
// alerts received by webhook. Values and thresholds are in display units (percent as 0–100).

export const alertRules = pgTable(
  "alert_rules",
  {
    orgId: orgId(),
    id: rowId(),
    name: text("name").notNull(),
    kpi: text("kpi").notNull(),
    /** A client, technician or service name; null watches all of them (or the whole business). */
    subject: text("subject"),
    comparator: text("comparator").$type<AlertComparator>().notNull(),
    threshold: doublePrecision("threshold").notNull(),
    window: text("window").$type<AlertWindow>().notNull(),
    severity: text("severity").$type<AlertSeverity>().notNull(),
    webhookUrl: text("webhook_url"),
    emailTo: jsonb("email_to").$type<string[]>().notNull().default([]),
    /** Muted rules are not evaluated; their open alerts stay as they are. */
    muted: boolean("muted").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Deleted rules keep their alert history. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "alert_rules_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
  ],
);

// One row per crossing: fired, maybe acknowledged, then resolved when the figure is back.
export const alertFirings = pgTable(
  "alert_firings",
  {
    orgId: orgId(),
    id: rowId(),
    ruleId: refId("rule_id").notNull(),
    /** The client, technician or service that crossed; "" for a business-wide figure. */
    subject: text("subject").notNull().default(""),
    state: text("state").notNull().default("firing"),
    severity: text("severity").notNull(),
    kpi: text("kpi").notNull(),
    comparator: text("comparator").notNull(),
    threshold: doublePrecision("threshold").notNull(),
    value: doublePrecision("value"),
    previous: doublePrecision("previous"),
    measured: doublePrecision("measured"),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: text("acknowledged_by"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedValue: doublePrecision("resolved_value"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "alert_firings_rule_fk", columns: [t.orgId, t.ruleId], foreignColumns: [alertRules.orgId, alertRules.id] }).onDelete("cascade"),
    // At most one open alert per rule and subject: a crossing fires once.
    uniqueIndex("alert_firings_open").on(t.orgId, t.ruleId, t.subject).where(sql`resolved_at is null`),
    index("alert_firings_org_fired").on(t.orgId, t.firedAt),
  ],
);

// Outgoing notifications of a firing, one per channel, retried with back-off.
export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    orgId: orgId(),
    id: rowId(),
    firingId: refId("firing_id").notNull(),
    /** "webhook" or "email". */
    channel: text("channel").notNull(),
    /** The URL or the comma-separated addresses, as they were when the alert fired. */
    target: text("target").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "alert_deliveries_firing_fk", columns: [t.orgId, t.firingId], foreignColumns: [alertFirings.orgId, alertFirings.id] }).onDelete("cascade"),
    index("alert_deliveries_due").on(t.status, t.nextAttemptAt),
  ],
);

// Per org: how often the scheduler evaluates its rules, and when it last did.
export const alertSchedules = pgTable(
  "alert_schedules",
  {
    orgId: orgId().primaryKey(),
    everyMinutes: integer("every_minutes").notNull().default(15),
    lastScheduledAt: timestamp("last_scheduled_at", { withTimezone: true }),
    lastEvaluatedAt: timestamp("last_evaluated_at", { withTimezone: true }),
  },
  (t) => [foreignKey({ name: "alert_schedules_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade")],
);
