import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clients } from "./business";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// Scheduled client reports: per client, who gets the QBR PDF, how often, and whether a manager
// reviews it first. A client without a row gets no reports.
export const clientReportSchedules = pgTable(
  "client_report_schedules",
  {
    orgId: orgId(),
    clientId: refId("client_id").notNull(),
    /** The client's contacts, comma-separated. */
    recipients: text("recipients").notNull(),
    /** "monthly" or "quarterly". */
    cadence: text("cadence").notNull(),
    /** Sent on this day after the period ends (1 = the day after). */
    daysAfter: integer("days_after").notNull(),
    holdForReview: boolean("hold_for_review").notNull().default(false),
    /** The recipients' language: the mail and the PDF are written in it. */
    locale: text("locale").notNull().default("en"),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.clientId] }),
    foreignKey({ name: "client_report_schedules_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    foreignKey({ name: "client_report_schedules_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
  ],
);

// One row per client and period: the report's way through the outbox (held → pending → delivered,
// or skipped; failed after the last retry) and its send log (who approved, attempts, last error).
export const clientReports = pgTable(
  "client_reports",
  {
    orgId: orgId(),
    id: rowId(),
    clientId: refId("client_id").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    /** As they were when the report was made. */
    recipients: text("recipients").notNull(),
    locale: text("locale").notNull(),
    /** "held", "pending", "delivered", "failed" or "skipped". */
    status: text("status").notNull(),
    /** Made well after its due time (the app was down). */
    late: boolean("late").notNull().default(false),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    /** Who approved or skipped a held report, and when. */
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "client_reports_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    foreignKey({ name: "client_reports_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
    uniqueIndex("client_reports_period").on(t.orgId, t.clientId, t.periodFrom, t.periodTo),
    index("client_reports_due").on(t.status, t.nextAttemptAt),
  ],
);
