import { expect, it } from "vitest";
import { acknowledgeFiring, countUnreadAlerts, createAlertRule, listFirings, previewAlertRules, setAlertRuleMuted, deleteAlertRule } from "@/db/alerts";
import { evaluateAlerts } from "@/server/alerts";
import { afterWebhookBatch } from "@/server/webhooks/after-batch";
import { refreshKpiRollups } from "@/db/queries/kpi";
import { AlertRuleInput, alertPreset } from "@/lib/alerts";
import { contract, dataset, entry, technician, ticket } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importTickets } from "./helpers";

// Evaluation over imported tickets with a frozen clock. Thursday 2026-03-12 (org in UTC): "this
// week" is Mon 03-09 … Thu 03-12. The import hook evaluates too, with the real clock, which sees
// none of these March tickets in its week, so only the explicit evaluations below move alerts.

const THURSDAY = new Date("2026-03-12T12:00:00Z");
const NEXT_MONDAY = new Date("2026-03-16T12:00:00Z");

const rule = (over: Partial<AlertRuleInput> = {}) =>
  AlertRuleInput.parse({ name: "Client tickets this week above 3", kpi: "client.tickets_created", comparator: "above", threshold: 3, window: "this-week", ...over });

describeEachDatabase("alert evaluation", (db) => {
  it("fires once per crossing, not again while crossed, resolves when back, and fires again on the next crossing", async () => {
    const orgId = await createTestOrg(db());
    await importTickets(db(), orgId, "Acme", "2026-03-10T09:00:00Z", 4, "A");
    await importTickets(db(), orgId, "Beta", "2026-03-10T09:00:00Z", 2, "B");
    const created = await createAlertRule(db(), orgId, rule());

    // Acme 4 > 3 fires; Beta 2 does not.
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toEqual({ rules: 1, fired: 1, resolved: 0, open: 1 });
    // The same figures again: de-duplicated, nothing new.
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toEqual({ rules: 1, fired: 0, resolved: 0, open: 1 });
    const [first, ...others] = await listFirings(db(), orgId);
    expect(others).toEqual([]);
    expect(first).toMatchObject({
      ruleId: created.id, ruleName: "Client tickets this week above 3", subject: "Acme", state: "firing", severity: "warning",
      kpi: "client.tickets_created", comparator: "above", threshold: 3, value: 4, previous: 0, measured: 4,
      periodFrom: "2026-03-09", periodTo: "2026-03-12", firedAt: THURSDAY, resolvedAt: null,
    });
    expect(await countUnreadAlerts(db(), orgId)).toBe(1);

    // Acknowledged: no longer unread, still open, still not fired twice.
    expect(await acknowledgeFiring(db(), orgId, first!.id, "user:1")).toBe(true);
    expect(await acknowledgeFiring(db(), orgId, first!.id, "user:1")).toBe(false);
    expect(await countUnreadAlerts(db(), orgId)).toBe(0);
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toMatchObject({ fired: 0, open: 1 });

    // A new week: Acme has 0 tickets so far, back on the good side → resolved.
    expect(await evaluateAlerts(db(), orgId, { now: NEXT_MONDAY })).toEqual({ rules: 1, fired: 0, resolved: 1, open: 0 });
    // 5 tickets on Monday cross again → a second alert, the first stays resolved in the history.
    await importTickets(db(), orgId, "Acme", "2026-03-16T08:00:00Z", 5, "C");
    expect(await evaluateAlerts(db(), orgId, { now: NEXT_MONDAY })).toMatchObject({ fired: 1, open: 1 });
    const history = await listFirings(db(), orgId);
    expect(history.map((f) => [f.state, f.value, f.periodFrom, f.acknowledgedBy])).toEqual([
      ["firing", 5, "2026-03-16", null],
      ["resolved", 4, "2026-03-09", "user:1"],
    ]);
    expect(await listFirings(db(), orgId, { state: "resolved" })).toHaveLength(1);
    expect(await listFirings(db(), orgId, { severity: "critical" })).toHaveLength(0);
  });

  it("computes one report per window: a specific client, every client and a business figure in one pass", async () => {
    const orgId = await createTestOrg(db());
    await importTickets(db(), orgId, "Acme", "2026-03-10T09:00:00Z", 4, "A");
    await importTickets(db(), orgId, "Beta", "2026-03-11T09:00:00Z", 6, "B");
    const rules = [
      rule({ name: "Beta above 5", subject: "Beta", threshold: 5 }),
      rule({ name: "Any client above 3" }),
      rule({ name: "All tickets above 9", kpi: "tickets_created", threshold: 9 }),
      rule({ name: "All tickets up 50 % on last week", kpi: "tickets_created", comparator: "rise-pct", threshold: 50 }),
    ];
    const previews = await previewAlertRules(db(), orgId, rules, THURSDAY);
    expect(previews.map((p) => p.results.map((r) => [r.subject, r.value, r.crossed]))).toEqual([
      [["Beta", 6, true]],
      [["Acme", 4, true], ["Beta", 6, true]],
      [["", 10, true]],
      [["", 10, false]], // no tickets the week before: no change to measure
    ]);
    for (const r of rules) await createAlertRule(db(), orgId, r);
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toEqual({ rules: 4, fired: 4, resolved: 0, open: 4 });
  });

  it("a muted rule is not evaluated; a deleted rule's open alerts are resolved and its history kept", async () => {
    const orgId = await createTestOrg(db());
    await importTickets(db(), orgId, "Acme", "2026-03-10T09:00:00Z", 4, "A");
    const r = await createAlertRule(db(), orgId, rule());
    await setAlertRuleMuted(db(), orgId, r.id, true);
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toMatchObject({ rules: 0, fired: 0 });
    await setAlertRuleMuted(db(), orgId, r.id, false);
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toMatchObject({ rules: 1, fired: 1 });
    expect(await deleteAlertRule(db(), orgId, r.id)).toBe(true);
    expect(await listFirings(db(), orgId)).toMatchObject([{ state: "resolved", ruleName: "Client tickets this week above 3" }]);
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toMatchObject({ rules: 0, open: 0 });
  });

  it("an import run evaluates the org's rules once it has committed", async () => {
    const orgId = await createTestOrg(db());
    await createAlertRule(db(), orgId, rule({ name: "Any ticket this week", kpi: "tickets_created", threshold: 0 }));
    expect(await listFirings(db(), orgId)).toEqual([]);
    // A minute ago, in the real clock's week (the hook evaluates with the real clock).
    await importTickets(db(), orgId, "Acme", new Date(Date.now() - 60_000).toISOString(), 1, "NOW");
    expect(await listFirings(db(), orgId)).toMatchObject([{ state: "firing", value: 1, subject: "" }]);
  });

  it("a processed webhook batch evaluates the orgs it changed", async () => {
    const orgId = await createTestOrg(db());
    await importTickets(db(), orgId, "Acme", new Date(Date.now() - 60_000).toISOString(), 2, "NOW");
    await createAlertRule(db(), orgId, rule({ name: "Two tickets this week", kpi: "tickets_created", threshold: 1 }));
    expect(await listFirings(db(), orgId)).toEqual([]);
    await afterWebhookBatch(db(), [orgId]);
    expect(await listFirings(db(), orgId)).toMatchObject([{ state: "firing", value: 2 }]);
  });

  it("the profitability presets fire for the client whose margin and hourly rate are low, from the SQL figures", async () => {
    const orgId = await createTestOrg(db());
    // Over the last 30 days: Rich earns 3,650 × 12 / 365 × 30 = 3,600 for 10 h (labour 500);
    // Thin earns 360, costs 180 in licences and 200 in labour (4 h): margin below 0, 45 an hour.
    await insertDataset(db(), orgId, dataset({
      technicians: [technician({ technician: "Ann", hourly_cost: "50" })],
      contracts: [
        contract({ client: "Rich", monthly_value: "3650", start_date: "2025-01-01" }),
        contract({ client: "Thin", monthly_value: "365", monthly_cost: "182.5", start_date: "2025-01-01" }),
      ],
      timeEntries: [
        entry({ client: "Rich", technician: "Ann", work_date: "2026-03-10", hours: "10", billable: false }),
        entry({ client: "Thin", technician: "Ann", work_date: "2026-03-10", hours: "4", billable: false }),
      ],
    }));
    await refreshKpiRollups(db(), orgId, "all");
    for (const id of ["client-low-margin", "client-low-hourly-rate"]) await createAlertRule(db(), orgId, alertPreset(id)!);
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toMatchObject({ rules: 2, fired: 2, open: 2 });
    const firings = await listFirings(db(), orgId);
    expect(firings.map((f) => [f.kpi, f.subject, f.value]).sort()).toEqual([
      ["client.effective_hourly_rate", "Thin", 45],
      ["client.gross_margin", "Thin", -5.56],
    ]);
  });

  it("a rule on a technician's SLA met fires from the SQL scorecards, for the technician below it only", async () => {
    const orgId = await createTestOrg(db());
    // This month (March 2026, up to Thursday the 12th): Ann answers a P1 in 2 hours (missed), Bo in 10 minutes (met).
    await insertDataset(db(), orgId, dataset({
      technicians: [technician({ technician: "Ann" }), technician({ technician: "Bo" })],
      tickets: [
        ticket({ technician: "Ann", priority: "P1", created_at: "2026-03-10T08:00:00Z", first_response_at: "2026-03-10T10:00:00Z" }),
        ticket({ technician: "Bo", priority: "P1", created_at: "2026-03-10T08:00:00Z", first_response_at: "2026-03-10T08:10:00Z" }),
      ],
    }));
    await refreshKpiRollups(db(), orgId, "all");
    await createAlertRule(db(), orgId, AlertRuleInput.parse({ name: "SLA per technician", kpi: "technician.sla_met", subject: null, comparator: "below", threshold: 90, window: "this-month", severity: "warning" }));
    expect(await evaluateAlerts(db(), orgId, { now: THURSDAY })).toMatchObject({ rules: 1, fired: 1 });
    expect((await listFirings(db(), orgId)).map((f) => [f.kpi, f.subject, f.value])).toEqual([["technician.sla_met", "Ann", 0]]);
  });
});
