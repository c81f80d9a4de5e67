import { expect, it } from "vitest";
import { computeKpiReportSql, refreshKpiRollups } from "@/db/queries/kpi";
import { rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";
import { loadKpiDataset } from "./load-dataset";
import { addDays, computeKpiReport, emptyDataset, KpiReport, localDate, type KpiDataset, type Period } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from "@/lib/records/settings";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { contract, device, entry, status, technician, ticket } from "../kpi/factories";
import { Random, randomCase } from "../kpi/random-dataset";
import { insertDataset, insertDeviceStatus, storeSettings } from "./insert-dataset";

// The SQL report (rollups + aggregation in the database) must agree with lib/kpi to the last
// digit: on the rows loaded back from the database, and on the generated records themselves.

const FIXED_PERIODS: Period[] = [
  { from: "2026-03-01", to: "2026-03-31" }, // a month; Berlin springs forward on the 29th
  { from: "2026-01-01", to: "2026-03-31" }, // a quarter
  { from: "2026-01-01", to: "2026-12-31" }, // a year: whole months from the monthly rollup rows
  { from: "2025-10-20", to: "2025-11-09" }, // Berlin falls back on Oct 26, New York on Nov 2
  { from: "2025-12-15", to: "2026-02-14" }, // partial months at both ends
];
const HOLIDAYS = ["2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01"];

function expectSameReport(sql: KpiReport, expected: KpiReport, label: string): void {
  expect(sql, label).toEqual(expected);
  expect(JSON.stringify(sql), `${label}: key order`).toBe(JSON.stringify(expected));
}

describeEachDatabase("KPI report in SQL = lib/kpi", (db) => {
  // 80 seeds in groups of 10. A group takes about 20 s on a quiet machine and several times that on
  // a busy one, so these tests get a limit of their own that only a hung run reaches.
  const LIMIT_MS = 180_000;
  const GROUPS = Array.from({ length: 8 }, (_, g) => Array.from({ length: 10 }, (_, i) => 7000 + g * 10 + i));

  it.each(GROUPS.map((seeds) => [seeds[0]!, seeds[seeds.length - 1]!, seeds] as const))(
    "seeded random datasets %i…%i, each for its own period and two fixed ones (month, quarter, year, DST, holidays)",
    async (_first, _last, seeds) => {
      let compared = 0;
      for (const seed of seeds) {
        const generated = randomCase(seed, { moneyDp: seed % 3 === 0 ? 7 : 2 });
        const settings: KpiSettings = {
          ...generated.settings,
          ...(seed % 2 === 0 ? { timeZone: "Europe/Berlin" } : {}),
          ...(seed % 4 === 1 ? { holidays: HOLIDAYS } : {}),
          ...(seed % 5 === 0 ? { slaTargetMinutes: { P1: 30, P2: 90.5, P3: 600, P4: 2880 }, workloadUpper: 0.8, workloadLower: 0.25 } : {}),
        };
        const orgId = await createTestOrg(db());
        await insertDataset(db(), orgId, generated.data);
        await storeSettings(db(), orgId, settings);
        const loaded = await loadKpiDataset(db(), orgId);
        const periods = [generated.period, FIXED_PERIODS[seed % FIXED_PERIODS.length]!, FIXED_PERIODS[(seed + 2) % FIXED_PERIODS.length]!];
        for (const period of periods) {
          const label = `seed ${seed}, ${settings.timeZone}, ${period.from}…${period.to}`;
          const sql = await computeKpiReportSql(db(), orgId, period, settings);
          expect(KpiReport.safeParse(sql).success, label).toBe(true);
          expectSameReport(sql, computeKpiReport(loaded, period, settings), `${label} (loaded rows)`);
          // The generated records themselves: someone named only in time entries is a technician the
          // database holds as not confirmed, which the loader leaves out of the records again.
          expectSameReport(sql, computeKpiReport(generated.data, period, settings), `${label} (generated records)`);
          compared++;
        }
      }
      expect(compared).toBe(seeds.length * 3);
    },
    LIMIT_MS,
  );

  it("a status import rebuilds the device figures only from the first local day it touches, and they still agree", async () => {
    for (const seed of Array.from({ length: 24 }, (_, i) => 7200 + i)) {
      const { data, period, settings } = randomCase(seed);
      const tz = seed % 2 === 0 ? "Europe/Berlin" : settings.timeZone;
      const cut = addDays(period.from, (seed % 5) - 2); // observations dated from here on come in a later import
      const later = data.deviceStatus.filter((s) => localDate(s.observed_at, tz) >= cut);
      const orgId = await createTestOrg(db());
      await insertDataset(db(), orgId, { ...data, deviceStatus: data.deviceStatus.filter((s) => !later.includes(s)) });
      await storeSettings(db(), orgId, { ...settings, timeZone: tz });
      await refreshKpiRollups(db(), orgId, "all");
      await insertDeviceStatus(db(), orgId, later, 4242);
      await refreshKpiRollups(db(), orgId, "device-status", { inserted: later.length, updated: 0, runId: 4242 });
      const state = await db().query<{ n: number }>("select count(*)::int as n from kpi_device_client_days where org_id = $1 and day < $2::date", [orgId, cut]);
      const loaded = await loadKpiDataset(db(), orgId);
      for (const p of [period, { from: addDays(cut, -20), to: addDays(cut, 10) }]) {
        const sql = await computeKpiReportSql(db(), orgId, p, { ...settings, timeZone: tz });
        expect(sql.devices, `seed ${seed} ${p.from}…${p.to}, ${state[0]?.n} rows kept`).toEqual(computeKpiReport(loaded, p, { ...settings, timeZone: tz }).devices);
        expect(sql.previous.devices, `seed ${seed} previous`).toEqual(computeKpiReport(loaded, p, { ...settings, timeZone: tz }).previous.devices);
      }
    }
  }, LIMIT_MS);

  it("the loader gives back the generated records (client and technician names, device ids, instants to the microsecond)", async () => {
    const { data } = randomCase(7100);
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    const loaded = await loadKpiDataset(db(), orgId);
    expect(loaded).toEqual({ ...data, deviceStatus: data.deviceStatus });
  });

  it("exact medians inside crowded duration buckets: 201 responses within 15 minutes, 120 resolutions within 3 hours", async () => {
    const r = Random.seeded(99);
    const data = emptyDataset();
    for (let i = 0; i < 201; i++) {
      const created = r.instant("2026-03-01", 0, 30);
      const resolved = i < 120 ? r.after(created, 180) : null;
      data.tickets.push(ticket({ created_at: created, first_response_at: r.after(created, 15), resolved_at: resolved, priority: "P1" }));
    }
    const settings = { ...DEFAULT_KPI_SETTINGS, timeZone: "Europe/Berlin" };
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    for (const period of [{ from: "2026-03-01", to: "2026-03-31" }, { from: "2026-03-10", to: "2026-03-20" }, { from: "2026-03-05", to: "2026-03-05" }]) {
      const sql = await computeKpiReportSql(db(), orgId, period, settings);
      const expected = computeKpiReport(data, period, settings);
      expect(sql.tickets, `${period.from}…${period.to}`).toEqual(expected.tickets);
    }
  });

  it("an org never sees another org's rows: A's report is A's alone, and an empty org reports nothing", async () => {
    const a: KpiDataset = {
      ...emptyDataset(),
      clients: [{ name: "Acme", segment: null }],
      contracts: [contract({ client: "Acme", monthly_value: "500", start_date: "2026-01-10" })],
      technicians: [technician({ technician: "Ann" })],
      timeEntries: [entry({ technician: "Ann", client: "Acme", work_date: "2026-02-02", hours: "6", rate: "100" })],
      tickets: [ticket({ client: "Acme", created_at: "2026-02-03T09:00:00Z", first_response_at: "2026-02-03T09:30:00Z", priority: "P1" })],
      devices: [device({ device_id: "pc-1", client: "Acme", managed_since: "2026-01-01" })],
      deviceStatus: [status({ device_id: "pc-1", observed_at: "2026-03-30T08:00:00Z", av_ok: true, patched: true, backup_ok: true })],
    };
    // Org B: the same names (so a missing org_id filter would merge them), other figures.
    const b: KpiDataset = {
      ...a,
      contracts: [contract({ client: "Acme", monthly_value: "900", start_date: "2025-06-01" }), contract({ client: "Bolt", monthly_value: "50", start_date: "2026-02-01" })],
      timeEntries: [entry({ technician: "Ann", client: "Bolt", work_date: "2026-02-02", hours: "9", billable: true })],
      tickets: [...a.tickets, ticket({ client: "Bolt", created_at: "2026-02-05T09:00:00Z" })],
      deviceStatus: [status({ device_id: "pc-1", observed_at: "2026-03-30T09:00:00Z", av_ok: false, patched: false, backup_ok: false })],
    };
    const [orgA, orgB, orgEmpty] = [await createTestOrg(db()), await createTestOrg(db()), await createTestOrg(db())];
    await insertDataset(db(), orgA, a);
    await insertDataset(db(), orgB, b);
    const q1 = { from: "2026-01-01", to: "2026-03-31" };
    const reportA = await computeKpiReportSql(db(), orgA, q1, DEFAULT_KPI_SETTINGS);
    expect(reportA).toEqual(computeKpiReport(a, q1, DEFAULT_KPI_SETTINGS));
    // Q1: Acme(500) new, 6 h billed at 100, 1 ticket answered in 30 min, 1 healthy device.
    expect(reportA.revenue).toMatchObject({ mrr: 500, new_mrr: 500, billed_time_revenue: 600, active_clients: 1 });
    expect(reportA.tickets).toMatchObject({ tickets_created: 1, first_response_minutes: 30, sla_met: 1 });
    expect(reportA.devices.health).toEqual({ Acme: { av_ok: 1, patched: 1, backup_ok: 1, seen: 1 } });
    expect(await loadKpiDataset(db(), orgEmpty)).toEqual(emptyDataset());
    expect(await computeKpiReportSql(db(), orgEmpty, q1, DEFAULT_KPI_SETTINGS)).toEqual(computeKpiReport(emptyDataset(), q1, DEFAULT_KPI_SETTINGS));
  });

  it("tickets from a source without first responses: sla_met and first response are null in SQL as in lib/kpi, not 0", async () => {
    const data: KpiDataset = {
      ...emptyDataset(),
      tickets: [
        ticket({ client: "Acme", priority: "P2", created_at: "2026-03-02T09:00:00Z", first_response_tracked: false }),
        ticket({ client: "Acme", priority: "P4", created_at: "2026-03-20T09:00:00Z", first_response_tracked: false }),
      ],
    };
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    const march = { from: "2026-03-01", to: "2026-03-31" };
    const sql = await computeKpiReportSql(db(), orgId, march, DEFAULT_KPI_SETTINGS);
    expect(sql.tickets).toMatchObject({ tickets_created: 2, sla_met: null, first_response_minutes: null });
    expectSameReport(sql, computeKpiReport(data, march, DEFAULT_KPI_SETTINGS), "untracked first responses");
  });

  it("rollups follow the data and the settings: a refresh after new rows, a rebuild when the stored time zone changes", async () => {
    const data: KpiDataset = { ...emptyDataset(), tickets: [ticket({ created_at: "2026-02-28T23:30:00Z", priority: "P4" })] };
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, data);
    const march = { from: "2026-03-01", to: "2026-03-31" };
    const utc = { ...DEFAULT_KPI_SETTINGS };
    const berlin = { ...DEFAULT_KPI_SETTINGS, timeZone: "Europe/Berlin" };
    expect((await computeKpiReportSql(db(), orgId, march, utc)).tickets.tickets_created).toBe(0); // Feb 28 in UTC
    await storeSettings(db(), orgId, berlin);
    // Until the settings rebuild commits, the figures keep the time zone the rollups were built with.
    expect((await computeKpiReportSql(db(), orgId, march, berlin)).tickets.tickets_created).toBe(0);
    await rebuildRollupsForSettings(db(), orgId);
    expect((await computeKpiReportSql(db(), orgId, march, berlin)).tickets.tickets_created).toBe(1); // 00:30 on March 1 in Berlin
    await db().query("update tickets set created_at = '2026-03-15T10:00:00Z' where org_id = $1", [orgId]);
    await db().query("insert into tickets (org_id, client_id, created_at, source) select org_id, client_id, '2026-03-16T10:00:00Z', 'test' from tickets where org_id = $1", [orgId]);
    await refreshKpiRollups(db(), orgId, "tickets");
    const after = await computeKpiReportSql(db(), orgId, march, berlin);
    expect(after.tickets).toEqual(computeKpiReport(await loadKpiDataset(db(), orgId), march, berlin).tickets);
    expect(after.tickets.tickets_created).toBe(2);
  });
});
