import Big from "big.js";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { refreshKpiRollups } from "@/db/queries/kpi";
import { addDays } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { processWebhookBatch } from "@/server/webhooks/worker";
import { afterWebhookBatch } from "@/server/webhooks/after-batch";
import { Random, randomCase } from "../kpi/random-dataset";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";
import { deliver, newEndpoint } from "../webhooks/helpers";
import { storeSettings } from "./insert-dataset";

// Imports and webhook batches refresh only the rollup groups they touch. After every step of a
// random sequence (new rows; updates that move rows to other days, months, clients, technicians;
// a file repeating an id) the rollups must equal a full rebuild, up to a numeric's trailing zeros.
// A sentinel row in every rollup table, in a group no step touches, must survive each step: a full
// rebuild would delete it, so the steps really were incremental.

const ROLLUP_TABLES: Record<string, string> = {
  kpi_ticket_days: "(org_id, day, created, sla_met, sla_missed, csat_count, csat_sum, csat_positive) values ($1, '1900-01-01', 1, 0, 0, 0, 0, 0)",
  kpi_ticket_pending: "(org_id, day, deadline_day, tickets) values ($1, '1900-01-01', '1900-01-02', 1)",
  kpi_ticket_client_days:
    "(org_id, grain, day, client_id, created, sla_met, sla_missed, csat_count, csat_sum, csat_positive) values ($1, 'd', '1900-01-01', -1, 1, 1, 0, 1, 5, 1)",
  kpi_client_ticket_pending: "(org_id, day, deadline_day, client_id, tickets) values ($1, '1900-01-01', '1900-01-02', -1, 1)",
  kpi_ticket_durations: "(org_id, measure, grain, day, bucket, tickets) values ($1, 'response', 'm', '1900-01-01', 0, 1)",
  kpi_technician_ticket_days:
    "(org_id, grain, day, technician_id, created, sla_met, sla_missed, resolved, csat_count, csat_sum, csat_positive) values ($1, 'm', '1900-01-01', -1, 1, 0, 0, 0, 0, 0, 0)",
  kpi_technician_ticket_pending: "(org_id, day, deadline_day, technician_id, tickets) values ($1, '1900-01-01', '1900-01-02', -1, 1)",
  kpi_technician_ticket_responses: "(org_id, grain, day, technician_id, bucket, tickets) values ($1, 'd', '1900-01-01', -1, 0, 1)",
  kpi_time_technician_days: "(org_id, grain, day, technician_id, entries, logged, billable, billed) values ($1, 'd', '1900-01-01', -1, 1, 1, 1, 1)",
  kpi_time_client_days: "(org_id, grain, day, client_id, entries, hours) values ($1, 'm', '1900-01-01', -1, 1, 1)",
  kpi_time_client_technician_days:
    "(org_id, grain, day, client_id, technician_id, entries, hours, reactive, billed) values ($1, 'd', '1900-01-01', -1, -1, 1, 1, 1, 1)",
  kpi_device_client_days: "(org_id, client_id, day, managed, av_ok, patched, backup_ok, seen, warranty) values ($1, -1, '1900-01-01', 1, 0, 0, 0, 0, 0)",
};

const SLOW = 120_000;
const NUMBER = /^-?\d+(\.\d+)?$/;
const normal = (v: unknown) => (typeof v === "string" && NUMBER.test(v) ? new Big(v).toString() : v instanceof Date ? v.toISOString() : v);

async function rollups(db: Pick<Database, "query">, orgId: number): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.keys(ROLLUP_TABLES)) {
    const [{ n }] = (await db.query<{ n: number }>(`select count(*)::int as n from information_schema.columns where table_name = $1`, [table])) as [{ n: number }];
    const order = Array.from({ length: n }, (_, i) => i + 1).join(", ");
    const rows = await db.query<Record<string, unknown>>(`select * from ${table} where org_id = $1 order by ${order}`, [orgId]);
    out[table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, normal(v)])));
  }
  return out;
}

class Rollback extends Error {}

/** What a full rebuild gives, without keeping it: the incremental state goes on into the next step. */
async function rebuilt(db: Database, orgId: number): Promise<Record<string, unknown[]>> {
  let result: Record<string, unknown[]> = {};
  await db
    .transaction(async (tx) => {
      await refreshKpiRollups(tx, orgId, "all");
      result = await rollups(tx, orgId);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return result;
}

async function addSentinels(db: Database, orgId: number): Promise<void> {
  for (const [table, values] of Object.entries(ROLLUP_TABLES)) await db.query(`insert into ${table} ${values}`, [orgId]);
}

/** Checks the sentinels survived and takes them out again. */
async function removeSentinels(db: Database, orgId: number, label: string): Promise<void> {
  for (const table of Object.keys(ROLLUP_TABLES)) {
    const gone = await db.query(`delete from ${table} where org_id = $1 and day = '1900-01-01' returning 1`, [orgId]);
    expect(gone.length, `${label}: ${table} was rebuilt whole`).toBe(1);
  }
}

async function expectSameAsRebuild(db: Database, orgId: number, label: string): Promise<void> {
  await removeSentinels(db, orgId, label);
  const kept = await rollups(db, orgId);
  expect(kept, label).toEqual(await rebuilt(db, orgId));
  await addSentinels(db, orgId);
}

const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const csv = (header: string, rows: Record<string, unknown>[]) => [header, ...rows.map((r) => header.split(",").map((h) => cell(r[h])).join(","))].join("\n");

const HEADERS = {
  tickets: "ticket_id,client,created_at,first_response_at,resolved_at,status,priority,technician,csat,subject",
  time: "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount,category",
  devices: "device_id,client,hostname,kind,managed_since,retired_on,warranty_end",
  "device-status": "device_id,observed_at,av_ok,patched,patches_missing,backup_ok,online,last_seen_at,client,hostname",
} as const;
type Kind = keyof typeof HEADERS;
type Row = Record<string, unknown>;

/** The org's records as imported so far, by id, so a step can update them. */
class Records {
  readonly byKind: Record<Kind, Map<string, Row>> = { tickets: new Map(), time: new Map(), devices: new Map(), "device-status": new Map() };

  constructor(private readonly db: Database, private readonly orgId: number) {}

  async import(kind: Kind, rows: Row[]): Promise<void> {
    const key = kind === "device-status" ? (r: Row) => `${String(r.device_id)}@${String(r.observed_at)}` : (r: Row) => String(r[{ tickets: "ticket_id", time: "entry_id", devices: "device_id" }[kind]]);
    if (rows.length === 0) return;
    await importText(this.db, this.orgId, csv(HEADERS[kind], rows), { kind, format: "generic" });
    for (const row of rows) this.byKind[kind].set(key(row), row);
  }
}

const CLIENTS = ["Acme", "Beta", "Gamma", "Delta", "Nova"];
const PEOPLE = ["Ann", "Bo", "Cy", "Newt"];

/** Shifts an instant by whole days and some hours (keeping its microseconds). */
function shifted(r: Random, instant: string, days: number): string {
  const ms = Date.parse(instant.slice(0, 19) + "Z") + days * 86_400_000 + r.int(-12, 12) * 3_600_000;
  return new Date(ms).toISOString().slice(0, 19) + instant.slice(19);
}

function changedTicket(r: Random, t: Row): Row {
  const created = r.chance(0.7) ? shifted(r, String(t.created_at), r.pick([-40, -1, 0, 1, 3, 31, 62])) : String(t.created_at);
  const resolved = r.chance(0.6) ? r.after(created, 8000) : null;
  return {
    ...t,
    created_at: created,
    first_response_at: r.chance(0.6) ? r.after(created, 600) : null,
    resolved_at: resolved,
    priority: r.chance(0.8) ? r.pick(["P1", "P2", "P3", "P4"]) : null,
    client: r.chance(0.3) ? r.pick(CLIENTS) : t.client,
    technician: r.chance(0.4) ? (r.chance(0.2) ? null : r.pick(PEOPLE)) : t.technician,
    csat: resolved && r.chance(0.5) ? r.int(1, 5) : null,
  };
}

function changedEntry(r: Random, e: Row): Row {
  return {
    ...e,
    work_date: r.chance(0.7) ? addDays(String(e.work_date), r.pick([-35, -1, 1, 2, 30, 90])) : e.work_date,
    client: r.chance(0.3) ? r.pick(CLIENTS) : e.client,
    technician: r.chance(0.3) ? r.pick(PEOPLE) : e.technician,
    hours: r.chance(0.5) ? r.decimal(10, r.pick([0, 2, 3])) : e.hours,
    billable: r.chance(0.3) ? !e.billable : e.billable,
    rate: r.chance(0.3) ? r.decimal(150, 2) : e.rate,
    amount: r.chance(0.2) ? r.decimal(500, 2) : r.chance(0.5) ? null : e.amount,
    category: r.chance(0.3) ? r.pick(["reactive", "proactive", "project", "internal"]) : e.category,
    ticket_id: r.chance(0.2) ? null : e.ticket_id,
  };
}

function changedDevice(r: Random, d: Row): Row {
  const since = r.chance(0.2) ? null : r.chance(0.5) ? addDays(String(d.managed_since ?? "2026-01-01"), r.int(-60, 60)) : d.managed_since;
  return {
    ...d,
    client: r.chance(0.3) ? r.pick(CLIENTS) : d.client,
    managed_since: since,
    retired_on: r.chance(0.3) ? (r.chance(0.3) ? null : addDays(String(since ?? "2026-01-01"), r.int(-5, 120))) : d.retired_on,
    warranty_end: r.chance(0.3) ? (r.chance(0.3) ? null : addDays("2026-01-01", r.int(-120, 240))) : d.warranty_end,
    hostname: r.chance(0.3) ? `host-${r.int(0, 99)}` : d.hostname,
  };
}

/** Some new rows (from another generated case, renamed) and changed versions of existing ones; now and then one id twice. */
function stepRows(r: Random, kind: Kind, records: Records, fresh: Row[], step: number): Row[] {
  const existing = [...records.byKind[kind].values()];
  const updates = r.times(0, Math.min(existing.length, 8), () => r.pick(existing));
  const changed = updates.map((row) => {
    if (kind === "tickets") return changedTicket(r, row);
    if (kind === "time") return changedEntry(r, row);
    if (kind === "devices") return changedDevice(r, row);
    const flag = () => (r.chance(0.2) ? null : r.chance(0.6));
    return { ...row, av_ok: flag(), patched: flag(), backup_ok: flag(), last_seen_at: r.chance(0.5) ? null : row.last_seen_at };
  });
  const added = fresh.slice(0, r.int(0, 6)).map((row) => {
    const id = { tickets: "ticket_id", time: "entry_id", devices: "device_id", "device-status": "" }[kind];
    return id ? { ...row, [id]: `s${step}-${String(row[id])}` } : row;
  });
  const rows = [...changed, ...added];
  if (rows.length > 0 && r.chance(0.3) && kind !== "device-status") rows.push(kind === "tickets" ? changedTicket(r, rows[0]!) : kind === "time" ? changedEntry(r, rows[0]!) : changedDevice(r, rows[0]!));
  return rows;
}

/** Status rows for the org's devices (and now and then one for a new device, which the row's client creates). */
function statusRows(r: Random, records: Records, fresh: Row[], step: number): Row[] {
  const devices = [...records.byKind.devices.keys()];
  const rows = fresh.slice(0, r.int(0, 8)).map((s) => ({ ...s, device_id: devices.length > 0 ? r.pick(devices) : `new-${step}`, client: devices.length > 0 ? null : "Acme" }));
  if (r.chance(0.25)) rows.push({ ...(fresh[0] ?? { observed_at: "2026-02-01T10:00:00Z" }), device_id: `new-${step}`, client: r.pick(CLIENTS) });
  return rows;
}

describeEachDatabase("incremental rollups = full rebuild", (db) => {
  // One seed per test; each does some 30 imports and rebuilds, which a busy machine may stretch.
  it.each([7400, 7401, 7402, 7403, 7404, 7405, 7406, 7407])("random import sequence, seed %i", async (seed) => {
    const r = Random.seeded(seed);
    const base = randomCase(seed);
    const orgId = await createTestOrg(db());
    await storeSettings(db(), orgId, {
      ...base.settings,
      timeZone: r.pick(["UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"]),
      slaTargetMinutes: r.chance(0.5) ? { P1: 30, P2: 90.5, P3: 600, P4: 2880 } : DEFAULT_KPI_SETTINGS.slaTargetMinutes,
    });
    const records = new Records(db(), orgId);
    const { data } = base;
    await records.import("devices", data.devices);
    await records.import("device-status", data.deviceStatus);
    await records.import("time", data.timeEntries);
    await records.import("tickets", data.tickets);
    await refreshKpiRollups(db(), orgId, "all");
    await addSentinels(db(), orgId);
    for (let step = 1; step <= 6; step++) {
      const kind = r.pick(Object.keys(HEADERS) as Kind[]);
      const fresh = randomCase(seed * 100 + step).data;
      const rows =
        kind === "device-status"
          ? statusRows(r, records, fresh.deviceStatus, step)
          : stepRows(r, kind, records, { tickets: fresh.tickets, time: fresh.timeEntries, devices: fresh.devices }[kind], step);
      await records.import(kind, rows);
      await expectSameAsRebuild(db(), orgId, `seed ${seed}, step ${step}: ${rows.length} ${kind} rows`);
    }
  }, SLOW);

  it("webhook batches refresh the device figures of the clients they touch, from their earliest day", async () => {
    for (const seed of [7450, 7451]) {
      const r = Random.seeded(seed);
      const { data } = randomCase(seed);
      const orgId = await createTestOrg(db());
      await storeSettings(db(), orgId, { ...DEFAULT_KPI_SETTINGS, timeZone: r.pick(["Europe/Berlin", "Pacific/Auckland", "America/New_York"]) });
      const records = new Records(db(), orgId);
      await records.import("devices", data.devices);
      await records.import("device-status", data.deviceStatus);
      await refreshKpiRollups(db(), orgId, "all");
      await addSentinels(db(), orgId);
      const endpoint = await newEndpoint(db(), orgId, "generic");
      for (let batch = 1; batch <= 3; batch++) {
        const known = [...records.byKind.devices.keys()];
        for (let i = r.int(1, 6); i > 0; i--) {
          const device = known.length > 0 && r.chance(0.8) ? r.pick(known) : `hook-${batch}-${i}`;
          const flag = () => (r.chance(0.2) ? undefined : r.chance(0.6));
          await deliver(db(), endpoint, JSON.stringify({
            event_id: `${seed}-${batch}-${i}`, type: "device.status", occurred_at: r.instant("2026-01-01", -90, 90), client: r.pick(CLIENTS),
            device: { device_id: device }, status: { av_ok: flag(), patched: flag(), backup_ok: flag(), online: true },
          }));
        }
        const result = await processWebhookBatch(db());
        await afterWebhookBatch(db(), result.changedOrgs);
        await expectSameAsRebuild(db(), orgId, `seed ${seed}, batch ${batch}`);
      }
    }
  }, SLOW);
});
