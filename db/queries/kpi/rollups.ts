import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { analyzeIfGrown } from "../../imports/statistics";
import { getKpiSettings } from "../org-settings";
import { applyDeviceDelta, deviceDeltaStarted, startDeviceDelta, takePendingDeltas } from "./rollups-device-delta";
import { rebuildDeviceRollups } from "./rollups-devices";
import { refreshTicketRollups, slaTargetMicros, TICKET_ROLLUP_TABLES } from "./rollups-tickets";
import { refreshTimeRollups, TIME_ROLLUP_TABLES } from "./rollups-time";
import { CHANGED_ROWS, changedRowsCaptured, lockOrgRollups } from "./rollups-touched";

// The KPI rollups are derived data, kept per org and per part from the base tables: refreshed after
// an import changed rows of that part (server/imports/run-import.ts) or a webhook batch changed
// devices (server/webhooks/after-batch.ts), and rebuilt in the background when the settings a part
// was built with (time zone, SLA targets) changed (rollup-settings.ts). A writer that changes base
// rows any other way calls refreshKpiRollups itself.

export const ROLLUP_PARTS = ["time", "tickets", "devices"] as const;
export type RollupPart = (typeof ROLLUP_PARTS)[number];

const PARTS_BY_KIND: Record<ImportKind, RollupPart[]> = {
  clients: [],
  contracts: [],
  technicians: ["time", "tickets"], // merging placeholders moves time entries and tickets to another technician
  tickets: ["tickets"],
  time: ["time"],
  devices: ["devices"],
  "device-status": ["devices"],
};

export type RollupSettings = Pick<KpiSettings, "timeZone" | "slaTargetMinutes">;

/** The settings each part's figures depend on besides the base rows. */
export const PART_SETTINGS: Record<RollupPart, (keyof RollupSettings)[]> = { time: [], tickets: ["timeZone", "slaTargetMinutes"], devices: ["timeZone"] };

/** The tables a part keeps. */
export const PART_TABLES: Record<RollupPart, readonly string[]> = { time: TIME_ROLLUP_TABLES, tickets: TICKET_ROLLUP_TABLES, devices: ["kpi_device_client_days"] };

/** What a part's figures depend on besides the base rows; a different key means a rebuild. */
export function settingsKey(part: RollupPart, settings: RollupSettings): string {
  if (part === "time") return "";
  if (part === "devices") return settings.timeZone;
  return `${settings.timeZone} ${slaTargetMicros(settings).join(" ")}`;
}

/** What of a part to refresh; neither changedRows nor deviceDelta: rebuild it whole. */
interface RefreshScope {
  /** tickets, time: add the difference these signed rows make (rollup-table.ts). */
  changedRows?: string;
  /** devices: add the delta this transaction collected (rollups-device-delta.ts). */
  deviceDelta?: boolean;
  /** How many records the import changed: a few rollup rows each, for the tables' statistics. */
  changedRecords?: number;
}

export async function refreshPart(db: SqlRunner, orgId: number, part: RollupPart, settings: RollupSettings, scope: RefreshScope = {}): Promise<void> {
  await lockOrgRollups(db, orgId);
  // For this transaction only: big group-bys stay in memory, and no JIT — compiling the device
  // refresh took 5-6 s on the bench MSP (its estimates are far too high), running it about 1 s.
  await db.query("select set_config('work_mem', '256MB', true), set_config('jit', 'off', true)");
  if (part === "time") await refreshTimeRollups(db, orgId, scope.changedRows);
  else if (part === "tickets") await refreshTicketRollups(db, orgId, settings, scope.changedRows);
  else if (scope.deviceDelta) await applyDeviceDelta(db, orgId);
  else await rebuildDeviceRollups(db, orgId, settings.timeZone);
  // The KPI queries plan on the statistics of the part's tables. Autovacuum would refresh them later
  // on PostgreSQL; PGlite has none, and on stale statistics the demo's KPI report cost twice the
  // CPU. A whole rebuild rewrote all of the org's rows; an import's refresh, a few per record.
  const whole = !scope.changedRows && !scope.deviceDelta;
  for (const table of PART_TABLES[part]) {
    const changed = whole ? await orgRows(db, table, orgId) : scope.changedRecords;
    if (changed !== undefined) await analyzeIfGrown(db, table, changed);
  }
  const builtWith = Object.fromEntries(PART_SETTINGS[part].map((name) => [name, settings[name]]));
  await db.query(
    `insert into kpi_rollup_state (org_id, part, settings_key, built_with, refreshed_at) values ($1, $2, $3, $4::text::jsonb, now())
     on conflict (org_id, part) do update set settings_key = excluded.settings_key, built_with = excluded.built_with, refreshed_at = excluded.refreshed_at`,
    [orgId, part, settingsKey(part, settings), JSON.stringify(builtWith)],
  );
}

async function orgRows(db: SqlRunner, table: string, orgId: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where org_id = $1`, [orgId]);
  return row?.n ?? 0;
}

export interface ImportChanges {
  inserted: number;
  updated: number;
  /**
   * The import run, inside its transaction: then only what it touched is refreshed (what
   * rollups-touched.ts captured around the merge).
   */
  runId?: number;
}

/**
 * Refreshes the rollups an import of `kind` can change ("all": rebuilds every part), with the org's
 * stored settings. Pass the merge counts (and run id) to skip the work when the import changed
 * nothing, and to refresh only the groups it touched while the part is current. Call it inside the
 * transaction that wrote the rows, so the figures never lag the data.
 */
export async function refreshKpiRollups(db: SqlRunner, orgId: number, kind: ImportKind | "all", changes?: ImportChanges): Promise<void> {
  const parts = kind === "all" ? ROLLUP_PARTS : PARTS_BY_KIND[kind];
  if (parts.length === 0 || (changes && changes.inserted + changes.updated === 0)) return;
  await lockOrgRollups(db, orgId);
  const settings = await getKpiSettings(db, orgId);
  for (const part of parts) {
    const runId = changes?.runId;
    const scope = runId !== undefined && (await isCurrent(db, orgId, part, settings)) ? await importScope(db, part, kind) : {};
    await refreshPart(db, orgId, part, settings, { ...scope, changedRecords: changes && changes.inserted + changes.updated });
  }
}

/** What of `part` an import of `kind` touched, as captured in its transaction; empty: rebuild it whole. */
async function importScope(db: SqlRunner, part: RollupPart, kind: ImportKind | "all"): Promise<RefreshScope> {
  if (part === "devices") return { deviceDelta: await deviceDeltaStarted(db) };
  if (kind !== part || !(await changedRowsCaptured(db))) return {}; // a technicians import moves time entries and tickets it does not name
  return { changedRows: CHANGED_ROWS };
}

/**
 * Refreshes the device figures after webhook batches: adds the deltas they left pending
 * (`whole`: rebuilds them whole instead).
 */
export async function refreshDeviceRollupsAfterEvents(db: SqlRunner, orgId: number, whole: boolean): Promise<void> {
  await lockOrgRollups(db, orgId);
  const settings = await getKpiSettings(db, orgId);
  if (!whole && (await isCurrent(db, orgId, "devices", settings))) {
    await startDeviceDelta(db);
    if (await takePendingDeltas(db, orgId, settings.timeZone)) return refreshPart(db, orgId, "devices", settings, { deviceDelta: true });
  }
  await refreshPart(db, orgId, "devices", settings);
}

export async function isCurrent(db: SqlRunner, orgId: number, part: RollupPart, settings: RollupSettings): Promise<boolean> {
  const [row] = await db.query<{ settings_key: string }>("select settings_key from kpi_rollup_state where org_id = $1 and part = $2", [orgId, part]);
  return row?.settings_key === settingsKey(part, settings);
}
