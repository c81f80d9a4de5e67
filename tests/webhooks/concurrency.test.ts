import { expect, it } from "vitest";
import { insertEvent, listEvents } from "@/db/webhooks/inbox";
import { processWebhookBatch } from "@/server/webhooks/worker";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { genericEvent, newEndpoint } from "./helpers";

const EVENTS = 1_200;
const DEVICES = 40;

describeEachDatabase("two webhook workers at once", (db) => {
  it("never process the same event twice (FOR UPDATE SKIP LOCKED)", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    for (let i = 0; i < EVENTS; i++) {
      const body = genericEvent(`e${i}`, {
        occurred_at: new Date(Date.UTC(2025, 2, 4, 10, 0, i)).toISOString(),
        client: `Client ${i % 7}`,
        device: { device_id: `DEV-${i % DEVICES}` },
        status: Math.floor(i / DEVICES) % 2 ? { online: i % 3 !== 0 } : { patched: i % 5 !== 4 },
        alert: i % 10 === 0 ? { kind: "cpu", severity: "warning", resolved: i % 20 === 0 } : undefined,
      });
      await insertEvent(db(), { orgId, endpointId: endpoint.id, eventKey: `e${i}`, body, headers: {} });
    }
    const claimedBy = [0, 0];
    const loop = async (n: number) => {
      for (;;) {
        const r = await processWebhookBatch(db(), { batchSize: 25 });
        claimedBy[n]! += r.claimed;
        expect(r.failed).toBe(0);
        if (r.claimed === 0) return;
      }
    };
    await Promise.all([loop(0), loop(1)]);

    // Every event was claimed exactly once in all, and each applied exactly once.
    expect(claimedBy[0]! + claimedBy[1]!).toBe(EVENTS);
    if (db().kind === "postgres") expect(Math.min(...claimedBy)).toBeGreaterThan(0);
    const statuses = await listEvents(db(), orgId, { limit: EVENTS });
    expect(statuses.every((e) => e.status === "processed" && e.attempts === 1)).toBe(true);
    const [counts] = await db().query<{ rows: number; distinct_keys: number; devices: number; clients: number }>(
      `select count(*)::int as rows, count(distinct external_id)::int as distinct_keys,
         (select count(*)::int from devices where org_id = $1) as devices, (select count(*)::int from clients where org_id = $1) as clients
       from device_status where org_id = $1`,
      [orgId],
    );
    expect(counts).toEqual({ rows: EVENTS, distinct_keys: EVENTS, devices: DEVICES, clients: 7 });
    // Each event carries forward the other flag: every device's latest observation knows both.
    const latest = await db().query<{ online: boolean | null; patched: boolean | null }>(
      `select distinct on (s.device_id) s.online, s.patched from device_status s
       where s.org_id = $1 order by s.device_id, s.observed_at desc, s.id desc`,
      [orgId],
    );
    expect(latest).toHaveLength(DEVICES);
    expect(latest.filter((r) => r.online === null || r.patched === null)).toEqual([]);
  });
});
