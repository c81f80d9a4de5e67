import { expect, it } from "vitest";
import { ticketQualityByClient } from "@/db/queries/client-tickets";
import { listClientBasics } from "@/db/queries/clients";
import { explainSource, explainTotals } from "@/db/queries/explain/explain";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { figureTrend } from "@/db/queries/kpi/trend";
import { queryTablePage } from "@/db/tables/sql-table";
import { explainedFigure, figureUnit, figureValue, isFigure, reportParts } from "@/lib/explain/figures";
import { costFigureRole } from "@/lib/explain/figures-profit";
import { partsServed } from "@/lib/kpi/served-report";
import { assembleFormula, recompute } from "@/lib/explain/formula";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { contract, dataset, device, JAN, ticket } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";
import { createTestOrg, describeEachDatabase } from "../support/db";

// A client's MRR, SLA met, CSAT and managed devices, which the KPI report does not hold: their
// records on a hand-made January, and their trend worked out from each period's records, as the
// client page and the QBR work each period out.

const TABLE = { sortable: ["ref"], filters: ["term"], defaultSort: "ref", defaultDir: "asc", defaultSize: 100 } as const;

const OWN_FIGURES = ["client.mrr", "client.sla_met", "client.csat", "client.managed_devices"];

it("are explained figures of their own: no alert KPI, no report part, read in their own unit, and a viewer's to see", () => {
  for (const metric of OWN_FIGURES) {
    expect(isFigure(metric), metric).toBe(true);
    expect(explainedFigure(metric)?.subject, metric).toBe("client");
    expect(reportParts(metric), metric).toEqual([]);
    expect(costFigureRole(metric), metric).toBeNull();
    expect(partsServed(reportParts(metric), "viewer"), metric).toBe(true);
  }
  expect(OWN_FIGURES.map(figureUnit)).toEqual(["money", "percent", "score", "count"]);
  expect(isFigure("client.nothing")).toBe(false);
});

describeEachDatabase("a client's MRR, SLA met, CSAT and managed devices explained", (db) => {
  it("count the client's own records, leave out tickets whose source records no responses, and trend as the client page reads each period", async () => {
    const orgId = await createTestOrg(db());
    // Its source records no first responses, yet one is set: left out of the SLA base, by the client page and the business figure alike.
    const untracked = { ...ticket({ ticket_id: "T-untracked", created_at: "2026-01-12T09:00:00Z", first_response_at: "2026-01-12T09:10:00Z", priority: "P1" }), first_response_tracked: false };
    await insertDataset(db(), orgId, dataset({
      contracts: [
        contract({ contract_id: "K-acme", client: "Acme", monthly_value: "500", start_date: "2025-06-01" }),
        contract({ contract_id: "K-acme-old", client: "Acme", monthly_value: "120.5", start_date: "2025-01-01", end_date: "2026-01-15" }),
        contract({ contract_id: "K-beta", client: "Beta", monthly_value: "300", start_date: "2025-01-01" }),
      ],
      tickets: [
        ticket({ ticket_id: "T-met", created_at: "2026-01-05T09:00:00Z", first_response_at: "2026-01-05T09:30:00Z", priority: "P1", resolved_at: "2026-01-06T09:00:00Z", csat: 5 }),
        ticket({ ticket_id: "T-late", created_at: "2026-01-08T09:00:00Z", first_response_at: "2026-01-08T12:00:00Z", priority: "P1", resolved_at: "2026-01-09T09:00:00Z", csat: 2 }),
        ticket({ ticket_id: "T-dec", created_at: "2025-12-10T09:00:00Z", first_response_at: "2025-12-10T09:10:00Z", priority: "P2", resolved_at: "2026-01-02T09:00:00Z", csat: 4 }),
        ticket({ ticket_id: "T-beta", client: "Beta", created_at: "2026-01-07T09:00:00Z", first_response_at: "2026-01-07T09:05:00Z", priority: "P1" }),
        untracked,
      ],
      devices: [
        device({ device_id: "D-old", hostname: "acme-old", managed_since: "2024-01-01" }),
        device({ device_id: "D-new", hostname: "acme-new", managed_since: "2026-01-20" }),
        device({ device_id: "D-gone", hostname: "acme-gone", managed_since: "2024-01-01", retired_on: "2026-01-31" }),
        device({ device_id: "D-later", hostname: "acme-later", managed_since: "2026-02-03" }),
        device({ device_id: "D-beta", client: "Beta", hostname: "beta-1" }),
      ],
    }));
    const settings = await ensureKpiRollups(db(), orgId, DEFAULT_KPI_SETTINGS);
    const scope = (metric: string) => ({ orgId, figure: explainedFigure(metric)!, period: JAN, settings, subject: "Acme" });
    const rows = async (metric: string, set: "counted" | "left-out") => {
      const page = await queryTablePage(db(), explainSource(scope(metric), set), parseTableQuery(TABLE, {}));
      return Object.fromEntries(page.rows.map((r) => [r.ref, set === "counted" ? r.term : r.reason]));
    };
    const formula = async (metric: string) => {
      const totals = await explainTotals(db(), scope(metric));
      const f = assembleFormula(scope(metric).figure, totals, recompute(scope(metric).figure, totals));
      return [...f.terms.map((t) => t.value), f.result];
    };

    expect(await rows("client.mrr", "counted")).toEqual({ "K-acme": "active" });
    expect(await rows("client.mrr", "left-out")).toEqual({ "K-acme-old": "ended" });
    expect(await formula("client.mrr")).toEqual([500, 1, 500]);

    expect(await rows("client.sla_met", "counted")).toEqual({ "T-met": "met", "T-late": "missed" });
    expect(await rows("client.sla_met", "left-out")).toEqual({ "T-dec": "created_before", "T-untracked": "response_not_tracked" });
    expect(await formula("client.sla_met")).toEqual([1, 2, 0.5]);
    // The business figure leaves the untracked response out as well, as lib/kpi does: 2 of 3 (Beta's is met).
    const sections = await computeKpiSectionsSql(db(), orgId, JAN, settings);
    expect(figureValue(sections, "sla_met", null)).toBeCloseTo(0.6667, 4);

    expect(await rows("client.csat", "counted")).toEqual({ "T-met": "positive", "T-late": "other", "T-dec": "positive" });
    expect(await formula("client.csat")).toEqual([11, 3, 3.6667]);

    // Managed on January 31: since that day or earlier and not retired by it (retired on the 31st is gone).
    expect(await rows("client.managed_devices", "counted")).toEqual({ "acme-old": "managed", "acme-new": "managed" });
    expect(await rows("client.managed_devices", "left-out")).toEqual({ "acme-gone": "retired", "acme-later": "not_yet_managed" });
    expect(await formula("client.managed_devices")).toEqual([2, 2]);

    const acme = (await listClientBasics(db(), orgId, JAN.to)).find((c) => c.name === "Acme")!;
    // The count the QBR's card shows.
    expect(acme.devices).toBe(2);
    expect((await ticketQualityByClient(db(), orgId, JAN, acme.id)).get(acme.id)).toMatchObject({ sla_met: 0.5, csat: 3.6667 });

    const trend = async (metric: string) => (await figureTrend(db(), orgId, { metric, subject: "Acme", period: JAN, settings, role: "viewer" })).slice(-2);
    expect(await trend("client.sla_met")).toEqual([{ from: "2025-12-01", to: "2025-12-31", value: 100 }, { from: "2026-01-01", to: "2026-01-31", value: 50 }]);
    expect((await trend("client.csat")).map((p) => p.value)).toEqual([null, 3.6667]);
    expect((await trend("client.mrr")).map((p) => p.value)).toEqual([620.5, 500]);
    expect((await trend("client.managed_devices")).map((p) => p.value)).toEqual([2, 2]);
  });
});
