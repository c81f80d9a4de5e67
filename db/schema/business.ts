import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { orgId, provenance, refId, rowId } from "./columns";
import { orgs } from "./orgs";

const orgFk = (t: { orgId: AnyPgColumn }, name: string) =>
  foreignKey({ name, columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade");

export const clients = pgTable(
  "clients",
  {
    orgId: orgId(),
    id: rowId(),
    name: text("name").notNull(),
    segment: text("segment"),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    orgFk(t, "clients_org_fk"),
    uniqueIndex("clients_org_name_key").on(t.orgId, sql`lower(${t.name})`),
    uniqueIndex("clients_org_source_external").on(t.orgId, t.source, t.externalId),
    index("clients_org_external_lower").on(t.orgId, sql`lower(${t.externalId})`),
  ],
);

export const technicians = pgTable(
  "technicians",
  {
    orgId: orgId(),
    id: rowId(),
    name: text("name").notNull(),
    weeklyCapacityHours: numeric("weekly_capacity_hours").notNull().default("40"),
    activeFrom: date("active_from"),
    activeTo: date("active_to"),
    role: text("role"),
    /** The login, user name or e-mail the tools name the technician by (external_id holds the tool's id). */
    login: text("login"),
    /** What one working hour costs the MSP; null until a technicians import or the owner sets it. */
    hourlyCost: numeric("hourly_cost"),
    // False for someone the importer met only in time entries or tickets: they count as active
    // between their first and last logged day until a technicians import or Settings confirms them.
    confirmed: boolean("confirmed").notNull().default(true),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    orgFk(t, "technicians_org_fk"),
    uniqueIndex("technicians_org_name_key").on(t.orgId, sql`lower(${t.name})`),
  ],
);

const clientFk = (t: { orgId: AnyPgColumn; clientId: AnyPgColumn }, name: string) =>
  foreignKey({ name, columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] });

export const contracts = pgTable(
  "contracts",
  {
    orgId: orgId(),
    id: rowId(),
    clientId: refId("client_id").notNull(),
    service: text("service").notNull(),
    monthlyValue: numeric("monthly_value").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date"),
    tier: text("tier"),
    units: numeric("units"),
    salesperson: text("salesperson"),
    /** Hard cost of delivering the contract per month (licences, vendor fees); null = unknown. */
    monthlyCost: numeric("monthly_cost"),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    clientFk(t, "contracts_client_fk"),
    uniqueIndex("contracts_org_source_external").on(t.orgId, t.source, t.externalId),
    index("contracts_org_client").on(t.orgId, t.clientId),
  ],
);

export const tickets = pgTable(
  "tickets",
  {
    orgId: orgId(),
    id: rowId(),
    clientId: refId("client_id").notNull(),
    technicianId: refId("technician_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    // false when the ticket's source has no first-response column: an empty first_response_at is then
    // unknown, not "no response yet", and the ticket stays out of sla_met
    firstResponseTracked: boolean("first_response_tracked").notNull().default(true),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    status: text("status"),
    priority: text("priority"),
    csat: smallint("csat"),
    subject: text("subject"),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    clientFk(t, "tickets_client_fk"),
    foreignKey({
      name: "tickets_technician_fk",
      columns: [t.orgId, t.technicianId],
      foreignColumns: [technicians.orgId, technicians.id],
    }),
    uniqueIndex("tickets_org_source_external").on(t.orgId, t.source, t.externalId),
    // A period's tickets by creation or resolution, with what SLA and response explanations read
    // of each (db/queries/explain/records.ts): their totals are index-only scans.
    index("tickets_org_created").on(t.orgId, t.createdAt, t.clientId, t.technicianId, t.priority, t.firstResponseAt, t.firstResponseTracked, t.resolvedAt),
    index("tickets_org_resolved").on(t.orgId, t.resolvedAt, t.createdAt, t.clientId, t.technicianId, t.priority, t.firstResponseAt, t.firstResponseTracked),
    // The exact medians fetch the tickets of one duration bucket (db/queries/kpi/durations.ts,
    // which must use these very expressions): 5-minute response buckets, 1-hour resolution buckets.
    // Both timestamps are in the key so the fetch can be an index-only scan (and the technician,
    // for the per-technician medians of the scorecards).
    index("tickets_org_response_bucket")
      .on(t.orgId, sql`floor(extract(epoch from (${t.firstResponseAt} - ${t.createdAt})) / 300)`, t.createdAt, t.firstResponseAt, t.technicianId)
      .where(sql`${t.firstResponseAt} is not null`),
    index("tickets_org_resolution_bucket")
      .on(t.orgId, sql`floor(extract(epoch from (${t.resolvedAt} - ${t.createdAt})) / 3600)`, t.resolvedAt, t.createdAt)
      .where(sql`${t.resolvedAt} is not null`),
  ],
);

export const timeEntries = pgTable(
  "time_entries",
  {
    orgId: orgId(),
    id: rowId(),
    technicianId: refId("technician_id").notNull(),
    clientId: refId("client_id").notNull(),
    workDate: date("work_date").notNull(),
    hours: numeric("hours").notNull(),
    billable: boolean("billable").notNull(),
    ticketRef: text("ticket_ref"),
    rate: numeric("rate"),
    amount: numeric("amount"),
    // reactive, proactive, project or internal; null = not exported, read as reactive with a ticket
    // and internal without one (docs/kpis.md, Profitability)
    category: text("category"),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    clientFk(t, "time_entries_client_fk"),
    foreignKey({
      name: "time_entries_technician_fk",
      columns: [t.orgId, t.technicianId],
      foreignColumns: [technicians.orgId, technicians.id],
    }),
    uniqueIndex("time_entries_org_source_external").on(t.orgId, t.source, t.externalId),
    index("time_entries_org_date").on(t.orgId, t.workDate),
    check(
      "time_entries_category_known",
      sql`${t.category} in ('reactive', 'proactive', 'project', 'internal')`,
    ),
  ],
);

export const devices = pgTable(
  "devices",
  {
    orgId: orgId(),
    id: rowId(),
    clientId: refId("client_id").notNull(),
    hostname: text("hostname"),
    kind: text("kind"),
    managedSince: date("managed_since"),
    retiredOn: date("retired_on"),
    warrantyEnd: date("warranty_end"),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    clientFk(t, "devices_client_fk"),
    uniqueIndex("devices_org_source_external").on(t.orgId, t.source, t.externalId),
    index("devices_org_external_lower").on(t.orgId, sql`lower(${t.externalId})`),
  ],
);

export const deviceStatus = pgTable(
  "device_status",
  {
    orgId: orgId(),
    id: rowId(),
    deviceId: refId("device_id").notNull(),
    observedAt: timestamp("observed_at", { withTimezone: true }).notNull(),
    avOk: boolean("av_ok"),
    patched: boolean("patched"),
    patchesMissing: integer("patches_missing"),
    backupOk: boolean("backup_ok"),
    online: boolean("online"),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "device_status_device_fk",
      columns: [t.orgId, t.deviceId],
      foreignColumns: [devices.orgId, devices.id],
    }).onDelete("cascade"),
    uniqueIndex("device_status_org_source_external").on(t.orgId, t.source, t.externalId),
    // Ends with every column a status import's device delta reads (db/queries/kpi/rollups-device-delta.ts),
    // so its two lookups per device read the index only, not one heap page per observation.
    index("device_status_org_device_observed").on(
      t.orgId, t.deviceId, t.observedAt, t.id, t.lastSeenAt, t.avOk, t.patched, t.backupOk, t.importRunId,
    ),
  ],
);

// The RMM tools' own alerts, received by webhook. Not to be confused with the KPI threshold alerts
// of db/schema/alerts.ts.
export const rmmAlerts = pgTable(
  "rmm_alerts",
  {
    orgId: orgId(),
    id: rowId(),
    source: text("source").notNull(),
    eventId: text("event_id").notNull(),
    deviceId: refId("device_id"),
    clientId: refId("client_id"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    severity: text("severity"),
    kind: text("kind"),
    message: text("message"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    orgFk(t, "rmm_alerts_org_fk"),
    uniqueIndex("rmm_alerts_org_source_event").on(t.orgId, t.source, t.eventId),
  ],
);
