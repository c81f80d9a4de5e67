import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { refreshKpiRollups } from "@/db/queries/kpi";
import { rebuildDeviceRollups } from "@/db/queries/kpi/rollups-devices";
import { addDays } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { insertEvent } from "@/db/webhooks/inbox";
import { afterWebhookBatch, refreshMarkedDeviceRollups } from "@/server/webhooks/after-batch";
import { processWebhookBatch } from "@/server/webhooks/worker";
import { Random } from "../kpi/random-dataset";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";
import { deliver, genericEvent, newEndpoint } from "../webhooks/helpers";
import { storeSettings } from "./insert-dataset";

// Status imports and webhook batches refresh the device figures by the signed delta of the devices
// they change. After each random step (new observations, updated ones, ones dated before a device's
// earlier ones, several on one day, a file naming one observation twice, events creating devices)
// every client's figures on every day must be those of a whole rebuild: the running-total rows
// equal row for row, each holding its client's figures from its day to the next row. A sentinel
// row of a client that does not exist survives each step, so the steps really were deltas.

const CLIENTS = ["Acme", "Beta", "Gamma", "Delta"];
const STATUS_HEADER = "device_id,observed_at,av_ok,patched,backup_ok,online,last_seen_at,client";
const SENTINEL = "(org_id, client_id, day, managed, av_ok, patched, backup_ok, seen, warranty) values ($1, -1, '1900-01-01', 1, 0, 0, 0, 0, 0)";

type Observation = { device_id: string; observed_at: string; last_seen_at: string | null };

const figures = (db: Pick<Database, "query">, orgId: number) =>
  db.query("select client_id, day::text, managed, av_ok, patched, backup_ok, seen, warranty from kpi_device_client_days where org_id = $1 order by client_id, day", [orgId]);

class Rollback extends Error {}

async function rebuilt(db: Database, orgId: number, timeZone: string): Promise<unknown[]> {
  let rows: unknown[] = [];
  await db
    .transaction(async (tx) => {
      await rebuildDeviceRollups(tx, orgId, timeZone);
      rows = await figures(tx, orgId);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return rows;
}

const flag = (r: Random) => (r.chance(0.2) ? "" : String(r.chance(0.6)));

function statusLine(r: Random, o: Observation): string {
  return [o.device_id, o.observed_at, flag(r), flag(r), flag(r), "true", o.last_seen_at ?? "", ""].join(",");
}

/** Some new observations, some updated ones, some dated before the device's first, some on a day it already has one. */
function statusFile(r: Random, devices: string[], seen: Observation[]): { lines: string[]; added: Observation[] } {
  const added: Observation[] = r.times(1, 8, () => ({
    device_id: r.pick(devices), observed_at: r.instant("2026-02-01", -40, 40), last_seen_at: r.chance(0.3) ? r.instant("2026-01-20", -10, 10) : null,
  }));
  for (const o of r.times(0, 3, () => r.pick(seen))) {
    const first = seen.filter((s) => s.device_id === o.device_id).map((s) => s.observed_at).sort()[0]!;
    added.push({ device_id: o.device_id, observed_at: r.chance(0.5) ? r.after(o.observed_at, 600) : r.instant(first.slice(0, 10), -20, -1), last_seen_at: null });
  }
  const updated = r.times(0, 4, () => r.pick(seen));
  const lines = [...added, ...updated].map((o) => statusLine(r, o));
  if (r.chance(0.4)) lines.push(statusLine(r, r.pick([...added, ...updated])));
  return { lines, added };
}

describeEachDatabase("device figures refreshed by a signed delta = a whole rebuild", (db) => {
  it.each([7600, 7601, 7602])("random status imports and webhook batches, seed %i", async (seed) => {
    const r = Random.seeded(seed);
    const orgId = await createTestOrg(db());
    const timeZone = r.pick(["UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"]);
    await storeSettings(db(), orgId, { ...DEFAULT_KPI_SETTINGS, timeZone });
    const devices = Array.from({ length: 10 }, (_, i) => `dev-${i}`);
    const maybe = (date: string) => (r.chance(0.3) ? "" : date);
    const deviceRows = devices.map((d) => {
      const since = r.date("2026-01-01", -60, 30);
      return [d, r.pick(CLIENTS), d, "workstation", maybe(since), r.chance(0.3) ? addDays(since, r.int(5, 90)) : "", maybe(r.date("2026-01-01", -30, 90))].join(",");
    });
    await importText(db(), orgId, ["device_id,client,hostname,kind,managed_since,retired_on,warranty_end", ...deviceRows].join("\n"), { kind: "devices", format: "generic" });
    const seen: Observation[] = devices.flatMap((d) => r.times(1, 4, () => ({ device_id: d, observed_at: r.instant("2026-01-15", -30, 30), last_seen_at: null })));
    await importText(db(), orgId, [STATUS_HEADER, ...seen.map((o) => statusLine(r, o))].join("\n"), { kind: "device-status", format: "generic" });
    await refreshKpiRollups(db(), orgId, "all");
    await db().query(`insert into kpi_device_client_days ${SENTINEL}`, [orgId]);
    const endpoint = await newEndpoint(db(), orgId, "generic");
    let pending = 0;

    for (let step = 1; step <= 6; step++) {
      if (r.chance(0.5)) {
        const { lines, added } = statusFile(r, devices, seen);
        await importText(db(), orgId, [STATUS_HEADER, ...lines].join("\n"), { kind: "device-status", format: "generic" });
        seen.push(...added);
      } else {
        for (let i = r.int(1, 6); i > 0; i--) {
          const device = r.chance(0.8) ? r.pick(devices) : `hook-${step}-${i}`;
          await deliver(db(), endpoint, JSON.stringify({
            event_id: `${seed}-${step}-${i}`, type: "device.status", occurred_at: r.instant("2026-01-20", -50, 40), client: r.pick(CLIENTS),
            device: { device_id: device }, status: { av_ok: r.chance(0.6), patched: r.chance(0.6), backup_ok: r.chance(0.6), online: true },
          }));
        }
        const result = await processWebhookBatch(db());
        pending += (await db().query("select 1 from kpi_device_pending_deltas where org_id = $1", [orgId])).length;
        await afterWebhookBatch(db(), result.changedOrgs);
        expect(await db().query("select 1 from kpi_device_pending_deltas where org_id = $1", [orgId]), `step ${step}: taken by the refresh`).toHaveLength(0);
      }
      const sentinel = await db().query("delete from kpi_device_client_days where org_id = $1 and client_id = -1 returning 1", [orgId]);
      expect(sentinel, `seed ${seed}, step ${step}: rebuilt whole`).toHaveLength(1);
      expect(await figures(db(), orgId), `seed ${seed}, step ${step}`).toEqual(await rebuilt(db(), orgId, timeZone));
      await db().query(`insert into kpi_device_client_days ${SENTINEL}`, [orgId]);
    }
    expect(pending, "the batches left deltas for the refresh").toBeGreaterThan(0);
  }, 120_000);

  it("two workers applying batches of the same devices at once leave deltas that add up", async () => {
    const orgId = await createTestOrg(db());
    await storeSettings(db(), orgId, { ...DEFAULT_KPI_SETTINGS, timeZone: "Europe/Berlin" });
    await refreshKpiRollups(db(), orgId, "all");
    const endpoint = await newEndpoint(db(), orgId, "generic");
    for (let i = 0; i < 240; i++) {
      const body = genericEvent(`c${i}`, {
        occurred_at: new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 30), (i * 5) % 24)).toISOString(), client: CLIENTS[i % 4],
        device: { device_id: `DEV-${i % 12}` }, status: { av_ok: i % 3 !== 0, patched: i % 4 !== 0, online: true },
      });
      await insertEvent(db(), { orgId, endpointId: endpoint.id, eventKey: `c${i}`, body, headers: {} });
    }
    const work = async () => {
      for (let batch = await processWebhookBatch(db(), { batchSize: 10 }); batch.claimed > 0; batch = await processWebhookBatch(db(), { batchSize: 10 })) {
        expect(batch.failed).toBe(0);
      }
    };
    await Promise.all([work(), work()]);
    await refreshMarkedDeviceRollups(db(), orgId);
    expect(await db().query("select 1 from kpi_device_pending_deltas where org_id = $1", [orgId])).toHaveLength(0);
    expect(await figures(db(), orgId)).toEqual(await rebuilt(db(), orgId, "Europe/Berlin"));
  }, 120_000);

  it("a pending delta of another time zone than the rollup's is not added: the figures are rebuilt whole", async () => {
    const orgId = await createTestOrg(db());
    await storeSettings(db(), orgId, { ...DEFAULT_KPI_SETTINGS, timeZone: "Pacific/Auckland" });
    const endpoint = await newEndpoint(db(), orgId, "generic");
    await deliver(db(), endpoint, genericEvent("tz-1", { client: "Acme", device: { device_id: "tz-dev" }, status: { av_ok: true } }));
    await processWebhookBatch(db());
    await refreshMarkedDeviceRollups(db(), orgId);
    await db().query(
      `insert into kpi_device_pending_deltas (org_id, time_zone, client_id, day, managed, av_ok, patched, backup_ok, seen, warranty)
       select $1, 'UTC', client_id, '2025-03-05', 1, 1, 0, 0, 0, 0 from devices where org_id = $1`,
      [orgId],
    );
    await db().query("insert into kpi_device_rollups_stale (org_id, since) values ($1, now())", [orgId]);
    await refreshMarkedDeviceRollups(db(), orgId);
    expect(await figures(db(), orgId)).toEqual(await rebuilt(db(), orgId, "Pacific/Auckland"));
    expect(await db().query("select 1 from kpi_device_pending_deltas where org_id = $1", [orgId])).toHaveLength(0);
  });
});
