import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { KpiSettings } from "@/lib/records/settings";
import type { Database, SqlRunner } from "../../client";
import { getKpiSettings } from "../org-settings";
import { deviceStatusChangedFrom, refreshDeviceRollups } from "./rollups-devices";
import { refreshTicketRollups, slaTargetMicros } from "./rollups-tickets";
import { refreshTimeRollups } from "./rollups-time";

// The KPI rollups are derived data, rebuilt per org and per part from the base tables: after an
// import changed rows of that part (server/imports/run-import.ts), and on read when the settings a
// part was built with (time zone, SLA targets) are not the ones asked for. A writer that changes
// base rows any other way calls refreshKpiRollups itself.

const ROLLUP_PARTS = ["time", "tickets", "devices"] as const;
export type RollupPart = (typeof ROLLUP_PARTS)[number];

const PARTS_BY_KIND: Record<ImportKind, RollupPart[]> = {
  clients: [],
  contracts: [],
  technicians: ["time"], // merging placeholders moves time entries to another technician
  tickets: ["tickets"],
  time: ["time"],
  devices: ["devices"],
  "device-status": ["devices"],
};

type RollupSettings = Pick<KpiSettings, "timeZone" | "slaTargetMinutes">;

/** What a part's figures depend on besides the base rows; a different key means a rebuild. */
function settingsKey(part: RollupPart, settings: RollupSettings): string {
  if (part === "time") return "";
  if (part === "devices") return settings.timeZone;
  return `${settings.timeZone} ${slaTargetMicros(settings).join(" ")}`;
}

// One lock id per (org, rollups): two imports of one org rebuild its rollups one after the other.
const ROLLUP_LOCK = 7_301_002;

async function refreshPart(db: SqlRunner, orgId: number, part: RollupPart, settings: RollupSettings, devicesFrom = "-infinity"): Promise<void> {
  await db.query("select pg_advisory_xact_lock($1, $2::int)", [ROLLUP_LOCK, orgId]);
  // Big group-bys stay in memory (for this transaction only).
  await db.query("select set_config('work_mem', '256MB', true)");
  if (part === "time") await refreshTimeRollups(db, orgId);
  else if (part === "tickets") await refreshTicketRollups(db, orgId, settings);
  else await refreshDeviceRollups(db, orgId, settings.timeZone, devicesFrom);
  await db.query(
    `insert into kpi_rollup_state (org_id, part, settings_key, refreshed_at) values ($1, $2, $3, now())
     on conflict (org_id, part) do update set settings_key = excluded.settings_key, refreshed_at = excluded.refreshed_at`,
    [orgId, part, settingsKey(part, settings)],
  );
}

export interface ImportChanges {
  inserted: number;
  updated: number;
  /** The import run: a status import whose rows all date from day D on only rebuilds the device figures from D. */
  runId?: number;
}

/**
 * Rebuilds the rollups an import of `kind` can change ("all": every part), with the org's stored
 * settings. Pass the merge counts (and run id) to skip the work when the import changed nothing.
 * Call it inside the transaction that wrote the rows, so the figures never lag the data.
 * Time entries and tickets are rebuilt whole (an update may have moved a row to another day, and
 * its old day is gone by now); device status from the first day the import touched.
 */
export async function refreshKpiRollups(db: SqlRunner, orgId: number, kind: ImportKind | "all", changes?: ImportChanges): Promise<void> {
  const parts = kind === "all" ? ROLLUP_PARTS : PARTS_BY_KIND[kind];
  if (parts.length === 0 || (changes && changes.inserted + changes.updated === 0)) return;
  const settings = await getKpiSettings(db, orgId);
  for (const part of parts) {
    let devicesFrom = "-infinity";
    if (part === "devices" && kind === "device-status" && changes?.runId !== undefined && (await isCurrent(db, orgId, part, settings))) {
      const from = await deviceStatusChangedFrom(db, orgId, settings.timeZone, changes.runId);
      if (from === null) continue;
      devicesFrom = from;
    }
    await refreshPart(db, orgId, part, settings, devicesFrom);
  }
}

async function isCurrent(db: SqlRunner, orgId: number, part: RollupPart, settings: RollupSettings): Promise<boolean> {
  const [row] = await db.query<{ settings_key: string }>("select settings_key from kpi_rollup_state where org_id = $1 and part = $2", [orgId, part]);
  return row?.settings_key === settingsKey(part, settings);
}

/**
 * Makes sure every part exists and was built with these settings, rebuilding the ones that were
 * not (in one transaction when `db` can open one). Cheap when all is current: one small read.
 */
export async function ensureKpiRollups(db: SqlRunner | Database, orgId: number, settings: RollupSettings): Promise<void> {
  const rows = await db.query<{ part: string; settings_key: string }>(
    "select part, settings_key from kpi_rollup_state where org_id = $1",
    [orgId],
  );
  const built = new Map(rows.map((r) => [r.part, r.settings_key]));
  const stale = ROLLUP_PARTS.filter((part) => built.get(part) !== settingsKey(part, settings));
  if (stale.length === 0) return;
  const rebuild = async (tx: SqlRunner) => {
    await tx.query("select pg_advisory_xact_lock($1, $2::int)", [ROLLUP_LOCK, orgId]);
    // Another request may have rebuilt a part while this one waited for the lock.
    for (const part of stale) if (!(await isCurrent(tx, orgId, part, settings))) await refreshPart(tx, orgId, part, settings);
  };
  if ("transaction" in db) await db.transaction(rebuild);
  else await rebuild(db);
}
