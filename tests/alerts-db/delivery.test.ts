import { afterAll, beforeAll, expect, it } from "vitest";
import { createAlertRule, listDeliveries, retryDeliveryNow } from "@/db/alerts";
import { deliverDueAlerts, evaluateAlerts } from "@/server/alerts";
import { AlertRuleInput, DELIVERY_BACKOFF_MS } from "@/lib/alerts";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { closedPortUrl, importTickets, readMail, startHttpEndpoint, startSmtpServer } from "./helpers";

// Deliveries to a real HTTP endpoint and a real SMTP server on loopback, with a frozen clock so
// the back-off can be walked through: 30 s, 2 min, 10 min, 1 h, then failed. Loopback is refused
// as a webhook host unless allowed, so these tests allow it, each call explicitly.

const T0 = new Date("2026-03-12T12:00:00Z");
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const LOOPBACK_ALLOWED = { allowedWebhookHosts: ["127.0.0.1"] };

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
});

async function firingOrg(db: () => import("@/db/client").Database, channels: Pick<AlertRuleInput, "webhookUrl" | "emailTo">) {
  const orgId = await createTestOrg(db());
  await importTickets(db(), orgId, "Acme", "2026-03-10T09:00:00Z", 4, "A");
  const rule = AlertRuleInput.parse({ name: "Acme tickets above 3", kpi: "client.tickets_created", subject: "Acme", comparator: "above", threshold: 3, window: "this-week", severity: "critical" });
  await createAlertRule(db(), orgId, { ...rule, ...channels });
  expect(await evaluateAlerts(db(), orgId, { now: T0 })).toMatchObject({ fired: 1 });
  return orgId;
}

describeEachDatabase("alert deliveries", (db) => {
  it("posts a Slack/Teams body to the webhook, retries after a 500 with back-off, and is delivered on the retry", async () => {
    const endpoint = await startHttpEndpoint([500, 200]);
    try {
      const orgId = await firingOrg(db, { webhookUrl: endpoint.url, emailTo: [] });
      expect(await deliverDueAlerts(db(), { now: at(0), ...LOOPBACK_ALLOWED })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
      const [waiting] = await listDeliveries(db(), orgId);
      expect(waiting).toMatchObject({ channel: "webhook", status: "pending", attempts: 1, lastError: "HTTP 500 Internal Server Error", nextAttemptAt: new Date(T0.getTime() + 30_000) });

      // Not due yet 10 s later; due after 30 s.
      expect(await deliverDueAlerts(db(), { now: at(10_000), ...LOOPBACK_ALLOWED })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
      expect(await deliverDueAlerts(db(), { now: at(30_000), ...LOOPBACK_ALLOWED })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
      const [done] = await listDeliveries(db(), orgId);
      expect(done).toMatchObject({ status: "delivered", attempts: 2, lastError: null, deliveredAt: new Date(T0.getTime() + 30_000) });

      expect(endpoint.received).toHaveLength(2);
      const body = JSON.parse(endpoint.received[1]!.body) as { text: string };
      expect(endpoint.received[1]!.contentType).toBe("application/json");
      expect(Object.keys(body)).toEqual(["text"]);
      expect(body.text).toContain("[critical] Acme tickets above 3 — Acme: Tickets created 4 (above 3), Mar 9, 2026 – Mar 12, 2026");
      expect(body.text).toMatch(/\/alerts$/);
    } finally {
      await endpoint.close();
    }
  });

  it("e-mails the alert over SMTP, while a dead webhook of the same rule fails on its own and is parked after the last retry", async () => {
    const dead = await closedPortUrl();
    const orgId = await firingOrg(db, { webhookUrl: dead, emailTo: ["owner@msp.example", "ops@msp.example"] });
    const before = smtp.received.length;
    expect(await deliverDueAlerts(db(), { now: at(0), smtpUrl: smtp.url, ...LOOPBACK_ALLOWED })).toEqual({ delivered: 1, retrying: 1, failed: 0 });

    const mail = smtp.received.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to.sort()).toEqual(["ops@msp.example", "owner@msp.example"]);
    const { subject, text } = readMail(mail[0]!.data);
    expect(subject).toBe("[msp-kpi critical] Acme tickets above 3 — Acme");
    expect(text).toContain("[critical] Acme tickets above 3 — Acme: Tickets created 4 (above 3), Mar 9, 2026 – Mar 12, 2026");
    expect(text).toContain("Value: 4\nPrevious / average: 0\nThreshold: above 3\nPeriod: 2026-03-09 – 2026-03-12");
    expect(text).toMatch(/Acknowledge it on the Alerts page: http:\/\/\S+\/alerts/);

    // The webhook: 4 more failures at 30 s, +2 min, +10 min, +1 h after each, then failed for good.
    let elapsed = 0;
    for (const wait of DELIVERY_BACKOFF_MS) {
      elapsed += wait;
      const result = await deliverDueAlerts(db(), { now: at(elapsed), smtpUrl: smtp.url, ...LOOPBACK_ALLOWED });
      expect(result.delivered).toBe(0);
    }
    const rows = await listDeliveries(db(), orgId);
    expect(rows.map((r) => [r.channel, r.status, r.attempts])).toEqual(
      expect.arrayContaining([["webhook", "failed", 5], ["email", "delivered", 1]]),
    );
    const failed = rows.find((r) => r.channel === "webhook")!;
    expect(failed.lastError).toMatch(/connect ECONNREFUSED/);
    expect(failed.nextAttemptAt).toBeNull();

    // A manual retry puts it back in the queue.
    expect(await retryDeliveryNow(db(), orgId, failed.id, at(elapsed)())).toBe(true);
    expect((await listDeliveries(db(), orgId)).find((r) => r.id === failed.id)).toMatchObject({ status: "pending" });
  });

  it("refuses at send time a webhook host that is internal by address or by what its name resolves to, unless allowed", async () => {
    const endpoint = await startHttpEndpoint([200]);
    try {
      const port = new URL(endpoint.url).port;
      // Stored as such (saved before the check, or allowed then): the send is what must refuse them.
      const byAddress = await firingOrg(db, { webhookUrl: endpoint.url, emailTo: [] });
      const byName = await firingOrg(db, { webhookUrl: `http://localhost:${port}/hook`, emailTo: [] });
      expect(await deliverDueAlerts(db(), { now: at(0), allowedWebhookHosts: [] })).toEqual({ delivered: 0, retrying: 2, failed: 0 });
      expect(endpoint.received).toHaveLength(0);
      expect((await listDeliveries(db(), byAddress))[0]!.lastError).toMatch(/^refused: 127\.0\.0\.1 is a loopback, private or link-local address/);
      expect((await listDeliveries(db(), byName))[0]!.lastError).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback/);

      // Once the host is allowed, the retry goes through.
      expect(await deliverDueAlerts(db(), { now: at(DELIVERY_BACKOFF_MS[0]!), allowedWebhookHosts: ["127.0.0.1"] })).toMatchObject({ delivered: 1 });
      expect(endpoint.received).toHaveLength(1);
    } finally {
      await endpoint.close();
    }
  });
});
