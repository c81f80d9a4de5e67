import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clients } from "./business";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// A read-only link to one client's QBR for one period, for people without an account. Only the
// SHA-256 of the link's token is kept; the link stops working at expires_at or once revoked.
export const shareLinks = pgTable(
  "share_links",
  {
    orgId: orgId(),
    id: rowId(),
    clientId: refId("client_id").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "share_links_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    foreignKey({ name: "share_links_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
    uniqueIndex("share_links_hash").on(t.tokenHash),
    index("share_links_client").on(t.orgId, t.clientId),
  ],
);

// A token a TV opens /wallboard with instead of a session: viewer rights, the wallboard only.
export const wallboardTokens = pgTable(
  "wallboard_tokens",
  {
    orgId: orgId(),
    id: rowId(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "wallboard_tokens_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    uniqueIndex("wallboard_tokens_hash").on(t.tokenHash),
  ],
);
