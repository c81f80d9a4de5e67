import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// Scheduled work of the job runner (server/jobs): one row per recurring job, due at a time. Not per
// org: some jobs (the alert evaluation) span all orgs, and the key names the org where one does.
export const jobs = pgTable(
  "jobs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The handler that runs it: "alert-evaluation", "digest", … */
    kind: text("kind").notNull(),
    /** Which one of its kind, e.g. "<org id>:<user id>" for a digest. */
    key: text("key").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** Set while an instance runs it; a claim older than the lease counts as abandoned. */
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    /** The last run started well after its due time (the app was down). */
    lastRunLate: boolean("last_run_late").notNull().default(false),
    lastError: text("last_error"),
    runs: integer("runs").notNull().default(0),
  },
  (t) => [uniqueIndex("jobs_kind_key").on(t.kind, t.key), index("jobs_due").on(t.dueAt)],
);
