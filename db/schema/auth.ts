import { bigint, boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { technicians } from "./business";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// The four tables better-auth reads and writes (field names are better-auth's, columns snake_case).
const stamps = () => ({
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  /** The UI language last seen on the user's pages: the digest's language until they pick one. */
  locale: text("locale"),
  ...stamps(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...stamps(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    /** scrypt hash written by better-auth; never read by our code. */
    password: text("password"),
    ...stamps(),
  },
  (t) => [index("accounts_user").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ...stamps(),
  },
  (t) => [index("verifications_identifier").on(t.identifier)],
);

// better-auth's request counters (password-reset requests), in the database so several instances share them.
export const rateLimits = pgTable("rate_limits", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

// Sign-in attempts per client address and per account (db/auth/sign-in-throttle.ts). Kept apart
// from rate_limits, which better-auth prunes after its own longest window, shorter than ours.
export const signInAttempts = pgTable("sign_in_attempts", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  windowStart: bigint("window_start", { mode: "number" }).notNull(),
});

// Which user may act in which org, and how.
export const memberships = pgTable(
  "memberships",
  {
    orgId: orgId(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    /** The technician this member is, if any: they may give peer reviews and see their own card. */
    technicianId: refId("technician_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    foreignKey({ name: "memberships_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    foreignKey({ name: "memberships_technician_fk", columns: [t.orgId, t.technicianId], foreignColumns: [technicians.orgId, technicians.id] }),
    uniqueIndex("memberships_org_technician").on(t.orgId, t.technicianId),
    index("memberships_user").on(t.userId),
  ],
);

// Bearer tokens for automation: only the SHA-256 of the token is kept.
export const apiTokens = pgTable(
  "api_tokens",
  {
    orgId: orgId(),
    id: rowId(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** First characters of the token, to recognise it in lists. */
    prefix: text("prefix").notNull(),
    role: text("role").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "api_tokens_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    uniqueIndex("api_tokens_hash").on(t.tokenHash),
  ],
);

// Who did what: imports, setting and role changes, token use, sign-ins.
export const auditLog = pgTable(
  "audit_log",
  {
    orgId: orgId(),
    id: rowId(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    subject: text("subject"),
    details: jsonb("details"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "audit_log_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    index("audit_log_org_at").on(t.orgId, t.at),
  ],
);

// Instance-wide secrets generated on first start (the session-signing key when AUTH_SECRET is unset).
export const instanceSecrets = pgTable("instance_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
