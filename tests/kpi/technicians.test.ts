import { describe, expect, it } from "vitest";
import { computeRevenue, computeTechnicians, dec, revenueEarned, workloadBand } from "@/lib/kpi/reference";
import { contract, dataset, entry, JAN, settings, technician } from "./factories";

// January 2026 has 22 weekdays; with New Year's Day as a holiday, 21 → a 40 h week gives 8 × 21 = 168 h.
const holidays = ["2026-01-01"];
const s = settings({ holidays });
const hours = (tech: string, billable: string, nonBillable = "0") => [
  entry({ technician: tech, work_date: "2026-01-05", hours: billable }),
  entry({ technician: tech, work_date: "2026-01-06", hours: nonBillable, billable: false }),
];
const earnedNothing = { num: dec(0), den: dec(1) };

describe("available hours and utilization", () => {
  it("40 h/week × 21 weekdays (January less 1 holiday) / 5 = 168 h", () => {
    const data = dataset({ technicians: [technician({ technician: "Ann" })] });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Ann?.available_hours).toBe(168);
  });

  it("a 20 h/week part-timer active from 2026-01-19 has 10 weekdays × 4 h = 40 h", () => {
    const data = dataset({ technicians: [technician({ technician: "Pat", weekly_capacity_hours: "20", active_from: "2026-01-19" })] });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Pat?.available_hours).toBe(40);
  });

  it("active_to is inclusive: active to Friday 2026-01-09 = 6 weekdays (2, 5–9; 1 is a holiday) × 8 = 48 h", () => {
    const data = dataset({ technicians: [technician({ technician: "Lea", active_to: "2026-01-09" })] });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Lea?.available_hours).toBe(48);
  });

  it("billable 126 / 168 = 0.75; logged (126 + 24) / 168 = 0.892857… → 0.8929: balanced", () => {
    const data = dataset({ technicians: [technician({ technician: "Ann" })], timeEntries: hours("Ann", "126", "24") });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Ann).toEqual({
      available_hours: 168,
      billable_hours: 126,
      logged_hours: 150,
      utilization: 0.75,
      logged_utilization: 0.8929,
      billed_revenue: 0,
      workload: "balanced",
    });
  });

  it("capacity and no entries: utilization 0 (not null), workload idle", () => {
    const data = dataset({ technicians: [technician({ technician: "Ann" })] });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Ann).toMatchObject({ utilization: 0, logged_utilization: 0, workload: "idle" });
  });

  it("someone with no technician record (not confirmed) is active only from their first to their last logged day, at 40 h/week", () => {
    // Logged on Mon 5 and Fri 16 January: 10 weekdays × 8 h = 80 h; 8 / 80 = 0.1.
    const data = dataset({
      timeEntries: [
        entry({ technician: "Ghost", work_date: "2026-01-05", hours: "8" }),
        entry({ technician: "Ghost", work_date: "2026-01-16", hours: "0", billable: false }),
      ],
    });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Ghost).toMatchObject({ available_hours: 80, utilization: 0.1, workload: "idle" });
  });

  it("a former employee found only in an old export is not listed (nor idle) in later periods", () => {
    const data = dataset({ timeEntries: [entry({ technician: "Gone", work_date: "2025-06-02", hours: "6" })] });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician).toEqual({});
  });

  it("a technician record (confirmed) overrides the logged span: no active bounds means every weekday", () => {
    const data = dataset({
      technicians: [technician({ technician: "Ghost" })],
      timeEntries: [entry({ technician: "Ghost", work_date: "2025-06-02", hours: "6" })],
    });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Ghost).toMatchObject({ available_hours: 168, workload: "idle" });
  });

  it("left before P but logged time in P: listed with 0 available hours, utilization and workload null", () => {
    const data = dataset({
      technicians: [technician({ technician: "Old", active_to: "2025-12-31" })],
      timeEntries: [entry({ technician: "Old", work_date: "2026-01-05", hours: "2" })],
    });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Old).toMatchObject({
      available_hours: 0,
      logged_hours: 2,
      utilization: null,
      logged_utilization: null,
      workload: null,
    });
  });

  it("an entry of 0 hours is still logged time: a technician who left is listed with it", () => {
    const data = dataset({
      technicians: [technician({ technician: "Old", active_to: "2025-12-31" })],
      timeEntries: [entry({ technician: "Old", work_date: "2026-01-05", hours: "0" })],
    });
    expect(Object.keys(computeTechnicians(data, JAN, s, earnedNothing).by_technician)).toEqual(["Old"]);
  });

  it("a name listed twice: the first record (20 h/week → 84 h) is used", () => {
    const data = dataset({
      technicians: [technician({ technician: "Ann", weekly_capacity_hours: "20" }), technician({ technician: "Ann" })],
    });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician.Ann?.available_hours).toBe(84);
  });

  it("not listed: active only on a holiday or weekend of P, or not at all, without time in P", () => {
    const data = dataset({
      technicians: [
        technician({ technician: "Holiday", active_from: "2026-01-01", active_to: "2026-01-01" }),
        technician({ technician: "Weekend", active_from: "2026-01-03", active_to: "2026-01-04" }),
        technician({ technician: "Future", active_from: "2026-02-01" }),
      ],
    });
    expect(computeTechnicians(data, JAN, s, earnedNothing).by_technician).toEqual({});
  });
});

describe("workload band (upper 0.90, lower 0.50 by default)", () => {
  const band = (available: string, billable: string, logged: string) =>
    workloadBand({ available: dec(available), billable: dec(billable), logged: dec(logged) }, s);
  it("logged 160 / 168 = 0.952 > 0.90: overloaded", () => expect(band("168", "150", "160")).toBe("overloaded"));
  it("logged exactly 151.2 / 168 = 0.90 is not above 0.90: balanced", () => expect(band("168", "100", "151.2")).toBe("balanced"));
  it("billable 40 / 168 = 0.238 < 0.50 with logged 0.595: idle", () => expect(band("168", "40", "100")).toBe("idle"));
  it("billable exactly 84 / 168 = 0.50 is not below 0.50: balanced", () => expect(band("168", "84", "84")).toBe("balanced"));
  it("overloaded wins over idle: billable 10, logged 160 of 168", () => expect(band("168", "10", "160")).toBe("overloaded"));
  it("no available hours: null", () => expect(band("0", "5", "5")).toBeNull());
  it("thresholds are settings: upper 0.5 makes logged 100/168 overloaded", () => {
    expect(workloadBand({ available: dec(168), billable: dec(90), logged: dec(100) }, { workloadUpper: 0.5, workloadLower: 0.1 })).toBe("overloaded");
  });
});

describe("team figures", () => {
  it("FTE: (168 + 168 + 40) / (8 × 21) = 376 / 168 = 2.238095… → 2.2381", () => {
    const data = dataset({
      technicians: [
        technician({ technician: "Ann" }),
        technician({ technician: "Bo" }),
        technician({ technician: "Pat", weekly_capacity_hours: "20", active_from: "2026-01-19" }),
      ],
    });
    expect(computeTechnicians(data, JAN, s, earnedNothing).fte).toBe(2.2381);
  });

  it("team utilization: (126 + 42) billable / (168 + 168) available = 0.5; per-technician billed revenue 126 h × 100 = 12600", () => {
    const data = dataset({
      technicians: [technician({ technician: "Ann" }), technician({ technician: "Bo" })],
      timeEntries: [
        entry({ technician: "Ann", work_date: "2026-01-05", hours: "126", rate: "100" }),
        entry({ technician: "Bo", work_date: "2026-01-05", hours: "42" }),
      ],
    });
    const t = computeTechnicians(data, JAN, s, earnedNothing);
    expect(t.team_utilization).toBe(0.5);
    expect(t.by_technician.Ann?.billed_revenue).toBe(12600);
    expect(Object.keys(t.by_technician)).toEqual(["Ann", "Bo"]);
  });

  it("revenue per technician: (3650 × 12/365 × 31 = 3720 recurring + 280 billed) / 2 FTE = 2000.00", () => {
    const data = dataset({
      contracts: [contract({ client: "A", monthly_value: "3650", start_date: "2025-01-01" })],
      technicians: [technician({ technician: "Ann" }), technician({ technician: "Bo" })],
      timeEntries: [entry({ technician: "Ann", work_date: "2026-01-05", hours: "2", amount: "280" })],
    });
    const revenue = computeRevenue(data, JAN);
    expect([revenue.recurring_revenue, revenue.billed_time_revenue]).toEqual([3720, 280]);
    const t = computeTechnicians(data, JAN, s, revenueEarned(data, JAN));
    expect(t.fte).toBe(2);
    expect(t.revenue_per_technician).toBe(2000);
  });

  it("no technicians: fte 0 → revenue_per_technician null; team_utilization null", () => {
    const t = computeTechnicians(dataset({}), JAN, s, earnedNothing);
    expect(t).toMatchObject({ fte: 0, team_utilization: null, revenue_per_technician: null });
  });

  it("a period of only weekend days: fte null (8 × 0 weekdays)", () => {
    const data = dataset({ technicians: [technician({ technician: "Ann" })] });
    expect(computeTechnicians(data, { from: "2026-01-03", to: "2026-01-04" }, s, earnedNothing).fte).toBeNull();
  });
});
