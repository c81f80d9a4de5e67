import { foreignKey, index, jsonb, numeric, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { orgId, rowId } from "./columns";
import { orgs } from "./orgs";

// One completed maturity self-assessment (lib/assessment): the 20 answers as taken, and the
// averages and stage computed from them at the time, so the history never changes retroactively.
export const assessments = pgTable(
  "assessments",
  {
    orgId: orgId(),
    id: rowId(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    takenBy: text("taken_by").notNull(),
    /** { statement id: score 1–5 } */
    answers: jsonb("answers").$type<Record<string, number>>().notNull(),
    processes: numeric("processes", { precision: 3, scale: 2 }).notNull(),
    technology: numeric("technology", { precision: 3, scale: 2 }).notNull(),
    customers: numeric("customers", { precision: 3, scale: 2 }).notNull(),
    revenue: numeric("revenue", { precision: 3, scale: 2 }).notNull(),
    overall: numeric("overall", { precision: 3, scale: 2 }).notNull(),
    stage: text("stage").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "assessments_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    index("assessments_org_taken").on(t.orgId, t.takenAt),
  ],
);
