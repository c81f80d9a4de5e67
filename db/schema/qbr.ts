import { customType, date, foreignKey, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { clients } from "./business";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// The account manager's notes on one client's QBR, kept with the report's period.
export const qbrNotes = pgTable(
  "qbr_notes",
  {
    orgId: orgId(),
    clientId: refId("client_id").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    notes: text("notes").notNull(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.clientId, t.periodFrom, t.periodTo] }),
    foreignKey({ name: "qbr_notes_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    foreignKey({ name: "qbr_notes_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

// A zip of every client's QBR PDF for one period, kept so the browser can download it after the
// progress stream that built it has finished (any app instance can serve it).
export const qbrBulkExports = pgTable(
  "qbr_bulk_exports",
  {
    orgId: orgId(),
    id: rowId(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    clients: integer("clients").notNull(),
    zip: bytea("zip").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "qbr_bulk_exports_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
  ],
);
