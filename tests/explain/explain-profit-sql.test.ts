import { expect, it } from "vitest";
import { explainSource, explainTotals } from "@/db/queries/explain/explain";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { queryTablePage } from "@/db/tables/sql-table";
import { explainedFigure, figureValue } from "@/lib/explain/figures";
import { recompute } from "@/lib/explain/formula";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { contract, dataset, device, entry, technician } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";

// The profitability drill-downs on docs/kpis.md's worked example (January 2026: Beta pays 0 a
// month for a contract that costs 365, Ann at 50 an hour logs 10 hours for it billed at 1,000),
// with beside it the records each figure leaves out, and why.

const TABLE = { sortable: ["ref", "value"], filters: ["term"], defaultSort: "ref", defaultDir: "asc", defaultSize: 100 } as const;
const jan = { from: "2026-01-01", to: "2026-01-31" };

describeEachDatabase("profitability drill-downs", (db) => {
  it("list the lines and entries each figure counts, say why the others are left out, and add up to the worked example", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, dataset({
      technicians: [technician({ technician: "Ann", hourly_cost: "50" }), technician({ technician: "Bo" })],
      contracts: [
        contract({ contract_id: "K-beta", client: "Beta", monthly_value: "0", monthly_cost: "365", start_date: "2025-01-01" }),
        contract({ contract_id: "K-acme", client: "Acme", monthly_value: "310", start_date: "2025-06-01" }),
        contract({ contract_id: "K-old", client: "Acme", monthly_value: "100", monthly_cost: "10", start_date: "2024-01-01", end_date: "2025-12-31" }),
        contract({ contract_id: "K-gamma", client: "Gamma", monthly_value: "0", monthly_cost: "31", start_date: "2025-01-01" }),
      ],
      timeEntries: [
        entry({ entry_id: "E-ann", technician: "Ann", client: "Beta", work_date: "2026-01-10", hours: "10", amount: "1000", category: "project" }),
        entry({ entry_id: "E-bo-ticket", technician: "Bo", work_date: "2026-01-12", hours: "2", rate: "100", ticket_id: "T-1" }),
        entry({ entry_id: "E-bo-internal", technician: "Bo", work_date: "2026-01-13", hours: "1", billable: false }),
      ],
      devices: [
        device({ device_id: "D-1", hostname: "pc-1", managed_since: "2025-01-01" }),
        device({ device_id: "D-2", hostname: "pc-2", client: "Gamma", managed_since: "2025-01-01" }),
        device({ device_id: "D-old", hostname: "old-pc", managed_since: "2025-01-01", retired_on: "2026-01-31" }),
      ],
    }));
    const settings = await ensureKpiRollups(db(), orgId, DEFAULT_KPI_SETTINGS);
    const sections = await computeKpiSectionsSql(db(), orgId, jan, settings);
    const scope = (metric: string, subject: string | null = null) => ({ orgId, figure: explainedFigure(metric)!, period: jan, settings, subject });
    const rows = async (metric: string, set: "counted" | "left-out", subject: string | null = null) => {
      const page = await queryTablePage(db(), explainSource(scope(metric, subject), set), parseTableQuery(TABLE, {}));
      return Object.fromEntries(page.rows.map((r) => [r.ref, set === "counted" ? [r.term, r.value] : r.reason]));
    };
    const worked = async (metric: string, subject: string | null = null) => {
      const value = recompute(explainedFigure(metric)!, await explainTotals(db(), scope(metric, subject)));
      expect(value, metric).toBe(figureValue(sections, metric, subject));
      return value;
    };

    expect(await rows("revenue_earned", "counted")).toEqual({
      "K-beta": ["contract_share", 0], "K-acme": ["contract_share", expect.closeTo(310 * 12 / 365 * 31, 9)], "E-ann": ["billed", 1000], "E-bo-ticket": ["billed", 200],
    });
    expect(await rows("revenue_earned", "left-out")).toEqual({ "K-old": "not_active_in_period", "K-gamma": "client_not_listed", "E-bo-internal": "not_billed" });
    expect(await rows("hard_cost", "counted")).toEqual({ "K-beta": ["hard_cost", 372] });
    expect(await rows("hard_cost", "left-out")).toEqual({ "K-acme": "no_monthly_cost", "K-old": "not_active_in_period", "K-gamma": "client_not_listed" });
    expect(await rows("labour_cost", "left-out")).toEqual({ "E-bo-ticket": "no_cost_rate", "E-bo-internal": "no_cost_rate" });
    expect(await rows("reactive_hours", "counted")).toEqual({ "E-bo-ticket": ["reactive", 2] });
    expect(await rows("reactive_hours", "left-out")).toEqual({ "E-ann": "category_project", "E-bo-internal": "category_internal" });
    expect(await rows("unlogged_capacity_cost", "counted")).toEqual({ Ann: ["unlogged", 8300] });
    expect(await rows("unlogged_capacity_cost", "left-out")).toEqual({ Bo: "no_cost_rate" });
    expect(await rows("hard_cost_coverage", "counted")).toEqual({ "K-beta": ["with_cost", 0], "K-acme": ["no_monthly_cost", 310], "K-gamma": ["with_cost", 0] });
    expect(await rows("hard_cost_coverage", "left-out")).toEqual({ "K-old": "ended" });

    expect(await worked("client.revenue_earned", "Beta")).toBe(1000);
    expect(await worked("client.hard_cost", "Beta")).toBe(372);
    expect(await worked("client.labour_cost", "Beta")).toBe(500);
    expect(await worked("client.gross_profit", "Beta")).toBe(128);
    expect(await worked("client.gross_margin", "Beta")).toBe(0.128);
    expect(await worked("client.effective_hourly_rate", "Beta")).toBe(62.8);
    expect(await worked("costed_hours_share")).toBe(0.7692);
    // Every client's managed devices count, Gamma's too: 2 h × 30.4375 ÷ (2 devices × 31 days).
    expect(await rows("reactive_hours_per_endpoint", "counted")).toEqual({ "E-bo-ticket": ["reactive", 2], "pc-1": ["managed", 31], "pc-2": ["managed", 31] });
    expect(await worked("reactive_hours_per_endpoint")).toBe(0.9819);
    expect(await worked("client.reactive_hours_per_endpoint", "Acme")).toBe(1.9637);
    expect(await worked("unlogged_capacity_cost")).toBe(8300);
    expect(await worked("technician.labour_cost", "Ann")).toBe(500);
    expect(await worked("technician.cost_rate", "Ann")).toBe(50);
    expect(await worked("technician.labour_cost", "Bo")).toBeNull();
    expect(await worked("technician.cost_rate", "Bo")).toBeNull();
  });
});
