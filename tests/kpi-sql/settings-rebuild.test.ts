import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { ticketQualityByClient } from "@/db/queries/client-tickets";
import { refreshKpiRollups, servedKpiReport } from "@/db/queries/kpi";
import { computeScorecardsSql } from "@/db/queries/kpi/scorecards";
import { orgsWithStaleRollups, rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";
import { PART_TABLES } from "@/db/queries/kpi/rollups";
import { computeKpiReport } from "@/lib/kpi/reference";
import type { KpiSettings } from "@/lib/records/settings";
import { runDueJobs } from "@/server/jobs/runner";
import { rollupRebuildJob } from "@/server/rollups/rebuild-job";
import { ticket } from "../kpi/factories";
import { randomCase } from "../kpi/random-dataset";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { withTicketStateLocked } from "../support/rollup-state-lock";
import { insertDataset, storeSettings } from "./insert-dataset";
import { loadKpiDataset } from "./load-dataset";

// A settings change never stalls a read: until the background rebuild (a job of the job runner)
// commits, reads get the figures the old settings give, marked recomputing; after it, what the new
// settings give.

const generated = randomCase(7311);
const { period } = generated;
// Tickets answered after 30 minutes: within a one-hour P1 target, outside a 20-minute one.
const answered = Array.from({ length: 6 }, (_, i) => {
  const created = new Date(Date.parse(`${period.from}T09:00:00Z`) + i * 3_600_000);
  return ticket({ ticket_id: `sla-${i}`, created_at: created.toISOString(), first_response_at: new Date(created.getTime() + 1_800_000).toISOString(), priority: "P1" });
});
const data = { ...generated.data, tickets: [...generated.data.tickets, ...answered] };
const before: KpiSettings = { ...generated.settings, timeZone: "Europe/Berlin", slaTargetMinutes: { P1: 60, P2: 240, P3: 480, P4: 1440 } };
const after: KpiSettings = { ...before, slaTargetMinutes: { P1: 20, P2: 60, P3: 120, P4: 480 } };

/** Waits until some session waits for a row lock: the rebuild, done with the rollups, about to record them. */
async function untilRebuildWaits(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()");
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeEachDatabase("a settings change rebuilds the rollups in the background", (db) => {
  it("the first read after an SLA change gives the old figures, marked; after the rebuild, the new ones", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    await storeSettings(db(), orgId, before);
    await refreshKpiRollups(db(), orgId, "all");
    const loaded = await loadKpiDataset(db(), orgId);
    const oldFigures = computeKpiReport(loaded, period, before);
    const newFigures = computeKpiReport(loaded, period, after);
    expect(newFigures.tickets.sla_met).not.toEqual(oldFigures.tickets.sla_met);
    expect(await servedKpiReport(db(), orgId, period)).toEqual({ report: oldFigures, settings: before });

    await storeSettings(db(), orgId, after);
    expect(await orgsWithStaleRollups(db())).toContain(orgId);
    const read = async () => servedKpiReport(db(), orgId, period);
    const marked = { report: { ...oldFigures, recomputing: true }, settings: before };
    expect(await read()).toEqual(marked);
    const rebuildPass = async () => (await runDueJobs(db(), [rollupRebuildJob])).filter((r) => r.key === String(orgId));

    if (db().kind === "postgres") {
      // The rebuild's transaction stays open (it waits to record the new state): reads keep the old
      // rollups without waiting for it, and another instance's pass takes the job but skips the org.
      let running!: ReturnType<typeof rebuildPass>;
      await withTicketStateLocked(db(), orgId, async () => {
        running = rebuildPass();
        await untilRebuildWaits(db());
        expect(await read()).toEqual(marked);
        expect(await rebuildRollupsForSettings(db(), orgId)).toBe("busy");
        expect(await rebuildPass()).toEqual([{ kind: "rollup-rebuild", key: String(orgId), late: false, ok: true }]);
        expect(await read()).toEqual(marked);
      });
      expect(await running).toEqual([{ kind: "rollup-rebuild", key: String(orgId), late: false, ok: true }]);
      expect(await read()).toEqual({ report: newFigures, settings: after });
    }
    await rebuildPass();
    expect(await read()).toEqual({ report: newFigures, settings: after });
    expect(await orgsWithStaleRollups(db())).not.toContain(orgId);
    expect(await rebuildRollupsForSettings(db(), orgId)).toBe("current");
    expect(await rebuildPass()).toEqual([]);
  });

  it("vacuums the tables a settings rebuild rewrote", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    await storeSettings(db(), orgId, before);
    await refreshKpiRollups(db(), orgId, "all");
    const vacuums = async () => {
      const rows = await db().query<{ relname: string; vacuums: number }>(
        "select relname, vacuum_count::int as vacuums from pg_stat_user_tables where relname = any($1::text[])",
        [PART_TABLES.tickets],
      );
      return new Map(rows.map((r) => [r.relname, r.vacuums]));
    };
    const earlier = await vacuums();
    await storeSettings(db(), orgId, after);
    expect(await rebuildRollupsForSettings(db(), orgId)).toBe("current");
    const later = await vacuums();
    expect(PART_TABLES.tickets.filter((table) => !((later.get(table) ?? 0) > (earlier.get(table) ?? 0)))).toEqual([]);
  });

  // Each migration that added to the "tickets" part, with how an org's rollups stood before it.
  const TICKET_PART_MIGRATIONS = [
    {
      file: "0031_technician_ticket_rollups.sql",
      read: (orgId: number) => computeScorecardsSql(db(), orgId, period, before),
      undo: ["kpi_technician_ticket_days", "kpi_technician_ticket_pending", "kpi_technician_ticket_responses"].map((table) => `delete from ${table} where org_id = $1`),
    },
    {
      file: "0034_client_ticket_rollups.sql",
      read: (orgId: number) => ticketQualityByClient(db(), orgId, period),
      undo: [
        "update kpi_ticket_client_days set sla_met = 0, sla_missed = 0, csat_count = 0, csat_sum = 0, csat_positive = 0 where org_id = $1",
        "delete from kpi_ticket_client_days where org_id = $1 and created = 0",
        "delete from kpi_client_ticket_pending where org_id = $1",
      ],
    },
  ];

  it.each(TICKET_PART_MIGRATIONS)("an org whose ticket rollups predate $file gets them completed before a read uses them", async ({ file, read, undo }) => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    await storeSettings(db(), orgId, before);
    await refreshKpiRollups(db(), orgId, "all");
    const figures = computeKpiReport(await loadKpiDataset(db(), orgId), period, before);
    expect(Object.values(figures.scorecards?.technicians ?? {}).some((t) => t.tickets_resolved > 0)).toBe(true);
    expect([...(await ticketQualityByClient(db(), orgId, period)).values()].some((q) => q.sla_met !== null && q.sla_met > 0 && q.csat !== null)).toBe(true);
    const built = await read(orgId);
    // As the org stood before the migration, its tickets part recorded as current.
    for (const statement of undo) await db().query(statement, [orgId]);
    expect(await read(orgId)).not.toEqual(built);
    const migration = readFileSync(path.resolve(import.meta.dirname, "../../drizzle", file), "utf8");
    const markStale = migration.split("--> statement-breakpoint").find((statement) => statement.includes('UPDATE "kpi_rollup_state"'))!;
    // Only this org: other test files share the database.
    await db().query(markStale.replace(/;\s*$/, ' AND "org_id" = $1'), [orgId]);

    expect(await orgsWithStaleRollups(db())).toContain(orgId);
    expect(await servedKpiReport(db(), orgId, period)).toEqual({ report: figures, settings: before });
    expect(await orgsWithStaleRollups(db())).not.toContain(orgId);
    expect(await read(orgId)).toEqual(built);
  });
});
