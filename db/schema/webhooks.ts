import { sql } from "drizzle-orm";
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { AuthMode, WebhookSource } from "@/lib/webhooks/sources-list";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// An RMM tool's delivery address: POST /api/webhooks/<source>/<public_id>.
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    orgId: orgId(),
    id: rowId(),
    /** Random and unguessable; the URL's last segment. */
    publicId: text("public_id").notNull(),
    source: text("source").$type<WebhookSource>().notNull(),
    name: text("name").notNull(),
    authMode: text("auth_mode").$type<AuthMode>().notNull().default("hmac"),
    secret: text("secret").notNull(),
    /** During a rotation the old secret stays valid until this moment. */
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    rateLimitPerMinute: integer("rate_limit_per_minute").notNull().default(6000),
    rejectedCount: integer("rejected_count").notNull().default(0),
    lastRejectedAt: timestamp("last_rejected_at", { withTimezone: true }),
    lastReceivedAt: timestamp("last_received_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "webhook_endpoints_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    uniqueIndex("webhook_endpoints_org_public").on(t.orgId, t.publicId),
    index("webhook_endpoints_public").on(t.publicId),
  ],
);

// The inbox: every accepted request is stored here before anything is processed.
export const webhookEvents = pgTable(
  "webhook_events",
  {
    orgId: orgId(),
    id: rowId(),
    endpointId: refId("endpoint_id").notNull(),
    /** The tool's event id, or the SHA-256 of the body when it sends none. */
    eventKey: text("event_key").notNull(),
    status: text("status").notNull().default("received"),
    body: text("body").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "webhook_events_endpoint_fk",
      columns: [t.orgId, t.endpointId],
      foreignColumns: [webhookEndpoints.orgId, webhookEndpoints.id],
    }).onDelete("cascade"),
    uniqueIndex("webhook_events_org_endpoint_key").on(t.orgId, t.endpointId, t.eventKey),
    index("webhook_events_pending").on(t.status, t.nextAttemptAt),
    // The worker claims due events in id order: this lets it walk only the open ones, however
    // many processed events the inbox keeps.
    index("webhook_events_open_by_id").on(t.id).where(sql`status in ('received', 'retrying', 'processing')`),
    index("webhook_events_org_received").on(t.orgId, t.receivedAt),
  ],
);
