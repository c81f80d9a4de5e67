import { expect, it } from "vitest";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { figureTrend } from "@/db/queries/kpi/trend";
import type { Role } from "@/lib/auth/roles";
import { goalValue } from "@/lib/goals/metrics";
import { sectionsForRole } from "@/lib/kpi/served-report";
import { seedDataset } from "../dashboard-pages/seed";
import { contract, dataset, device, entry, settings, technician, ticket } from "../kpi/factories";
import { createTestOrg, describeEachDatabase } from "../support/db";

// A figure's trend: P and the 11 periods before it, each value what the card reads from that
// period's whole report, computed from only the parts the figure needs; a period with no data is null.

const JUNE = { from: "2026-06-01", to: "2026-06-30" };

describeEachDatabase("figure trend", (db) => {
  it("equals each period's report, figure by figure, with gaps where there is no data", async () => {
    const org = await createTestOrg(db());
    const s = settings();
    // Tickets in March, May and June (none in April); Ann logs time from March; Beta joins in May.
    await seedDataset(db(), org, dataset({
      contracts: [
        contract({ client: "Acme", monthly_value: "1000", start_date: "2026-01-01", monthly_cost: "300" }),
        contract({ client: "Beta", monthly_value: "500", start_date: "2026-05-10" }),
      ],
      technicians: [technician({ technician: "Ann", hourly_cost: "40" })],
      timeEntries: [
        entry({ technician: "Ann", work_date: "2026-03-10", hours: "6" }),
        entry({ technician: "Ann", work_date: "2026-05-12", hours: "7", billable: false }),
        entry({ technician: "Ann", work_date: "2026-06-03", hours: "8" }),
      ],
      tickets: [
        ticket({ created_at: "2026-03-02T09:00:00Z", first_response_at: "2026-03-02T09:30:00Z", priority: "P1", technician: "Ann" }),
        ticket({ created_at: "2026-05-04T09:00:00Z", first_response_at: "2026-05-04T12:00:00Z", priority: "P1", technician: "Ann" }),
        ticket({ created_at: "2026-06-08T09:00:00Z", first_response_at: "2026-06-08T09:10:00Z", priority: "P2", technician: "Ann" }),
        ticket({ created_at: "2026-06-09T09:00:00Z", first_response_at: "2026-06-09T09:20:00Z", priority: "P3" }),
      ],
      devices: [device({ client: "Acme", managed_since: "2026-02-01" })],
    }), s);

    const figures: [string, string | null, Role][] = [
      ["sla_met", null, "viewer"], ["tickets_per_device", null, "viewer"], ["mrr", null, "viewer"], ["technician.utilization", "Ann", "viewer"],
      ["gross_margin", null, "owner"], ["gross_margin", null, "viewer"], ["technician.sla_met", "Ann", "manager"], ["client.patched", "Acme", "viewer"],
    ];
    const trends = await Promise.all(figures.map(([metric, subject, role]) => figureTrend(db(), org, { metric, subject, period: JUNE, settings: s, role })));
    const sla = trends[0]!;
    expect(sla.map((p) => p.from)).toEqual([
      "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01",
    ]);
    expect(sla.at(-4)).toEqual({ from: "2026-03-01", to: "2026-03-31", value: 100 });
    expect(sla.at(-3)).toEqual({ from: "2026-04-01", to: "2026-04-30", value: null });
    expect(sla.map((p) => p.value)).toEqual([null, null, null, null, null, null, null, null, 100, null, 0, 100]);
    expect(trends[2]!.slice(-3).map((p) => p.value)).toEqual([1000, 1500, 1500]);
    expect(trends[5]!.every((p) => p.value === null)).toBe(true);
    expect(trends[4]!.some((p) => p.value !== null)).toBe(true);

    // One whole report per period, read by every figure.
    const used = await ensureKpiRollups(db(), org, s);
    for (const [p, { from, to }] of sla.entries()) {
      const whole = await computeKpiSectionsSql(db(), org, { from, to }, used);
      for (const [i, [metric, subject, role]] of figures.entries()) {
        expect(trends[i]![p]!.value, `${metric} ${subject ?? ""} as ${role}, ${from}`).toEqual(goalValue(sectionsForRole(whole, role), metric, subject));
      }
    }
  });
});
