import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { discardEvent, listEvents, reprocessEvent } from "@/db/webhooks/inbox";
import { hasDueEvents } from "@/server/webhooks/claim";
import { processWebhookBatch, WebhookWorker, type WorkerOptions } from "@/server/webhooks/worker";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { deliver, fixture, genericEvent, newEndpoint } from "./helpers";

// A frozen clock the tests move forward, so back-off is checked without waiting.
function clock(start = new Date()) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function drain(db: Database, options: WorkerOptions = {}) {
  let total = 0;
  for (;;) {
    const r = await processWebhookBatch(db, options);
    total += r.processed;
    if (r.claimed === 0) return total;
  }
}

const statusRows = (db: Database, orgId: number, device: string) =>
  db.query<{ av_ok: boolean | null; patched: boolean | null; patches_missing: number | null; backup_ok: boolean | null; online: boolean | null; source: string; external_id: string }>(
    `select s.av_ok, s.patched, s.patches_missing, s.backup_ok, s.online, s.source, s.external_id
     from device_status s join devices d on d.org_id = s.org_id and d.id = s.device_id
     where s.org_id = $1 and d.external_id = $2 order by s.observed_at, s.id`,
    [orgId, device],
  );

const alerts = (db: Database, orgId: number) =>
  db.query<{ source: string; event_id: string; kind: string | null; severity: string | null; resolved: boolean; client: string | null }>(
    `select a.source, a.event_id, a.kind, a.severity, a.resolved_at is not null as resolved, c.name as client
     from rmm_alerts a left join clients c on c.org_id = a.org_id and c.id = a.client_id where a.org_id = $1 order by a.id`,
    [orgId],
  );

describeEachDatabase("webhook worker", (db) => {
  // First in the file: the inbox is empty until it delivers, and it removes what it delivered.
  it("an idle worker's look for due events finds a received event, and a retry only once its back-off has passed", async () => {
    expect(await hasDueEvents(db(), null)).toBe(false);
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    const before = new Date(Date.now() - 60_000);
    await deliver(db(), endpoint, genericEvent("due-check", { device: { device_id: "NOT-THERE" }, status: { online: true } }));
    expect(await hasDueEvents(db(), null)).toBe(true);
    expect(await hasDueEvents(db(), before)).toBe(false);

    const t = clock(new Date(Date.now() + 1));
    expect(await processWebhookBatch(db(), { clock: t.now, retry: { maxAttempts: 5, backoffMs: 5_000 } })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await hasDueEvents(db(), t.now())).toBe(false);
    t.advance(5_000);
    expect(await hasDueEvents(db(), t.now())).toBe(true);
    await db().query("delete from webhook_events where org_id = $1", [orgId]);
  });

  it("applies each source's events once: clients and devices created, status carried forward, alerts raised and resolved", async () => {
    const orgId = await createTestOrg(db());
    const send = async (source: Parameters<typeof newEndpoint>[2], names: string[]) => {
      const endpoint = await newEndpoint(db(), orgId, source);
      for (const name of names) await deliver(db(), endpoint, fixture(source, name));
      // Redelivered: stored once, applied once.
      await deliver(db(), endpoint, fixture(source, names[0]!));
    };
    await send("generic", ["status", "patch", "alert-raised", "alert-resolved"]);
    await send("tactical-rmm", ["failure-availability", "resolved-availability", "failure-check"]);
    await send("ninjaone", ["condition-triggered", "condition-reset", "patch-installed", "patch-failed"]);
    await send("datto-rmm", ["triggered-antivirus", "resolved-antivirus", "triggered-backup"]);
    expect(await drain(db())).toBe(14);
    expect(new Set((await listEvents(db(), orgId)).map((e) => e.status))).toEqual(new Set(["processed"]));

    const clients = await db().query<{ name: string; source: string }>("select name, source from clients where org_id = $1 order by name", [orgId]);
    expect(clients).toEqual([
      { name: "Brookfield Veterinary Clinic", source: "datto-rmm" },
      { name: "Harbor & Pine Architects", source: "tactical-rmm" },
      { name: "Lindqvist Dental", source: "generic" },
      { name: "NinjaOne organization 212", source: "ninjaone" },
    ]);
    const [{ n: devices } = { n: 0 }] = await db().query<{ n: number }>("select count(*)::int as n from devices where org_id = $1", [orgId]);
    expect(devices).toBe(8);

    // The patch scan keeps the antivirus and backup state of the full observation before it.
    expect(await statusRows(db(), orgId, "LD-RECEPTION-01")).toEqual([
      { av_ok: true, patched: true, patches_missing: 0, backup_ok: true, online: true, source: "generic", external_id: "gen-7f3a-0001" },
      { av_ok: true, patched: false, patches_missing: 4, backup_ok: true, online: true, source: "generic", external_id: "gen-7f3a-0002" },
    ]);
    expect((await statusRows(db(), orgId, "qWmTzKfVbRxYhNcLpDsJgAeU")).map((s) => s.online)).toEqual([false, true]);
    expect((await statusRows(db(), orgId, "5540")).map((s) => [s.patched, s.online])).toEqual([[true, true], [false, false]]);
    expect((await statusRows(db(), orgId, "5f8e2b1c-77aa-4d19-b0c3-9e61f4d2a835")).map((s) => s.av_ok)).toEqual([false, true]);

    expect(await alerts(db(), orgId)).toEqual([
      { source: "generic", event_id: "gen-7f3a-0003", kind: "backup", severity: "high", resolved: true, client: "Lindqvist Dental" },
      { source: "tactical-rmm", event_id: "4412", kind: "availability", severity: "high", resolved: true, client: "Harbor & Pine Architects" },
      { source: "tactical-rmm", event_id: "4419", kind: "antivirus", severity: "medium", resolved: false, client: "Harbor & Pine Architects" },
      { source: "ninjaone", event_id: "918273", kind: "Disk Usage C: > 90%", severity: "high", resolved: true, client: "NinjaOne organization 212" },
      { source: "datto-rmm", event_id: "a9d2c7e4-1b3f-4c6a-8e5d-7f0b2a4c6e81", kind: "antivirus", severity: "high", resolved: true, client: "Brookfield Veterinary Clinic" },
      { source: "datto-rmm", event_id: "0c3e9b7a-5d21-4f8e-a6c4-2b9d1e7f3a50", kind: "backup", severity: "critical", resolved: false, client: "Brookfield Veterinary Clinic" },
    ]);

    // Reprocessing what was applied changes nothing (every write is keyed or conditional).
    await db().query("update webhook_events set status = 'failed' where org_id = $1", [orgId]);
    for (const e of await listEvents(db(), orgId)) await reprocessEvent(db(), orgId, e.id);
    expect(await drain(db())).toBe(14);
    const [{ n: rows } = { n: 0 }] = await db().query<{ n: number }>("select count(*)::int as n from device_status where org_id = $1", [orgId]);
    expect(rows).toBe(14);
    expect(await alerts(db(), orgId)).toHaveLength(6);
  });

  it("retries an event naming an unknown device with back-off, parks it after 5 attempts, and applies it once reprocessed", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    await deliver(db(), endpoint, genericEvent("orphan", { device: { device_id: "NEW-01" }, status: { online: true } }));
    // A millisecond on: the database stamps microseconds, Date only milliseconds.
    const t = clock(new Date(Date.now() + 1));
    const options = { clock: t.now, retry: { maxAttempts: 5, backoffMs: 5_000 } };
    const state = async () => (await listEvents(db(), orgId))[0]!;

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await processWebhookBatch(db(), options)).toMatchObject({ claimed: 1, failed: 1 });
      const e = await state();
      expect(e).toMatchObject({ attempts: attempt, status: attempt < 5 ? "retrying" : "failed", lastError: expect.stringMatching(/NEW-01.*no client/) });
      // Not due before its back-off has passed.
      expect(await processWebhookBatch(db(), options)).toMatchObject({ claimed: 0 });
      const [{ wait } = { wait: 0 }] = await db().query<{ wait: number }>(
        "select (extract(epoch from next_attempt_at - $2::timestamptz) * 1000)::int as wait from webhook_events where org_id = $1",
        [orgId, t.now().toISOString()],
      );
      waits.push(wait);
      t.advance(wait);
    }
    expect(waits.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    t.advance(3_600_000);
    expect(await processWebhookBatch(db(), options)).toMatchObject({ claimed: 0 });

    // The device arrives (say, from an import); reprocessing applies the parked event.
    const [client] = await db().query<{ id: number }>("insert into clients (org_id, name, source) values ($1, 'Acme', 'generic') returning id", [orgId]);
    await db().query("insert into devices (org_id, client_id, source, external_id) values ($1, $2, 'generic', 'NEW-01')", [orgId, client!.id]);
    expect(await reprocessEvent(db(), orgId, (await state()).id)).toBe(true);
    expect(await processWebhookBatch(db(), options)).toMatchObject({ claimed: 1, processed: 1, failed: 0 });
    expect(await state()).toMatchObject({ status: "processed", attempts: 1, lastError: null });
    expect(await statusRows(db(), orgId, "NEW-01")).toHaveLength(1);
  });

  it("keeps a resolve that arrives before its raise, and merges the late raise into it", async () => {
    const orgId = await createTestOrg(db());
    const alertRows = () =>
      db().query<{ source: string; event_id: string; severity: string | null; message: string | null; occurred_at: Date; resolved_at: Date | null }>(
        "select source, event_id, severity, message, occurred_at, resolved_at from rmm_alerts where org_id = $1 order by source, id",
        [orgId],
      );
    // Without alert ids (generic): matched by device and kind.
    const generic = await newEndpoint(db(), orgId, "generic");
    await deliver(db(), generic, fixture("generic", "alert-resolved"));
    // With alert ids (Datto RMM): matched by the id.
    const datto = await newEndpoint(db(), orgId, "datto-rmm");
    await deliver(db(), datto, fixture("datto-rmm", "resolved-antivirus"));
    await drain(db());
    expect(await alertRows()).toMatchObject([
      { source: "datto-rmm", event_id: "a9d2c7e4-1b3f-4c6a-8e5d-7f0b2a4c6e81", resolved_at: new Date(1741170012000) },
      { source: "generic", event_id: "resolved:gen-7f3a-0004", message: "Backup completed on retry", resolved_at: new Date("2025-03-04T13:45:00Z") },
    ]);

    await deliver(db(), generic, fixture("generic", "alert-raised"));
    await deliver(db(), datto, fixture("datto-rmm", "triggered-antivirus"));
    await drain(db());
    const merged = await alertRows();
    expect(merged).toMatchObject([
      { source: "datto-rmm", event_id: "a9d2c7e4-1b3f-4c6a-8e5d-7f0b2a4c6e81", severity: "high", resolved_at: new Date(1741170012000) },
      {
        source: "generic", event_id: "gen-7f3a-0003", severity: "high", message: "Nightly image backup failed: target share unreachable",
        occurred_at: new Date("2025-03-04T10:02:41.250Z"), resolved_at: new Date("2025-03-04T13:45:00Z"),
      },
    ]);
    expect(merged[0]!.occurred_at.getTime()).toBeLessThan(1741170012000);

    // Reprocessing either event changes nothing.
    for (const e of await listEvents(db(), orgId)) {
      await db().query("update webhook_events set status = 'failed' where org_id = $1 and id = $2", [orgId, e.id]);
      await reprocessEvent(db(), orgId, e.id);
    }
    await drain(db());
    expect(await alertRows()).toEqual(merged);
  });

  it("parks a body its parser refuses; discard keeps it, marked, and never applies it", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    await deliver(db(), endpoint, genericEvent("bad", { client: "Acme", device: { device_id: "D1" }, status: { av_ok: "sometimes" } }));
    const options = { retry: { maxAttempts: 1, backoffMs: 1 } };
    expect(await processWebhookBatch(db(), options)).toMatchObject({ failed: 1 });
    const [parked] = await listEvents(db(), orgId, { status: "failed" });
    expect(parked).toMatchObject({ attempts: 1, lastError: 'status.av_ok: not a yes/no value: "sometimes"' });
    expect(await discardEvent(db(), orgId, parked!.id)).toBe(true);
    expect(await processWebhookBatch(db(), options)).toMatchObject({ claimed: 0 });
    expect(await listEvents(db(), orgId)).toMatchObject([{ status: "discarded", id: parked!.id }]);
    expect(await discardEvent(db(), orgId, parked!.id)).toBe(false);
  });

  it("one event the database refuses holds back only itself", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    const device = { device_id: "D1" };
    await deliver(db(), endpoint, genericEvent("ok-1", { client: "Acme", device, status: { online: true } }));
    // Valid JSON and schema, but beyond the integer column: the batch transaction fails.
    await deliver(db(), endpoint, genericEvent("too-big", { client: "Acme", device, status: { patches_missing: 1e12 } }));
    await deliver(db(), endpoint, genericEvent("ok-2", { client: "Acme", device, status: { av_ok: true } }));
    expect(await processWebhookBatch(db())).toEqual({ claimed: 3, processed: 2, failed: 1, changedOrgs: [orgId] });
    const events = await listEvents(db(), orgId);
    expect(Object.fromEntries(events.map((e) => [e.eventKey, e.status]))).toEqual({ "ok-1": "processed", "too-big": "retrying", "ok-2": "processed" });
    expect(events.find((e) => e.eventKey === "too-big")?.lastError).toMatch(/out of range/);
  });

  it("a worker started after a crash rebuilds the device rollups its predecessor left stale", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    await deliver(db(), endpoint, genericEvent("before-crash", { client: "Crashy", device: { device_id: "K-1" }, status: { online: true } }));
    // The batch commits; the process dies before its throttled rebuild.
    expect(await processWebhookBatch(db())).toMatchObject({ processed: 1, changedOrgs: [orgId] });
    const managedDays = async () =>
      (await db().query<{ n: number }>("select count(*)::int as n from kpi_device_client_days where org_id = $1 and managed > 0", [orgId]))[0]?.n ?? 0;
    expect(await managedDays()).toBe(0);

    const worker = new WebhookWorker(db(), { pollMs: 60_000 });
    worker.start();
    try {
      await expect.poll(managedDays, { timeout: 10_000, interval: 50 }).toBeGreaterThan(0);
      await expect.poll(async () => (await db().query("select 1 from kpi_device_rollups_stale where org_id = $1", [orgId])).length).toBe(0);
    } finally {
      await worker.stop();
    }
  });

  it("the running worker is woken by a stored event, applies it within moments, and stops cleanly", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    // A long poll interval: only the wake-up from receiving can make this quick.
    const worker = new WebhookWorker(db(), { pollMs: 60_000 });
    worker.start();
    const started = Date.now();
    await deliver(db(), endpoint, genericEvent("woken", { client: "Acme", device: { device_id: "W-1" }, status: { online: true } }));
    await expect.poll(async () => (await listEvents(db(), orgId))[0]?.status, { timeout: 10_000, interval: 20 }).toBe("processed");
    expect(Date.now() - started).toBeLessThan(10_000);
    // The KPI rollups (device health per client and day) were rebuilt to include the new device.
    const rollupDays = async () =>
      (await db().query<{ n: number }>(
        `select count(*)::int as n from kpi_device_client_days k join clients c on c.org_id = k.org_id and c.id = k.client_id
         where k.org_id = $1 and c.name = 'Acme' and k.managed > 0`,
        [orgId],
      ))[0]?.n ?? 0;
    await expect.poll(rollupDays, { timeout: 10_000, interval: 50 }).toBeGreaterThan(0);
    const stopping = Date.now();
    await worker.stop();
    expect(Date.now() - stopping).toBeLessThan(2_000);
    // Stopped means stopped: a new event stays received.
    await deliver(db(), endpoint, genericEvent("after-stop"));
    await new Promise((r) => setTimeout(r, 200));
    expect((await listEvents(db(), orgId)).find((e) => e.eventKey === "after-stop")?.status).toBe("received");
    await processWebhookBatch(db());
  });
});
