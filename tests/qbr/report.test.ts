import { expect, it } from "vitest";
import { deviceStatusByClient } from "@/db/qbr/device-status";
import { loadQbrContext, loadQbrReport } from "@/db/qbr/load-report";
import { getQbrNotes, saveQbrNotes } from "@/db/qbr/notes";
import { computeKpiReport, startDay, type KpiDataset } from "@/lib/kpi/reference";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "../dashboard-pages/fixture";
import { seedDataset } from "../dashboard-pages/seed";
import { randomCase } from "../kpi/random-dataset";

// The QBR's figures are the KPI engine's: for each client, lib/kpi run on that client's records
// alone must give every figure the report shows, for the period and the previous one.

function onlyClient(data: KpiDataset, client: string): KpiDataset {
  const devices = data.devices.filter((d) => d.client === client);
  const ids = new Set(devices.map((d) => d.device_id));
  return {
    ...data,
    clients: data.clients.filter((c) => c.name === client),
    contracts: data.contracts.filter((c) => c.client === client),
    tickets: data.tickets.filter((t) => t.client === client),
    timeEntries: data.timeEntries.filter((e) => e.client === client),
    devices,
    deviceStatus: data.deviceStatus.filter((s) => ids.has(s.device_id)),
  };
}

describeEachDatabase("QBR report", (db) => {
  it("March, Europe/Berlin — Acme: patched 0 % → 100 %, SLA 100 % → 60 %, 7 tickets in one month, 5.5 billable hours", async () => {
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    await db().query("update orgs set name = 'Kontor IT' where id = $1", [orgId]);
    const [acme] = await db().query<{ id: number }>("select id from clients where org_id = $1 and name = 'Acme'", [orgId]);
    const report = await loadQbrReport(db(), orgId, acme!.id, PERIOD);
    expect(report).toMatchObject({
      mspName: "Kontor IT",
      currency: "EUR",
      client: { name: "Acme", segment: "SMB" },
      period: PERIOD,
      previousPeriod: { from: "2026-01-29", to: "2026-02-28" },
      managedDevices: { current: 2, previous: 2 },
      mrr: { current: 500.5, previous: 560.5 },
      tickets: { current: 7, previous: 1 },
      billedHours: { current: 5.5, previous: 0 },
      months: [{ month: "2026-03", tickets: 7, billableHours: 5.5, nonBillableHours: 1.25 }],
      services: ["Backup", "Managed"],
      suggestions: [{ service: "Security", clients: 1 }],
      notes: "",
    });
    expect(Object.fromEntries(report!.performance.map((r) => [r.measure, [r.current, r.previous]]))).toEqual({
      monitored: [1, 0.5], // a2 had no observation on Feb 28
      warranty: [0.5, 1], // a2's warranty ended on March 15
      av_ok: [1, 0.5],
      patched: [1, 0],
      backup_ok: [0.5, 0.5],
      seen: [0.5, 0.5],
      sla_met: [0.6, 1],
    });
    expect(report!.contracts.map((c) => [c.service, c.status])).toEqual([["Backup", "active"], ["Managed", "active"], ["Security", "ended"]]); // active first, newest start first
    expect(await loadQbrReport(db(), orgId, 999_999, PERIOD)).toBeNull();
  });

  it("every figure equals lib/kpi on the client's own records, for the period and the previous one, over random datasets", async () => {
    let compared = 0;
    for (const seed of [5, 17, 29, 43, 61, 83]) {
      const { data, period, settings } = randomCase(seed);
      const orgId = await createTestOrg(db());
      await seedDataset(db(), orgId, data, settings);
      const context = await loadQbrContext(db(), orgId, period);
      const clients = await db().query<{ id: number; name: string }>("select id, name from clients where org_id = $1 order by name", [orgId]);
      for (const client of clients) {
        const where = `seed ${seed}, ${client.name}`;
        const qbr = (await loadQbrReport(db(), orgId, client.id, period, context))!;
        const engine = computeKpiReport(onlyClient(data, client.name), period, settings);
        const figure = (m: string) => qbr.performance.find((r) => r.measure === m)!;
        for (const m of ["av_ok", "patched", "backup_ok", "seen"] as const) {
          expect(figure(m).current, `${where} ${m}`).toBe(engine.devices.health[client.name]?.[m] ?? null);
          expect(figure(m).previous, `${where} ${m} before`).toBe(engine.devices.health_start[client.name]?.[m] ?? null);
          // The org-wide SQL report reads the same for this client.
          expect(figure(m).current, `${where} ${m} (SQL report)`).toBe(context.report.devices.health[client.name]?.[m] ?? null);
        }
        expect(figure("warranty").current, where).toBe(engine.devices.warranty_coverage);
        expect(figure("warranty").previous, where).toBe(engine.previous.devices.warranty_coverage);
        expect(figure("sla_met").current, where).toBe(engine.tickets.sla_met);
        expect(figure("sla_met").previous, where).toBe(engine.previous.tickets.sla_met);
        expect(qbr.managedDevices, where).toEqual({ current: engine.devices.managed_devices, previous: engine.devices.managed_devices_start });
        expect(qbr.mrr, where).toEqual({ current: engine.revenue.mrr, previous: engine.previous.revenue.mrr });
        expect(qbr.tickets, where).toEqual({ current: engine.tickets.tickets_created, previous: engine.previous.tickets.tickets_created });
        expect(qbr.csat, where).toEqual({ current: engine.tickets.csat, previous: engine.previous.tickets.csat });
        expect(qbr.billedHours.current, where).toBe(engine.tickets.by_client[client.name]?.billed_hours ?? 0);
        expect(Object.fromEntries(qbr.months.map((m) => [m.month, m.tickets])), where).toEqual(engine.tickets.by_month);
        expect(qbr.months.reduce((n, m) => n + m.billableHours, 0), where).toBeCloseTo(qbr.billedHours.current, 4);
        if (engine.devices.managed_devices > 0) compared++;
      }
    }
    expect(compared, "clients with managed devices compared").toBeGreaterThan(5);
  });

  it("device status counts give the KPI engine's shares: patched, antivirus, backup and seen over managed devices", async () => {
    for (const seed of [7, 19, 31]) {
      const { data, period, settings } = randomCase(seed);
      const orgId = await createTestOrg(db());
      await seedDataset(db(), orgId, data, settings);
      const engine = computeKpiReport(data, period, settings);
      for (const [day, health] of [[period.to, engine.devices.health], [startDay(period), engine.devices.health_start]] as const) {
        const rows = await deviceStatusByClient(db(), orgId, day, settings.timeZone);
        const share = (n: number, d: number) => Math.round((n / d) * 1e4) / 1e4;
        const shares = Object.fromEntries(rows.filter((r) => r.managed > 0).map((r) => [r.client, {
          av_ok: share(r.avOk, r.managed), patched: share(r.patched, r.managed), backup_ok: share(r.backupOk, r.managed), seen: share(r.seen, r.managed),
        }]));
        expect(shares, `seed ${seed}, ${day}`).toEqual(health);
      }
    }
  });

  it("notes are kept per client and period; saving again replaces them, empty text removes them", async () => {
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    const [acme] = await db().query<{ id: number }>("select id from clients where org_id = $1 and name = 'Acme'", [orgId]);
    const q2 = { from: "2026-04-01", to: "2026-06-30" };
    expect(await saveQbrNotes(db(), orgId, acme!.id, PERIOD, "Discuss backup for the new site.", "user:1")).toBe(true);
    expect(await saveQbrNotes(db(), orgId, acme!.id, PERIOD, "Discuss backup for the new site.\nRenewal in May.", "user:1")).toBe(true);
    expect(await getQbrNotes(db(), orgId, acme!.id, PERIOD)).toBe("Discuss backup for the new site.\nRenewal in May.");
    expect(await getQbrNotes(db(), orgId, acme!.id, q2)).toBe("");
    expect((await loadQbrReport(db(), orgId, acme!.id, PERIOD))!.notes).toBe("Discuss backup for the new site.\nRenewal in May.");
    expect(await saveQbrNotes(db(), orgId, 999_999, PERIOD, "x", "user:1")).toBe(false);
    // Another org cannot write to this org's client.
    expect(await saveQbrNotes(db(), await createTestOrg(db()), acme!.id, PERIOD, "x", "user:1")).toBe(false);
    await saveQbrNotes(db(), orgId, acme!.id, PERIOD, "  ", "user:1");
    expect(await getQbrNotes(db(), orgId, acme!.id, PERIOD)).toBe("");
  });
});
