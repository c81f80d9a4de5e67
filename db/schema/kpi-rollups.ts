import { type AnyPgColumn, bigint, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { orgId, refId } from "./columns";
import { orgs } from "./orgs";

// Pre-aggregated figures the KPI report sums instead of scanning millions of rows. They are derived
// data: db/queries/kpi/rollups.ts refreshes an org's rollups of one part ("time", "tickets",
// "devices") after each import (only the groups it touched), and rebuilds them from the base tables
// whenever the settings they depend on (time zone, SLA targets) differ from the ones recorded in
// kpi_rollup_state: in the background (server/rollups/), while reads keep using the rollups as
// built, with the settings they were built with.
// `grain` is 'd' (one row per day) or 'm' (one row per month, `day` = its first day), so a long
// period reads whole months plus the days at its edges.
// A rebuild deletes and rewrites up to a million rows per org, so the rollup tables have plain
// indexes, no unique keys and no foreign keys: unique checks against the rows just deleted and one
// RI trigger per row cost more than the rest of the rebuild (the GROUP BY already makes rows unique).
// Each index ends with the table's whole group key: an import's refresh finds the few groups it
// touched by it (db/queries/kpi/rollup-table.ts).
// kpi_rollup_state keeps the org foreign key.

const orgFk = (t: { orgId: AnyPgColumn }, name: string) =>
  foreignKey({ name, columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade");

/** Which rollup parts are built for an org, and with which settings. */
export const kpiRollupState = pgTable(
  "kpi_rollup_state",
  {
    orgId: orgId(),
    part: text("part").notNull(),
    /** The settings the part was built with (time zone, SLA targets), as compared on read. */
    settingsKey: text("settings_key").notNull(),
    /**
     * The settings themselves ({timeZone, slaTargetMinutes}, those the part depends on): until a
     * rebuild for changed settings commits, reads compute with these. Null on rows from before 0019.
     */
    builtWith: jsonb("built_with").$type<Record<string, unknown>>(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.part] }), orgFk(t, "kpi_rollup_state_org_fk")],
);

/**
 * Orgs whose device rollups a webhook batch made stale. Marked in the transaction that applied the
 * events and cleared in the one that rebuilds, so a worker killed in between leaves the mark for
 * the next worker to catch up on.
 */
export const kpiDeviceRollupsStale = pgTable(
  "kpi_device_rollups_stale",
  {
    orgId: orgId(),
    /** When a batch last marked it. */
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
    /** The earliest instant the batches changed; null: rebuild the figures whole. */
    since: timestamp("since", { withTimezone: true, mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.orgId] }), orgFk(t, "kpi_device_rollups_stale_org_fk")],
);

/** A client's device figures on a day: kpi_device_client_days holds running totals, kpi_device_pending_deltas changes to them. */
const deviceClientDay = () => ({
  clientId: refId("client_id").notNull(),
  day: date("day").notNull(),
  managed: integer("managed").notNull(),
  avOk: integer("av_ok").notNull(),
  patched: integer("patched").notNull(),
  backupOk: integer("backup_ok").notNull(),
  seen: integer("seen").notNull(),
  warranty: integer("warranty").notNull(),
});

/**
 * What applied webhook batches changed in kpi_device_client_days and the refresh has not added yet:
 * signed per-client, per-day changes of the figures (db/queries/kpi/rollups-device-delta.ts),
 * computed in the batch's transaction with the time zone it names.
 */
export const kpiDevicePendingDeltas = pgTable(
  "kpi_device_pending_deltas",
  {
    orgId: orgId(),
    timeZone: text("time_zone").notNull(),
    ...deviceClientDay(),
  },
  (t) => [index("kpi_device_pending_deltas_org").on(t.orgId), orgFk(t, "kpi_device_pending_deltas_org_fk")],
);

/** Time entries per technician and work_date (or month): entries, logged and billable hours, billed amount. */
export const kpiTimeTechnicianDays = pgTable(
  "kpi_time_technician_days",
  {
    orgId: orgId(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    technicianId: refId("technician_id").notNull(),
    entries: integer("entries").notNull(),
    logged: numeric("logged").notNull(),
    billable: numeric("billable").notNull(),
    billed: numeric("billed").notNull(),
  },
  (t) => [index("kpi_time_technician_days_org_grain_day").on(t.orgId, t.grain, t.day, t.technicianId)],
);

/** Billable time entries per client and work_date (or month): how many, and their hours. */
export const kpiTimeClientDays = pgTable(
  "kpi_time_client_days",
  {
    orgId: orgId(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    clientId: refId("client_id").notNull(),
    entries: integer("entries").notNull(),
    hours: numeric("hours").notNull(),
  },
  (t) => [index("kpi_time_client_days_org_grain_day").on(t.orgId, t.grain, t.day, t.clientId, t.entries, t.hours)],
);

/**
 * Time entries per client, technician and work_date (or month): hours, reactive hours (category
 * reactive, or no category with a ticket) and billed amount. What an hour costs is not stored:
 * the profitability figures multiply by the technician's cost rate when they read, so a changed
 * hourly cost needs no rebuild.
 */
export const kpiTimeClientTechnicianDays = pgTable(
  "kpi_time_client_technician_days",
  {
    orgId: orgId(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    clientId: refId("client_id").notNull(),
    technicianId: refId("technician_id").notNull(),
    entries: integer("entries").notNull(),
    hours: numeric("hours").notNull(),
    reactive: numeric("reactive").notNull(),
    billed: numeric("billed").notNull(),
  },
  (t) => [index("kpi_time_client_technician_days_org_grain_day").on(t.orgId, t.grain, t.day, t.clientId, t.technicianId)],
);

/**
 * Per local day: tickets created (and how their first response fared against the SLA target),
 * and tickets resolved with a csat (count, sum, how many ≥ 4).
 */
export const kpiTicketDays = pgTable(
  "kpi_ticket_days",
  {
    orgId: orgId(),
    day: date("day").notNull(),
    created: integer("created").notNull(),
    slaMet: integer("sla_met").notNull(),
    slaMissed: integer("sla_missed").notNull(),
    csatCount: integer("csat_count").notNull(),
    csatSum: integer("csat_sum").notNull(),
    csatPositive: integer("csat_positive").notNull(),
  },
  (t) => [index("kpi_ticket_days_org_day").on(t.orgId, t.day)],
);

/** Tickets with a priority and no first response, by local creation day and the local day their target passes. */
export const kpiTicketPending = pgTable(
  "kpi_ticket_pending",
  {
    orgId: orgId(),
    day: date("day").notNull(),
    deadlineDay: date("deadline_day").notNull(),
    tickets: integer("tickets").notNull(),
  },
  (t) => [index("kpi_ticket_pending_org_day").on(t.orgId, t.day, t.deadlineDay)],
);

/**
 * Per client and local day (or month): tickets created (and how their first response fared against
 * the SLA target, only where the source records responses), and tickets resolved with a csat
 * (count, sum, how many ≥ 4).
 */
export const kpiTicketClientDays = pgTable(
  "kpi_ticket_client_days",
  {
    orgId: orgId(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    clientId: refId("client_id").notNull(),
    created: integer("created").notNull(),
    slaMet: integer("sla_met").notNull(),
    slaMissed: integer("sla_missed").notNull(),
    csatCount: integer("csat_count").notNull(),
    csatSum: integer("csat_sum").notNull(),
    csatPositive: integer("csat_positive").notNull(),
  },
  (t) => [index("kpi_ticket_client_days_org_grain_day").on(
      t.orgId, t.grain, t.day, t.clientId, t.created, t.slaMet, t.slaMissed, t.csatCount, t.csatSum, t.csatPositive,
    )],
);

/** kpi_ticket_pending per client. */
export const kpiClientTicketPending = pgTable(
  "kpi_client_ticket_pending",
  {
    orgId: orgId(),
    day: date("day").notNull(),
    deadlineDay: date("deadline_day").notNull(),
    clientId: refId("client_id").notNull(),
    tickets: integer("tickets").notNull(),
  },
  (t) => [index("kpi_client_ticket_pending_org_day").on(t.orgId, t.day, t.deadlineDay, t.clientId)],
);

/**
 * A histogram of response ('response', by local creation day) and resolution ('resolution', by
 * local resolution day) durations in coarse buckets. The exact median reads it to find the bucket
 * holding the middle, then sorts only that bucket's tickets (see the tickets bucket indexes).
 */
export const kpiTicketDurations = pgTable(
  "kpi_ticket_durations",
  {
    orgId: orgId(),
    measure: text("measure").notNull(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    bucket: bigint("bucket", { mode: "number" }).notNull(),
    tickets: integer("tickets").notNull(),
  },
  (t) => [index("kpi_ticket_durations_org_measure_grain_day").on(t.orgId, t.measure, t.grain, t.day, t.bucket)],
);

/**
 * Per client, from each day on which something changes: managed devices, how many of them are ok
 * on each health check (their status on that day), and how many are under warranty. The figures
 * for day d are the client's latest row with day ≤ d ('-infinity' for devices managed from the start).
 */
export const kpiDeviceClientDays = pgTable(
  "kpi_device_client_days",
  {
    orgId: orgId(),
    ...deviceClientDay(),
  },
  (t) => [index("kpi_device_client_days_org_client_day").on(t.orgId, t.clientId, t.day)],
);

/**
 * The scorecards' ticket figures per technician and local day (or month): tickets created (and how
 * their first response fared against the SLA target, only where the source records responses), and
 * tickets resolved (with the csat count, sum and how many ≥ 4).
 */
export const kpiTechnicianTicketDays = pgTable(
  "kpi_technician_ticket_days",
  {
    orgId: orgId(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    technicianId: refId("technician_id").notNull(),
    created: integer("created").notNull(),
    slaMet: integer("sla_met").notNull(),
    slaMissed: integer("sla_missed").notNull(),
    resolved: integer("resolved").notNull(),
    csatCount: integer("csat_count").notNull(),
    csatSum: integer("csat_sum").notNull(),
    csatPositive: integer("csat_positive").notNull(),
  },
  (t) => [index("kpi_technician_ticket_days_org_grain_day").on(t.orgId, t.grain, t.day, t.technicianId)],
);

/** kpi_ticket_pending per technician. */
export const kpiTechnicianTicketPending = pgTable(
  "kpi_technician_ticket_pending",
  {
    orgId: orgId(),
    day: date("day").notNull(),
    deadlineDay: date("deadline_day").notNull(),
    technicianId: refId("technician_id").notNull(),
    tickets: integer("tickets").notNull(),
  },
  (t) => [index("kpi_technician_ticket_pending_org_day").on(t.orgId, t.day, t.deadlineDay, t.technicianId)],
);

/** The response histogram of kpi_ticket_durations per technician, for each one's exact median. */
export const kpiTechnicianTicketResponses = pgTable(
  "kpi_technician_ticket_responses",
  {
    orgId: orgId(),
    grain: text("grain").notNull(),
    day: date("day").notNull(),
    technicianId: refId("technician_id").notNull(),
    bucket: bigint("bucket", { mode: "number" }).notNull(),
    tickets: integer("tickets").notNull(),
  },
  (t) => [index("kpi_technician_ticket_responses_org_grain_day").on(t.orgId, t.grain, t.day, t.technicianId, t.bucket, t.tickets)],
);
