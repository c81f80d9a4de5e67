import { boolean, foreignKey, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { orgId } from "./columns";
import { orgs } from "./orgs";

// The weekly KPI digest. A member without a row has the defaults: subscribed when manager or
// owner, Monday 07:00 in the org's time zone, English.
export const digestSubscriptions = pgTable(
  "digest_subscriptions",
  {
    orgId: orgId(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subscribed: boolean("subscribed").notNull(),
    /** ISO weekday, 1 = Monday. */
    weekday: integer("weekday").notNull().default(1),
    hour: integer("hour").notNull().default(7),
    locale: text("locale").notNull().default("en"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    foreignKey({ name: "digest_subscriptions_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
  ],
);

// One row per digest sent: a user gets each ISO week's digest once, whichever instance sends it.
export const digestSends = pgTable(
  "digest_sends",
  {
    orgId: orgId(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The ISO week covered, e.g. "2026-W10". */
    week: text("week").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    late: boolean("late").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.week] }),
    foreignKey({ name: "digest_sends_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
  ],
);
