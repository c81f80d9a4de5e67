import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { ticketQualityByClient } from "@/db/queries/client-tickets";
import { listClientBasics } from "@/db/queries/clients";
import { explainSource, explainTotals, knownCounts, type ExplainScope } from "@/db/queries/explain/explain";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { queryTablePage, streamTableRows } from "@/db/tables/sql-table";
import { alertKpi } from "@/lib/alerts/kpis";
import { EXPLAINED_FIGURES, figureValue } from "@/lib/explain/figures";
import { recompute } from "@/lib/explain/formula";
import type { Period } from "@/lib/kpi/period";
import type { KpiSections } from "@/lib/kpi/report-schema";
import { dec, roundMoney } from "@/lib/kpi/round";
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from "@/lib/records/settings";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { contract, dataset, device, entry, status, technician, ticket } from "../kpi/factories";
import { Random, randomCase } from "../kpi/random-dataset";
import { insertDataset, storeSettings } from "../kpi-sql/insert-dataset";

// The drill-down's records add up to the figure: on random data, for every explained figure and
// every client or technician it has a value for, the counted rows' counts and sums put through
// the figure's formula give the figure the KPI engine computed for the card. A client's MRR, SLA
// met and CSAT, which the report does not hold, are held to the client page's own queries.

const TABLE = { sortable: ["ref", "value"], filters: ["term"], defaultSort: "ref", defaultDir: "asc", defaultSize: 100 } as const;

/** Each figure's values by subject, as its card reads them: from the report, or for a client's MRR, SLA met, CSAT and managed devices from the client page's queries. */
async function cardValues(db: Database, orgId: number, period: Period, settings: KpiSettings, sections: KpiSections) {
  const [clients, quality] = await Promise.all([listClientBasics(db, orgId, period.to), ticketQualityByClient(db, orgId, period)]);
  const own: Record<string, (c: (typeof clients)[number]) => number | null> = {
    "client.mrr": (c) => roundMoney(dec(c.mrr)),
    "client.sla_met": (c) => quality.get(c.id)?.sla_met ?? null,
    "client.csat": (c) => quality.get(c.id)?.csat ?? null,
    "client.managed_devices": (c) => c.devices,
  };
  return (metric: string): [string | null, number | null][] => {
    const read = own[metric];
    if (read) return clients.map((c) => [c.name, read(c)]);
    const figure = EXPLAINED_FIGURES.find((f) => f.metric === metric)!;
    const subjects = figure.subject ? [...(alertKpi(metric).subjects?.(sections) ?? [])] : [null];
    return subjects.map((subject) => [subject, figureValue(sections, metric, subject)]);
  };
}

describeEachDatabase("drill-down records add up to the figure", (db) => {
  it("on seeded random datasets, for every explained figure and subject", async () => {
    let checked = 0;
    // Every figure is held to a value at least once, not only to "no data".
    const valued = new Set<string>();
    for (const seed of Array.from({ length: 12 }, (_, i) => 9100 + i)) {
      const generated = randomCase(seed);
      const zones = Random.seeded(seed);
      const stored: KpiSettings = { ...generated.settings, ...(seed % 2 === 0 ? { timeZone: zones.pick(["Europe/Berlin", "America/New_York"]) } : {}) };
      const orgId = await createTestOrg(db());
      await insertDataset(db(), orgId, generated.data);
      await storeSettings(db(), orgId, stored);
      const settings = await ensureKpiRollups(db(), orgId, stored);
      const period: Period = generated.period;
      const sections = await computeKpiSectionsSql(db(), orgId, period, settings);
      const values = await cardValues(db(), orgId, period, settings, sections);
      for (const figure of EXPLAINED_FIGURES) {
        for (const [subject, expected] of values(figure.metric)) {
          const scope: ExplainScope = { orgId, figure, period, settings, subject };
          const label = `seed ${seed}, ${figure.metric}${subject ? ` of ${subject}` : ""}, ${period.from}…${period.to}`;
          const totals = await explainTotals(db(), scope);
          const worked = recompute(figure, totals);
          if (expected === null) expect(worked, label).toBeNull();
          else {
            expect(worked, label).toBeCloseTo(expected, 9);
            valued.add(figure.metric);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(12 * 20);
    expect(EXPLAINED_FIGURES.map((f) => f.metric).filter((m) => !valued.has(m))).toEqual([]);
  }, 240_000);

  it("the paged table and the CSV stream hold exactly the counted rows, and their values add up", async () => {
    const generated = randomCase(9177);
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, generated.data);
    await storeSettings(db(), orgId, generated.settings);
    const settings = await ensureKpiRollups(db(), orgId, generated.settings);
    const sections = await computeKpiSectionsSql(db(), orgId, generated.period, settings);
    for (const metric of ["mrr", "tickets_created", "billed_time_revenue"]) {
      const figure = EXPLAINED_FIGURES.find((f) => f.metric === metric)!;
      const scope: ExplainScope = { orgId, figure, period: generated.period, settings, subject: null };
      const source = explainSource(scope, "counted");
      const query = parseTableQuery(TABLE, { size: "10" });
      const page = await queryTablePage(db(), source, query);
      const streamed = [];
      for await (const chunk of streamTableRows(db(), source, query, 7)) streamed.push(...chunk);
      expect(streamed.length, metric).toBe(page.total);
      expect(page.rows.length, metric).toBe(Math.min(10, page.total));
      const sum = streamed.reduce((s, r) => s + (r.value ?? 0), 0);
      if (metric === "tickets_created") expect(streamed.length).toBe(sections.tickets.tickets_created);
      // Money is summed exactly and rounded to cents once: a float sum lies within half a cent.
      else expect(sum, metric).toBeCloseTo(figureValue(sections, metric, null) ?? 0, 2);
      // The page as the view reads it, its count and filter values taken from the totals, is the page counted by itself.
      for (const set of ["counted", "left-out"] as const) {
        // Counted after the page's query has begun (as a page's sibling components may): on PGlite's one connection, too.
        const counts = new Promise((settle) => setTimeout(settle, 5)).then(() => explainTotals(db(), scope)).then((totals) => knownCounts(totals, set, figure));
        for (const params of [{ size: "10" }, { size: "10", page: "99" }, { size: "10", sort: "value", dir: "desc" }]) {
          const wanted = parseTableQuery(TABLE, params);
          const own = await queryTablePage(db(), explainSource(scope, set), wanted);
          expect(await queryTablePage(db(), explainSource(scope, set), wanted, counts), `${metric}, ${set}, ${JSON.stringify(params)}`).toEqual(own);
        }
      }
    }
  });

  it("says why each left-out record of a hand-made data set is not counted", async () => {
    const jan = { from: "2026-01-01", to: "2026-01-31" };
    const orgId = await createTestOrg(db());
    const untracked = { ...ticket({ ticket_id: "T-untracked", created_at: "2026-01-10T09:00:00Z", priority: "P2" }), first_response_tracked: false };
    await insertDataset(db(), orgId, dataset({
      technicians: [technician({ technician: "Ann" })],
      tickets: [
        ticket({ ticket_id: "T-met", created_at: "2026-01-05T09:00:00Z", first_response_at: "2026-01-05T09:30:00Z", priority: "P1", resolved_at: "2026-01-06T09:00:00Z", csat: 5 }),
        ticket({ ticket_id: "T-old", created_at: "2025-12-20T09:00:00Z", first_response_at: "2025-12-20T09:10:00Z", priority: "P1", resolved_at: "2026-01-03T09:00:00Z" }),
        ticket({ ticket_id: "T-nopriority", created_at: "2026-01-07T09:00:00Z", first_response_at: "2026-01-07T10:00:00Z" }),
        ticket({ ticket_id: "T-waiting", created_at: "2026-01-31T20:00:00Z", priority: "P4" }),
        ticket({ ticket_id: "T-late", created_at: "2026-01-08T09:00:00Z", priority: "P1" }),
        untracked,
      ],
      timeEntries: [
        entry({ entry_id: "E-billed", technician: "Ann", work_date: "2026-01-12", hours: "2", rate: "100" }),
        entry({ entry_id: "E-internal", technician: "Ann", work_date: "2026-01-13", hours: "1", billable: false }),
        entry({ entry_id: "E-norate", technician: "Ann", work_date: "2026-01-14", hours: "3" }),
      ],
      contracts: [
        contract({ contract_id: "K-live", client: "Acme", monthly_value: "500", start_date: "2025-06-01" }),
        contract({ contract_id: "K-gone", client: "Acme", monthly_value: "200", start_date: "2025-01-01", end_date: "2026-01-30" }),
        contract({ contract_id: "K-later", client: "Acme", monthly_value: "300", start_date: "2026-02-01" }),
      ],
      devices: [
        device({ device_id: "D-ok", hostname: "ok-pc", managed_since: "2025-01-01" }),
        device({ device_id: "D-unseen", hostname: "unseen-pc", managed_since: "2025-01-01" }),
        device({ device_id: "D-retired", hostname: "old-pc", managed_since: "2025-01-01", retired_on: "2026-01-15" }),
        device({ device_id: "D-new", hostname: "new-pc", managed_since: "2026-02-01" }),
      ],
      deviceStatus: [status({ device_id: "D-ok", observed_at: "2026-01-30T12:00:00Z", patched: false })],
    }));
    const settings = await ensureKpiRollups(db(), orgId, DEFAULT_KPI_SETTINGS);
    const rows = async (metric: string, set: "counted" | "left-out", subject: string | null = null) => {
      const figure = EXPLAINED_FIGURES.find((f) => f.metric === metric)!;
      const page = await queryTablePage(db(), explainSource({ orgId, figure, period: jan, settings, subject }, set), parseTableQuery(TABLE, {}));
      return Object.fromEntries(page.rows.map((r) => [r.ref, set === "counted" ? r.term : r.reason]));
    };
    expect(await rows("sla_met", "counted")).toEqual({ "T-met": "met", "T-late": "missed" });
    expect(await rows("sla_met", "left-out")).toEqual({
      "T-old": "created_before", "T-nopriority": "no_priority", "T-waiting": "awaiting_response", "T-untracked": "response_not_tracked",
    });
    expect(await rows("tickets_created", "left-out")).toEqual({ "T-old": "created_before" });
    expect(await rows("first_response_minutes", "left-out")).toEqual({ "T-old": "created_before", "T-waiting": "no_response", "T-late": "no_response", "T-untracked": "no_response" });
    expect(await rows("csat", "left-out")).toEqual({
      "T-old": "no_score", "T-nopriority": "unresolved", "T-waiting": "unresolved", "T-late": "unresolved", "T-untracked": "unresolved",
    });
    expect(await rows("billed_time_revenue", "left-out")).toEqual({ "E-internal": "not_billable", "E-norate": "no_rate" });
    expect(await rows("team_utilization", "left-out")).toEqual({ "E-internal": "not_billable" });
    expect(await rows("mrr", "left-out")).toEqual({ "K-gone": "ended", "K-later": "not_started" });
    expect(await rows("client.patched", "counted", "Acme")).toEqual({ "ok-pc": "not_ok", "unseen-pc": "no_observation" });
    expect(await rows("client.patched", "left-out", "Acme")).toEqual({ "old-pc": "retired", "new-pc": "not_yet_managed" });
    expect(await rows("churned_mrr", "left-out")).toEqual({ Managed: "other_movement" });
    expect(await rows("contraction_mrr", "counted")).toEqual({ Managed: "contraction" });
  });
});
