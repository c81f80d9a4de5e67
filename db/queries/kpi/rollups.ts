import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { getKpiSettings } from "../org-settings";
import { deviceStatusChangedFrom, refreshDeviceRollups } from "./rollups-devices";
import { refreshTicketRollups, slaTargetMicros } from "./rollups-tickets";
import { refreshTimeRollups } from "./rollups-time";

// The KPI rollups are derived data, rebuilt per org and per part from the base tables: after an
// import changed rows of that part (server/imports/run-import.ts), and in the background when the
// settings a part was built with (time zone, SLA targets) changed (rollup-settings.ts). A writer
// that changes base rows any other way calls refreshKpiRollups itself.

export const ROLLUP_PARTS = ["time", "tickets", "devices"] as const;
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

export type RollupSettings = Pick<KpiSettings, "timeZone" | "slaTargetMinutes">;

/** The settings each part's figures depend on besides the base rows. */
export const PART_SETTINGS: Record<RollupPart, (keyof RollupSettings)[]> = { time: [], tickets: ["timeZone", "slaTargetMinutes"], devices: ["timeZone"] };

/** What a part's figures depend on besides the base rows; a different key means a rebuild. */
export function settingsKey(part: RollupPart, settings: RollupSettings): string {
  if (part === "time") return "";
  if (part === "devices") return settings.timeZone;
  return `${settings.timeZone} ${slaTargetMicros(settings).join(" ")}`;
}

// One lock id per (org, rollups): two imports of one org rebuild its rollups one after the other.
const ROLLUP_LOCK = 7_301_002;

/** Waits for the org's rollup lock; it is held until the transaction ends. */
export async function lockRollups(db: SqlRunner, orgId: number): Promise<void> {
  await db.query("select pg_advisory_xact_lock($1, $2::int)", [ROLLUP_LOCK, orgId]);
}

export async function refreshPart(db: SqlRunner, orgId: number, part: RollupPart, settings: RollupSettings, devicesFrom = "-infinity"): Promise<void> {
  await lockRollups(db, orgId);
  // Big group-bys stay in memory (for this transaction only).
  await db.query("select set_config('work_mem', '256MB', true)");
  if (part === "time") await refreshTimeRollups(db, orgId);
  else if (part === "tickets") await refreshTicketRollups(db, orgId, settings);
  else await refreshDeviceRollups(db, orgId, settings.timeZone, devicesFrom);
  const builtWith = Object.fromEntries(PART_SETTINGS[part].map((name) => [name, settings[name]]));
  await db.query(
    `insert into kpi_rollup_state (org_id, part, settings_key, built_with, refreshed_at) values ($1, $2, $3, $4::text::jsonb, now())
     on conflict (org_id, part) do update set settings_key = excluded.settings_key, built_with = excluded.built_with, refreshed_at = excluded.refreshed_at`,
    [orgId, part, settingsKey(part, settings), JSON.stringify(builtWith)],
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

export async function isCurrent(db: SqlRunner, orgId: number, part: RollupPart, settings: RollupSettings): Promise<boolean> {
  const [row] = await db.query<{ settings_key: string }>("select settings_key from kpi_rollup_state where org_id = $1 and part = $2", [orgId, part]);
  return row?.settings_key === settingsKey(part, settings);
}
