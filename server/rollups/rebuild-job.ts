import "server-only";
import { ensureJob } from "@/db/jobs/jobs";
import { orgsWithStaleRollups, rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";
import type { JobHandler } from "../jobs/runner";

// Rollups built with settings other than the org's stored ones (a saved time zone, SLA target or
// holiday; a rebuild killed mid-way, which rolled back) are rebuilt by the job runner: planning
// adds a job for each such org, so every instance's first pass after a start finds them too.
// The org's rebuild lock (rebuildRollupsForSettings), held by the rebuild's transaction and dropped
// with a killed session, is what keeps a second instance out; so the job's claim holds for no
// time at all, and a start right after a crash takes the job at once instead of after a lease.

const KIND = "rollup-rebuild";

export const rollupRebuildJob: JobHandler = {
  kind: KIND,
  leaseMs: 0,
  async plan(db, now) {
    for (const orgId of await orgsWithStaleRollups(db)) await ensureJob(db, KIND, String(orgId), now);
  },
  async run(db, job) {
    // Done either way: "busy" means another instance rebuilds the org, and it checks the stored
    // settings again after its commit.
    await rebuildRollupsForSettings(db, Number(job.key));
    return null;
  },
};
