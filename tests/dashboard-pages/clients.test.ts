import { expect, it } from "vitest";
import { getClientComparison, recordCounts } from "@/db/queries/clients";
import { clientHoursByWeek, clientTicketsByWeek, ticketQualityByClient } from "@/db/queries/client-tickets";
import {
  computeKpiReport,
  csatFigures,
  daysInPeriod,
  managedDevicesOn,
  mrrOn,
  roundMoney,
  slaMet,
  ticketsCreatedIn,
  ticketsPerDevice,
  ticketsResolvedIn,
} from "@/lib/kpi/reference";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { randomCase } from "../kpi/random-dataset";
import { PERIOD, SETTINGS, smallBusiness } from "./fixture";
import { allClientRows } from "./client-rows";
import { seedDataset } from "./seed";

describeEachDatabase("clients dashboard queries", (db) => {
  it("March, Europe/Berlin — Acme: SLA met t1+t5+t8 of 5 judged (t2, t4 missed; t3 pending; t6 no priority) = 0.6; CSAT (5+3+4)/3 = 4", async () => {
    const orgId = await createTestOrg(db());
    const data = smallBusiness();
    await seedDataset(db(), orgId, data, SETTINGS);
    const rows = await allClientRows(db(), orgId, PERIOD);
    expect(rows.map((r) => r.name)).toEqual(["Acme", "Beta", "Gamma"]);
    const [acme, beta, gamma] = rows;
    expect(acme).toMatchObject({
      segment: "SMB",
      mrr: 500.5, // Backup 100 + Managed 400.50 (Security ended Feb 28)
      services: ["Backup", "Managed"],
      tickets: 7, // t5 is 00:30 on March 1st in Berlin; t3 and t8 are late on March 31st
      ticketsPerDevice: 3.4365, // 7 × 30.4375 / (2 devices × 31 days) = 3.43649…
      billedHours: 5.5, // 2.5 + 3 billable; the 1.25 h are not
      slaMet: 0.6,
      csat: 4, // t8 was resolved at 01:30 on April 1st in Berlin: not in P
      managedDevices: 2,
      health: { av_ok: 1, patched: 1, backup_ok: 0.5, seen: 0.5 },
    });
    // Beta: Managed ended on the 15th, its one device retired on the 20th: no devices, no health.
    expect(beta).toMatchObject({ mrr: 80, services: ["Security"], tickets: 1, ticketsPerDevice: null, slaMet: 1, csat: 2, health: null });
    // Gamma: a free contract, nothing else: no data, never 0 or NaN.
    expect(gamma).toMatchObject({ mrr: 0, services: ["Cloud"], tickets: 0, ticketsPerDevice: null, slaMet: null, csat: null, billedHours: 0 });
    expect(await recordCounts(db(), orgId)).toEqual({ clients: 3, contracts: 6, technicians: 3, timeEntries: 5 });
    expect(await recordCounts(db(), await createTestOrg(db()))).toEqual({ clients: 0, contracts: 0, technicians: 0, timeEntries: 0 });
  });

  it("the detail compares with the previous period (Jan 29 – Feb 28; S = Feb 28) and counts per ISO week", async () => {
    const orgId = await createTestOrg(db());
    const data = smallBusiness();
    await seedDataset(db(), orgId, data, SETTINGS);
    const report = computeKpiReport(data, PERIOD, SETTINGS);
    const [acme] = await db().query<{ id: number }>("select id from clients where org_id = $1 and name = 'Acme'", [orgId]);
    const detail = await getClientComparison(db(), orgId, acme!.id, PERIOD, SETTINGS, report);
    expect(detail?.current).toMatchObject({ mrr: 500.5, tickets: 7, warrantyCoverage: 0.5, quality: { sla_met: 0.6, csat: 4, csat_positive: 0.6667 } });
    expect(detail?.previous).toMatchObject({
      mrr: 560.5, // + Security 60 on Feb 28
      tickets: 1, // t7
      quality: { sla_met: 1, csat: null, csat_positive: null },
      health: { av_ok: 0.5, patched: 0, backup_ok: 0.5, seen: 0.5 }, // a2 had no observation yet
      warrantyCoverage: 1,
    });
    expect(await getClientComparison(db(), orgId, 999_999, PERIOD, SETTINGS, report)).toBeNull();

    const weeks = await clientTicketsByWeek(db(), orgId, acme!.id, PERIOD, SETTINGS.timeZone);
    // March 1st is a Sunday (2026-W09); March 31st a Tuesday (W14).
    expect(weeks).toEqual([
      { week: "2026-W09", tickets: 1 },
      { week: "2026-W10", tickets: 2 },
      { week: "2026-W11", tickets: 1 },
      { week: "2026-W12", tickets: 0 },
      { week: "2026-W13", tickets: 0 },
      { week: "2026-W14", tickets: 3 },
    ]);
    const hours = await clientHoursByWeek(db(), orgId, acme!.id, PERIOD);
    expect(hours.filter((h) => h.billable + h.nonBillable > 0)).toEqual([
      { week: "2026-W10", billable: 2.5, nonBillable: 0 },
      { week: "2026-W11", billable: 0, nonBillable: 1.25 },
      { week: "2026-W14", billable: 3, nonBillable: 0 },
    ]);
  });

  it("per-client SLA, CSAT, MRR and tickets per device equal lib/kpi restricted to the client, over random datasets", async () => {
    let judged = 0;
    for (const seed of [11, 23, 37, 41, 59, 73, 89, 97]) {
      const { data, period, settings } = randomCase(seed);
      const orgId = await createTestOrg(db());
      await seedDataset(db(), orgId, data, settings);
      const report = computeKpiReport(data, period, settings);
      const rows = await allClientRows(db(), orgId, period);
      const quality = await ticketQualityByClient(db(), orgId, period);
      for (const row of rows) {
        const tickets = data.tickets.filter((t) => t.client === row.name);
        const created = ticketsCreatedIn(tickets, period, settings);
        const expected = {
          mrr: roundMoney(mrrOn(data.contracts, period.to, { client: row.name })),
          tickets: created.length,
          slaMet: slaMet(created, period, settings),
          csat: csatFigures(ticketsResolvedIn(tickets, period, settings)).csat,
          billedHours: report.tickets.by_client[row.name]?.billed_hours ?? 0,
          health: report.devices.health[row.name] ?? null,
          ticketsPerDevice: ticketsPerDevice(
            created.length,
            managedDevicesOn(data.devices.filter((d) => d.client === row.name), period.to).length,
            daysInPeriod(period),
          ),
        };
        expect(row, `seed ${seed}, ${row.name}`).toMatchObject(expected);
        if (expected.slaMet !== null && expected.csat !== null) judged++;
        const q = quality.get(row.id);
        expect(q?.csat_positive ?? null, `seed ${seed}, ${row.name}`).toBe(csatFigures(ticketsResolvedIn(tickets, period, settings)).csat_positive);
      }
    }
    expect(judged, "clients with both an SLA and a CSAT figure").toBeGreaterThan(5);
    // Eight datasets seeded and rebuilt: 15 s on a quiet machine, twice that on a busy one.
  }, 120_000);
});
