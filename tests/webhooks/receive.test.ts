import { expect, it } from "vitest";
import { listEndpoints, rotateSecret } from "@/db/webhooks/endpoints";
import { listEvents } from "@/db/webhooks/inbox";
import { forgetCachedEndpoints, receiveWebhook } from "@/server/webhooks/receive";
import { AppError } from "@/lib/errors";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { authHeaders, deliver, fixture, genericEvent, newEndpoint } from "./helpers";

const rejection = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describeEachDatabase("webhook receiving", (db) => {
  it("stores a signed event once; a redelivery is answered as a duplicate", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    const body = genericEvent("evt-1");
    const first = await deliver(db(), endpoint, body);
    expect(first).toEqual({ id: expect.any(Number), duplicate: false });
    expect(await deliver(db(), endpoint, body)).toEqual({ id: 0, duplicate: true });
    const events = await listEvents(db(), orgId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventKey: "evt-1", status: "received", attempts: 0, source: "generic" });
    const [row] = await listEndpoints(db(), orgId);
    expect(row).toMatchObject({ receivedCount: 1, rejectedCount: 0, lastReceivedAt: expect.any(String) });
  });

  it("concurrent deliveries share one insert and still each get their own answer, duplicates included", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    const bodies = Array.from({ length: 30 }, (_, i) => genericEvent(`c${i % 20}`));
    const results = await Promise.all(bodies.map((b) => deliver(db(), endpoint, b)));
    // Per key exactly one delivery is the stored one (whichever committed first); the rest are duplicates.
    const stored = new Map((await listEvents(db(), orgId)).map((e) => [e.eventKey, e.id]));
    expect(stored.size).toBe(20);
    for (let key = 0; key < 20; key++) {
      const answers = results.filter((_, i) => i % 20 === key);
      expect(answers.filter((r) => !r.duplicate).map((r) => r.id)).toEqual([stored.get(`c${key}`)]);
    }
    expect((await deliver(db(), endpoint, bodies[5]!)).duplicate).toBe(true);
  });

  it("refuses forged, stale and missing credentials, stores nothing and counts them", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic");
    const body = genericEvent("evt-2");
    const forged = authHeaders({ ...endpoint, secret: "whsec_wrong" }, body);
    expect(await rejection(deliver(db(), endpoint, body, { headers: forged }))).toBe("unauthorized");
    const stale = authHeaders(endpoint, body, new Date(Date.now() - 6 * 60_000));
    expect(await rejection(deliver(db(), endpoint, body, { headers: stale }))).toBe("unauthorized");
    expect(await rejection(deliver(db(), endpoint, body, { headers: new Headers() }))).toBe("unauthorized");
    expect(await listEvents(db(), orgId)).toEqual([]);
    const [row] = await listEndpoints(db(), orgId);
    expect(row).toMatchObject({ rejectedCount: 3, lastRejectedAt: expect.any(String), receivedCount: 0 });
  });

  it("answers 404 for an unknown endpoint or the wrong source, 400 for a body that is not JSON", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "ninjaone");
    const body = fixture("ninjaone", "condition-triggered");
    expect(await rejection(deliver(db(), { ...endpoint, publicId: "nope" }, body))).toBe("not_found");
    expect(await rejection(receiveWebhook(db(), { source: "datto-rmm", publicId: endpoint.publicId, body, headers: authHeaders(endpoint, body) }))).toBe("not_found");
    expect(await rejection(deliver(db(), endpoint, "{not json"))).toBe("bad_request");
    expect(await rejection(deliver(db(), await newEndpoint(db(), orgId, "generic"), '{"type":"no id"}'))).toBe("bad_request");
  });

  it("accepts bearer tokens, and both secrets during a rotation", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "datto-rmm");
    expect(endpoint.authMode).toBe("bearer");
    const body = fixture("datto-rmm", "triggered-antivirus");
    expect(await deliver(db(), endpoint, body)).toMatchObject({ duplicate: false });
    const rotated = await rotateSecret(db(), orgId, endpoint.id);
    forgetCachedEndpoints();
    const resolved = fixture("datto-rmm", "resolved-antivirus");
    // The old secret still works during the grace period; so does the new one.
    expect(await deliver(db(), endpoint, resolved)).toMatchObject({ duplicate: false });
    expect(await deliver(db(), { ...endpoint, secret: rotated!.secret }, fixture("datto-rmm", "triggered-backup"))).toMatchObject({ duplicate: false });
    // Once the grace period is over, only the new secret.
    await db().query("update webhook_endpoints set previous_secret_expires_at = now() - interval '1 second' where id = $1", [endpoint.id]);
    forgetCachedEndpoints();
    expect(await rejection(deliver(db(), endpoint, genericEvent("x")))).toBe("unauthorized");
  });

  it("keys Tactical bodies without an alert id by their hash", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "tactical-rmm");
    const body = fixture("tactical-rmm", "failure-check").replace('"4419"', '"None"');
    await deliver(db(), endpoint, body);
    expect(await deliver(db(), endpoint, body)).toMatchObject({ duplicate: true });
    expect((await listEvents(db(), orgId))[0]?.eventKey).toMatch(/^sha256:/);
  });

  it("limits deliveries per endpoint per minute", async () => {
    const orgId = await createTestOrg(db());
    const endpoint = await newEndpoint(db(), orgId, "generic", { rateLimitPerMinute: 2 });
    const now = new Date();
    await deliver(db(), endpoint, genericEvent("r1"), { now });
    await deliver(db(), endpoint, genericEvent("r2"), { now });
    const error = await deliver(db(), endpoint, genericEvent("r3"), { now }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: 30 } });
    expect(await listEvents(db(), orgId)).toHaveLength(2);
  });
});
