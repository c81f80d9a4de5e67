import { expect, it } from "vitest";
import { explainSource, explainTotals } from "@/db/queries/explain/explain";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { queryTablePage } from "@/db/tables/sql-table";
import { explainedFigure, figureValue } from "@/lib/explain/figures";
import { recompute } from "@/lib/explain/formula";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { contract, dataset, device, technician, ticket } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";

// The service desk's drill-downs on a hand-made January: which records each figure counts, why
// the others of its scope are left out, and that the counted ones give the figure worked out by hand.

const TABLE = { sortable: ["ref"], filters: ["term"], defaultSort: "ref", defaultDir: "asc", defaultSize: 100 } as const;
const jan = { from: "2026-01-01", to: "2026-01-31" };

describeEachDatabase("service desk drill-downs", (db) => {
  it("count the records the definitions name, say why the others are left out, and add up to the figure", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, dataset({
      technicians: [technician({ technician: "Ann" }), technician({ technician: "Bob" })],
      tickets: [
        ticket({ ticket_id: "T-fast", technician: "Ann", priority: "P1", created_at: "2026-01-05T09:00:00Z", first_response_at: "2026-01-05T09:30:00Z", resolved_at: "2026-01-05T11:00:00Z", csat: 5 }),
        ticket({ ticket_id: "T-slow", technician: "Ann", created_at: "2025-12-28T09:00:00Z", resolved_at: "2026-01-02T09:00:00Z", csat: 2 }),
        ticket({ ticket_id: "T-open", technician: "Ann", priority: "P2", created_at: "2026-01-10T09:00:00Z", first_response_at: "2026-01-10T15:00:00Z" }),
        ticket({ ticket_id: "T-later", technician: "Ann", created_at: "2026-01-20T09:00:00Z", resolved_at: "2026-02-02T09:00:00Z", csat: 5 }),
        ticket({ ticket_id: "T-bob", technician: "Bob", created_at: "2026-01-06T09:00:00Z", resolved_at: "2026-01-07T09:00:00Z", csat: 4 }),
      ],
      devices: [
        device({ device_id: "D-ok", hostname: "ok-pc", managed_since: "2025-01-01", warranty_end: "2026-12-31" }),
        device({ device_id: "D-expired", hostname: "expired-pc", managed_since: "2025-01-01", warranty_end: "2026-01-30" }),
        device({ device_id: "D-nodate", hostname: "nodate-pc", managed_since: "2025-01-01" }),
        device({ device_id: "D-beta", client: "Beta", hostname: "beta-pc", managed_since: "2025-01-01", warranty_end: "2026-01-31" }),
        device({ device_id: "D-retired", hostname: "old-pc", managed_since: "2025-01-01", retired_on: "2026-01-15", warranty_end: "2027-01-01" }),
        device({ device_id: "D-new", hostname: "new-pc", managed_since: "2026-02-01", warranty_end: "2027-01-01" }),
      ],
      contracts: [
        contract({ contract_id: "K-base", client: "Beta", monthly_value: "100", start_date: "2025-01-01" }),
        contract({ contract_id: "K-upsell", client: "Beta", monthly_value: "50", start_date: "2026-01-10", salesperson: "Sven" }),
        contract({ contract_id: "K-backup", client: "Beta", service: "Backup", monthly_value: "30", start_date: "2026-01-05", salesperson: "Sven" }),
        contract({ contract_id: "K-short", client: "Beta", monthly_value: "20", start_date: "2026-01-03", end_date: "2026-01-20", salesperson: "Sven" }),
      ],
    }));
    const settings = await ensureKpiRollups(db(), orgId, DEFAULT_KPI_SETTINGS);
    const sections = await computeKpiSectionsSql(db(), orgId, jan, settings);
    const figure = (metric: string) => explainedFigure(metric)!;
    const rows = async (metric: string, set: "counted" | "left-out", subject: string | null = null) => {
      const page = await queryTablePage(db(), explainSource({ orgId, figure: figure(metric), period: jan, settings, subject }, set), parseTableQuery(TABLE, {}));
      return Object.fromEntries(page.rows.map((r) => [r.ref, set === "counted" ? r.term : r.reason]));
    };
    /** The figure worked out from its counted records, after checking the engine computed the same. */
    const worked = async (metric: string, subject: string | null = null) => {
      const value = recompute(figure(metric), await explainTotals(db(), { orgId, figure: figure(metric), period: jan, settings, subject }));
      expect(value, metric).toBeCloseTo(figureValue(sections, metric, subject) ?? Number.NaN, 9);
      return value;
    };

    expect(await rows("resolution_hours", "counted")).toEqual({ "T-fast": "resolved", "T-slow": "resolved", "T-bob": "resolved" });
    expect(await rows("resolution_hours", "left-out")).toEqual({ "T-open": "unresolved", "T-later": "resolved_outside" });
    expect(await worked("resolution_hours")).toBe(24);
    expect(await rows("csat_positive", "counted")).toEqual({ "T-fast": "positive", "T-slow": "other", "T-bob": "positive" });
    expect(await worked("csat_positive")).toBe(0.6667);

    expect(await rows("technician.tickets_resolved", "counted", "Ann")).toEqual({ "T-fast": "resolved", "T-slow": "resolved" });
    expect(await rows("technician.tickets_resolved", "left-out", "Ann")).toEqual({ "T-open": "unresolved", "T-later": "resolved_outside" });
    expect(await worked("technician.tickets_resolved", "Ann")).toBe(2);
    expect(await worked("technician.csat", "Ann")).toBe(3.5);
    expect(await worked("technician.csat_positive", "Ann")).toBe(0.5);
    expect(await rows("technician.sla_met", "counted", "Ann")).toEqual({ "T-fast": "met", "T-open": "missed" });
    expect(await rows("technician.sla_met", "left-out", "Ann")).toEqual({ "T-slow": "created_before", "T-later": "no_priority" });
    expect(await worked("technician.first_response_minutes", "Ann")).toBe(195);

    expect(await rows("managed_devices", "left-out")).toEqual({ "old-pc": "retired", "new-pc": "not_yet_managed" });
    expect(await worked("managed_devices")).toBe(4);
    // A warranty ending on the period's last day still covers it.
    expect(await rows("warranty_coverage", "counted")).toEqual({
      "ok-pc": "under_warranty", "expired-pc": "no_warranty", "nodate-pc": "no_warranty", "beta-pc": "under_warranty",
    });
    expect(await worked("warranty_coverage")).toBe(0.5);

    expect(await rows("salesperson.booked_upsell_mrr", "counted", "Sven")).toEqual({ "K-upsell": "upsell" });
    expect(await rows("salesperson.booked_upsell_mrr", "left-out", "Sven")).toEqual({ "K-backup": "booked_as_new_service", "K-short": "ended" });
    expect(await rows("salesperson.booked_new_service_mrr", "left-out", "Sven")).toEqual({ "K-upsell": "booked_as_upsell", "K-short": "ended" });
    expect(await worked("salesperson.booked_upsell_mrr", "Sven")).toBe(50);
    expect(await worked("salesperson.booked_new_service_mrr", "Sven")).toBe(30);
    expect(await worked("salesperson.new_service_share", "Sven")).toBe(0.375);
  });
});
