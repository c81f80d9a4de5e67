import { sql } from "drizzle-orm";
import { check, foreignKey, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { technicians } from "./business";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

// Teamwork scores technicians give each other per quarter (lib/scorecards/peer-review.ts).
export const peerReviews = pgTable(
  "peer_reviews",
  {
    orgId: orgId(),
    id: rowId(),
    quarter: text("quarter").notNull(),
    reviewerId: refId("reviewer_id").notNull(),
    revieweeId: refId("reviewee_id").notNull(),
    score: smallint("score").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "peer_reviews_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    foreignKey({ name: "peer_reviews_reviewer_fk", columns: [t.orgId, t.reviewerId], foreignColumns: [technicians.orgId, technicians.id] }).onDelete("cascade"),
    foreignKey({ name: "peer_reviews_reviewee_fk", columns: [t.orgId, t.revieweeId], foreignColumns: [technicians.orgId, technicians.id] }).onDelete("cascade"),
    uniqueIndex("peer_reviews_once_per_quarter").on(t.orgId, t.quarter, t.reviewerId, t.revieweeId),
    index("peer_reviews_org_reviewee").on(t.orgId, t.revieweeId, t.quarter),
    check("peer_reviews_score_check", sql`${t.score} between 1 and 5`),
    check("peer_reviews_not_self_check", sql`${t.reviewerId} <> ${t.revieweeId}`),
    check("peer_reviews_quarter_check", sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
  ],
);

// The org's pay plan (lib/scorecards/pay-plan.ts validates `plan`); one per org.
export const payPlans = pgTable(
  "pay_plans",
  {
    orgId: orgId().primaryKey(),
    plan: jsonb("plan").notNull(),
    /** Who saved it, as the audit log names actors ("user:…", "token:…"). */
    updatedBy: text("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [foreignKey({ name: "pay_plans_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade")],
);
