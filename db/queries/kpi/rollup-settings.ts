import "server-only";
import { z } from "zod";
import { KpiSettings } from "@/lib/records/settings";
import type { Database, SqlRunner } from "../../client";
import { getKpiSettings } from "../org-settings";
import { isCurrent, PART_SETTINGS, PART_TABLES, refreshPart, ROLLUP_PARTS, settingsKey, type RollupPart, type RollupSettings } from "./rollups";
import { lockOrgRollups } from "./rollups-touched";

// Settings changes never stall a read. A change of time zone or SLA targets leaves the rollups
// built with the old ones; a background job (server/rollups/) rebuilds them in one transaction, and
// until it commits every read computes its figures with the settings the rollups were built with
// (kpi_rollup_state.built_with), never old rollups with new settings.

// One lock id per (org, settings rebuild): one instance rebuilds an org, the others skip.
const SETTINGS_REBUILD_LOCK = 7_301_016;

/** kpi_rollup_state.built_with: only the settings the part depends on. */
const BuiltWith = z.object({ timeZone: KpiSettings.shape.timeZone.unwrap(), slaTargetMinutes: KpiSettings.shape.slaTargetMinutes.unwrap() }).partial();

interface PartState {
  part: RollupPart;
  settings_key: string;
  built_with: unknown;
}

async function readState(db: SqlRunner, orgId: number): Promise<PartState[]> {
  const rows = await db.query<PartState>("select part, settings_key, built_with from kpi_rollup_state where org_id = $1", [orgId]);
  return rows.filter((r) => (ROLLUP_PARTS as readonly string[]).includes(r.part));
}

/**
 * The settings every built part agrees with: `wanted`, with what the parts built with other
 * settings were built with. Null when no one set explains them all (parts built under different
 * settings, or a part from before built_with was stored).
 */
function settingsOfRollups(wanted: RollupSettings, rows: PartState[]): RollupSettings | null {
  let settings: RollupSettings = { timeZone: wanted.timeZone, slaTargetMinutes: wanted.slaTargetMinutes };
  for (const row of rows) {
    if (row.settings_key === settingsKey(row.part, wanted)) continue;
    const built = BuiltWith.safeParse(row.built_with);
    if (!built.success || PART_SETTINGS[row.part].some((name) => built.data[name] === undefined)) return null;
    settings = { ...settings, ...built.data };
  }
  return rows.every((r) => r.settings_key === settingsKey(r.part, settings)) ? settings : null;
}

/**
 * Makes sure every part exists, and returns `settings` with the time zone and SLA targets the
 * rollups were built with: the figures must be computed with those. Missing parts are built now
 * (in one transaction when `db` can open one), with the settings the other parts agree on; parts
 * that agree on none are rebuilt now with `settings`. Cheap when all is built: one small read.
 */
export async function ensureKpiRollups<S extends RollupSettings>(db: SqlRunner | Database, orgId: number, settings: S): Promise<S> {
  const rows = await readState(db, orgId);
  const built = settingsOfRollups(settings, rows);
  if (built && rows.length === ROLLUP_PARTS.length) return { ...settings, ...built };
  const build = async (tx: SqlRunner) => {
    await lockOrgRollups(tx, orgId);
    // Decided under the lock: a rebuild may have committed while this request waited for it.
    const target = settingsOfRollups(settings, await readState(tx, orgId)) ?? settings;
    for (const part of ROLLUP_PARTS) if (!(await isCurrent(tx, orgId, part, target))) await refreshPart(tx, orgId, part, target);
    return target;
  };
  return { ...settings, ...("transaction" in db ? await db.transaction(build) : await build(db)) };
}

/** Whether two settings give the same rollups. */
export function sameRollupSettings(a: RollupSettings, b: RollupSettings): boolean {
  return settingsKey("tickets", a) === settingsKey("tickets", b);
}

export interface FigureSettings {
  /** The org's settings, with the time zone and SLA targets the rollups were built with. */
  settings: KpiSettings;
  /** True while a rebuild for changed settings is pending: the figures still use the old ones. */
  recomputing: boolean;
}

/** The settings an org's figures are computed with now, and whether they are still the old ones. */
export async function figureSettings(db: SqlRunner | Database, orgId: number): Promise<FigureSettings> {
  const stored = await getKpiSettings(db, orgId);
  const settings = await ensureKpiRollups(db, orgId, stored);
  return { settings, recomputing: !sameRollupSettings(settings, stored) };
}

/** The parts of an org built with settings other than its stored ones. */
async function staleParts(db: SqlRunner, orgId: number, settings: RollupSettings): Promise<RollupPart[]> {
  return (await readState(db, orgId)).filter((r) => r.settings_key !== settingsKey(r.part, settings)).map((r) => r.part);
}

/**
 * Rebuilds the parts of an org that were built with other settings than its stored ones, in one
 * transaction (readers see the old rollups until it commits; a crash rolls it back), vacuums the
 * tables it rewrote, and goes again while the settings changed meanwhile. "busy": another
 * instance holds the org's rebuild lock — it checks again after its commit, so it also sees
 * settings saved while it was rebuilding.
 */
export async function rebuildRollupsForSettings(db: Database, orgId: number): Promise<"current" | "busy"> {
  for (;;) {
    const outcome = await db.transaction(async (tx) => {
      const [lock] = await tx.query<{ locked: boolean }>("select pg_try_advisory_xact_lock($1, $2::int) as locked", [SETTINGS_REBUILD_LOCK, orgId]);
      if (!lock?.locked) return "busy";
      const settings = await getKpiSettings(tx, orgId);
      const stale = await staleParts(tx, orgId, settings);
      for (const part of stale) await refreshPart(tx, orgId, part, settings);
      return stale.length === 0 ? "current" : stale;
    });
    if (typeof outcome === "string") return outcome;
    // The rebuild replaced every row of these tables: until a vacuum, each read of them also steps
    // over the dead half (the next overview on the bench MSP ~0.9 s instead of ~0.7 s), and the
    // planner's statistics describe the old rows.
    await db.query(`vacuum analyze ${outcome.flatMap((part) => PART_TABLES[part]).join(", ")}`);
  }
}

/** The orgs with a part built with settings other than their stored ones: what a start rebuilds. */
export async function orgsWithStaleRollups(db: SqlRunner): Promise<number[]> {
  const orgs = await db.query<{ org_id: number }>("select distinct org_id from kpi_rollup_state order by org_id");
  const stale: number[] = [];
  for (const { org_id: orgId } of orgs) {
    if ((await staleParts(db, orgId, await getKpiSettings(db, orgId))).length > 0) stale.push(orgId);
  }
  return stale;
}
