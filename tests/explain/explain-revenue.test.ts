import { expect, it } from "vitest";
import { explainSource, explainTotals } from "@/db/queries/explain/explain";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { queryTablePage } from "@/db/tables/sql-table";
import { EXPLAINED_FIGURES, figureValue } from "@/lib/explain/figures";
import { assembleFormula, recompute } from "@/lib/explain/formula";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { contract, dataset, entry, JAN, technician } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";

// The revenue, client, service and technician-time drill-downs on a hand-made January: which
// records count, why the others do not, and the formula's terms worked through on paper.

const TABLE = { sortable: ["ref"], filters: ["term"], defaultSort: "ref", defaultDir: "asc", defaultSize: 100 } as const;

describeEachDatabase("revenue drill-downs", (db) => {
  it("count the right clients, contracts and hours, and say why the others are left out", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, dataset({
      technicians: [technician({ technician: "Ann" })],
      contracts: [
        contract({ contract_id: "K-acme", client: "Acme", monthly_value: "500", start_date: "2025-06-01" }),
        contract({ contract_id: "K-acme-backup", client: "Acme", service: "Backup", monthly_value: "100", start_date: "2026-01-10" }),
        contract({ contract_id: "K-beta", client: "Beta", monthly_value: "300", start_date: "2025-01-01", end_date: "2025-12-31" }),
        contract({ contract_id: "K-gamma", client: "Gamma", monthly_value: "200", start_date: "2026-01-05" }),
        contract({ contract_id: "K-delta", client: "Delta", monthly_value: "400", start_date: "2026-02-01" }),
      ],
      timeEntries: [
        entry({ entry_id: "E-billed", technician: "Ann", work_date: "2026-01-12", hours: "2", rate: "100" }),
        entry({ entry_id: "E-internal", technician: "Ann", work_date: "2026-01-13", hours: "1", billable: false }),
      ],
    }));
    const settings = await ensureKpiRollups(db(), orgId, DEFAULT_KPI_SETTINGS);
    const sections = await computeKpiSectionsSql(db(), orgId, JAN, settings);
    const scope = (metric: string, subject: string | null) => ({ orgId, figure: EXPLAINED_FIGURES.find((f) => f.metric === metric)!, period: JAN, settings, subject });
    const rows = async (metric: string, set: "counted" | "left-out", subject: string | null = null) => {
      const page = await queryTablePage(db(), explainSource(scope(metric, subject), set), parseTableQuery(TABLE, {}));
      return Object.fromEntries(page.rows.map((r) => [r.ref, set === "counted" ? r.term : r.reason]));
    };
    const formula = async (metric: string, subject: string | null = null) => {
      const s = scope(metric, subject);
      const totals = await explainTotals(db(), s);
      const value = figureValue(sections, metric, subject);
      expect(recompute(s.figure, totals), metric).toBe(value);
      const f = assembleFormula(s.figure, totals, value);
      // Terms as the formula line shows them (the earned revenue is a sum of exact quotients).
      return [...f.terms.map((t) => Math.round(t.value * 1e6) / 1e6), f.result];
    };

    expect(await rows("active_clients", "counted")).toEqual({ Acme: "paying", Gamma: "paying" });
    expect(await rows("active_clients", "left-out")).toEqual({ Beta: "no_mrr_on_last_day", Delta: "no_mrr_on_last_day" });
    expect(await rows("new_clients", "counted")).toEqual({ Gamma: "new" });
    expect(await rows("new_clients", "left-out")).toEqual({ Acme: "client_before_period", Beta: "client_before_period", Delta: "first_contract_after" });
    expect(await rows("churned_clients", "counted")).toEqual({ Beta: "churned" });
    expect(await rows("churned_clients", "left-out")).toEqual({ Acme: "still_paying", Gamma: "new_client", Delta: "no_mrr_at_start" });
    expect(await rows("service.coverage", "counted", "Backup")).toEqual({ Acme: "with_service", Gamma: "without_service" });
    expect(await rows("service.mrr", "counted", "Backup")).toEqual({ "K-acme-backup": "active" });
    expect(await rows("recurring_revenue", "left-out")).toEqual({ "K-beta": "ended_before_period", "K-delta": "starts_after_period" });
    expect(await rows("revenue_per_technician", "left-out")).toEqual({ "K-beta": "ended_before_period", "K-delta": "starts_after_period", "E-internal": "not_billable" });
    expect(await rows("technician.billable_hours", "left-out", "Ann")).toEqual({ "E-internal": "not_billable" });
    expect(await rows("technician.logged_hours", "counted", "Ann")).toEqual({ "E-billed": "logged", "E-internal": "logged" });

    // Terms, then the result: MRR on 31 January is 500 + 100 + 200 over 3 contracts and 2 clients.
    expect(await formula("average_contract_value")).toEqual([800, 3, 266.67]);
    expect(await formula("revenue_per_client")).toEqual([800, 2, 400]);
    expect(await formula("service.coverage", "Backup")).toEqual([1, 2, 0.5]);
    // (500 × 31 + 100 × 22 + 200 × 27 days) × 12 ÷ 365 = 277,200 ÷ 365.
    expect(await formula("recurring_revenue")).toEqual([759.452055, 3, 759.45]);
    // January 2026 has 22 weekdays: Ann's 40 h a week make 176 h, one full-time equivalent.
    expect(await formula("fte")).toEqual([176, 176, 1]);
    expect(await formula("revenue_per_technician")).toEqual([959.452055, 1, 959.45]);
    expect(await formula("technician.logged_utilization", "Ann")).toEqual([3, 176, 0.017]);
    expect(await formula("technician.billed_revenue", "Ann")).toEqual([200, 1, 200]);
  });
});
