import { describe, expect, it } from "vitest";
import { wallboardView, WallboardQuery } from "@/app/wallboard/boards";
import { wallboardMessages } from "@/app/wallboard/messages";
import type { WallboardFigures } from "@/db/queries/dashboard/wallboard";
import { computeKpiReport } from "@/lib/kpi/reference";
import { JAN, contract, dataset, entry, settings, technician } from "../kpi/factories";

// The wallboard's boards from the engine's figures: which tiles each board shows, the MRR bridge
// (losses shown negative, never "−€0"), technicians busiest first, and alerts in red while unacknowledged.
const data = dataset({
  contracts: [
    contract({ client: "Acme", monthly_value: "1000", start_date: "2025-01-01" }),
    contract({ client: "Borealis", monthly_value: "500", start_date: "2025-06-01", end_date: "2026-01-15" }),
  ],
  technicians: [technician({ technician: "Ada" }), technician({ technician: "Bo" })],
  timeEntries: [entry({ technician: "Ada", work_date: "2026-01-05", hours: "4" }), entry({ technician: "Bo", work_date: "2026-01-05", hours: "6" })],
});
const { previous: _previous, period: _period, ...month } = computeKpiReport(data, JAN, settings());
const figures = (unacknowledged: number): WallboardFigures => ({
  periods: { today: JAN, week: JAN, month: JAN },
  today: month,
  week: month,
  month,
  alerts: { open: 2, unacknowledged },
});
const en = wallboardMessages("en");

describe("wallboard boards", () => {
  it("reads ?board=, falling back to the default board", () => {
    expect(WallboardQuery.parse({ board: "business" }).board).toBe("business");
    expect(WallboardQuery.parse({ board: "nonsense" }).board).toBe("overview");
    expect(WallboardQuery.parse({}).board).toBe("overview");
  });

  it("shows the service desk's tiles with technicians, busiest first", () => {
    const view = wallboardView("service-desk", figures(1), en, "en", "EUR");
    expect(view.tiles.map((t) => t.id)).toEqual(["tickets-today", "tickets-week", "sla-week", "first-response-week", "open-alerts", "team-utilization-week"]);
    expect(view.tiles.find((t) => t.id === "open-alerts")).toMatchObject({ value: "2", detail: "1 not acknowledged", tone: "bad" });
    expect(view.technicians?.map((t) => t.name)).toEqual(["Bo", "Ada"]);
    expect(view.bridge).toBeNull();
  });

  it("shows MRR and the month's bridge on the business board, losses negative", () => {
    const view = wallboardView("business", figures(0), en, "en", "EUR");
    expect(view.tiles.map((t) => t.id)).toEqual(["mrr", "net-new-mrr", "active-clients", "team-utilization-month", "sla-month", "csat-month"]);
    expect(view.tiles.find((t) => t.id === "mrr")?.value).toBe("€1,000");
    expect(view.tiles.find((t) => t.id === "net-new-mrr")).toMatchObject({ value: "-€500", tone: "bad" });
    expect(view.bridge?.map((r) => `${r.label} ${r.text}`)).toEqual([
      "Start of month €1,500", "New clients €0", "Upsell €0", "Cross-sell €0", "Reactivated €0", "Contraction €0", "Churn -€500", "MRR now €1,000",
    ]);
    expect(view.technicians).toBeNull();
  });

  it("links each figure to its explanation for a signed-in member only", () => {
    const tv = wallboardView("business", figures(0), en, "en", "EUR");
    expect([...tv.tiles, ...(tv.bridge ?? [])].map((x) => x.href)).toEqual(Array(14).fill(undefined));
    const business = wallboardView("business", figures(0), en, "en", "EUR", true);
    expect(business.tiles.find((t) => t.id === "sla-month")?.href).toBe("/explain/sla_met?from=2026-01-01&to=2026-01-31");
    // The month starts with its day before's MRR; each movement opens its own bar.
    expect(business.bridge?.map((r) => r.href)).toEqual([
      "/explain/mrr?from=2025-12-31&to=2025-12-31",
      ...["new_mrr", "upsell_mrr", "cross_sell_mrr", "reactivated_mrr", "contraction_mrr", "churned_mrr", "mrr"].map((m) => `/explain/${m}?from=2026-01-01&to=2026-01-31`),
    ]);
    const desk = wallboardView("service-desk", figures(1), en, "en", "EUR", true);
    expect(desk.tiles.map((t) => t.href?.split("?")[0] ?? null)).toEqual([
      "/explain/tickets_created", "/explain/tickets_created", "/explain/sla_met", "/explain/first_response_minutes", null, "/explain/team_utilization",
    ]);
    expect(desk.technicians?.map((t) => t.href)).toEqual([
      "/explain/technician.utilization?from=2026-01-01&to=2026-01-31&subject=Bo",
      "/explain/technician.utilization?from=2026-01-01&to=2026-01-31&subject=Ada",
    ]);
  });

  it("mixes both on the default board, in German too", () => {
    const view = wallboardView("overview", figures(0), wallboardMessages("de"), "de", "EUR");
    expect(view.tiles.map((t) => t.label)).toEqual(["Tickets heute", "Tickets diese Woche", "SLA erfüllt diese Woche", "Offene Alarme", "MRR", "Teamauslastung diese Woche"]);
    expect(view.tiles.find((t) => t.id === "open-alerts")).toMatchObject({ detail: "alle bestätigt", tone: "good" });
  });
});
