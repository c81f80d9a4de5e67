import { describe, expect, it } from "vitest";
import { AlertRuleInput, alertPreset, ALERT_PRESETS, evaluateRule, nextAlertState, resolveAlertWindow, baselinePeriod, ALERT_KPIS, type AlertState } from "@/lib/alerts";
import { card, figures, health, profit, tech } from "./figures";

const preset = (id: string) => {
  const rule = alertPreset(id);
  if (!rule) throw new Error(`no preset ${id}`);
  return rule;
};

describe("presets, each over hand-made figures", () => {
  it("all parse with the rule schema", () => {
    for (const p of ALERT_PRESETS) expect(AlertRuleInput.safeParse(alertPreset(p.id)).success, p.id).toBe(true);
  });

  it("technician logged utilization > 90 %: Anna 0.95 fires, Ben 0.90 does not (not above), Cem without hours has no value", () => {
    const results = evaluateRule(preset("technician-overloaded"), figures({ technicians: { by_technician: { Anna: tech(0.95), Ben: tech(0.9), Cem: tech(null) } } }));
    expect(results.map((r) => [r.subject, r.value, r.crossed])).toEqual([["Anna", 95, true], ["Ben", 90, false], ["Cem", null, false]]);
  });

  it("team utilization < 60 %: 0.55 fires, 0.6 does not, no data never fires", () => {
    const rule = preset("team-underused");
    expect(evaluateRule(rule, figures({ technicians: { team_utilization: 0.55 } }))[0]).toMatchObject({ subject: "", value: 55, crossed: true });
    expect(evaluateRule(rule, figures({ technicians: { team_utilization: 0.6 } }))[0]?.crossed).toBe(false);
    expect(evaluateRule(rule, figures({ technicians: { team_utilization: null } }))[0]?.crossed).toBe(false);
  });

  it("client tickets > 2× the 8-week average: Acme 9 vs 32/8 = 4 per week fires (2.25×), Beta 8 vs 4 is exactly 2× and does not", () => {
    const rule = preset("client-ticket-spike");
    const byClient = (n: number) => ({ tickets_created: n, billed_hours: 0 });
    const results = evaluateRule(rule, figures(
      { tickets: { by_client: { Acme: byClient(9), Beta: byClient(8) } } },
      {},
      { tickets: { by_client: { Acme: byClient(32), Beta: byClient(32), Gamma: byClient(0) } } },
    ));
    expect(results.map((r) => [r.subject, r.value, r.previous, r.measured, r.crossed])).toEqual([
      ["Acme", 9, 4, 2.25, true],
      ["Beta", 8, 4, 2, false],
    ]);
  });

  it("client with no tickets in the 8 weeks has no average and never fires", () => {
    const [r] = evaluateRule({ ...preset("client-ticket-spike"), subject: "New" }, figures({ tickets: { by_client: { New: { tickets_created: 5, billed_hours: 0 } } } }, {}, {}));
    expect(r).toMatchObject({ subject: "New", value: 5, previous: 0, measured: null, crossed: false });
  });

  it("SLA met < 90 %: 0.88 fires", () => {
    expect(evaluateRule(preset("sla-missed"), figures({ tickets: { sla_met: 0.88 } }))[0]).toMatchObject({ value: 88, crossed: true });
  });

  it("patched share < 90 % per client: Acme 80 % fires, Beta 100 % does not", () => {
    const results = evaluateRule(preset("client-unpatched"), figures({ devices: { health: { Acme: health(0.8), Beta: health(1) } } }));
    expect(results.map((r) => [r.subject, r.value, r.crossed])).toEqual([["Acme", 80, true], ["Beta", 100, false]]);
  });

  it("MRR down > 2 %: 10,000 → 9,750 is −2.5 % and fires; → 9,850 (−1.5 %) does not; a rise never does", () => {
    const rule = preset("mrr-down");
    expect(evaluateRule(rule, figures({ revenue: { mrr: 9750 } }, { revenue: { mrr: 10000 } }))[0]).toMatchObject({ value: 9750, previous: 10000, measured: 2.5, crossed: true });
    expect(evaluateRule(rule, figures({ revenue: { mrr: 9850 } }, { revenue: { mrr: 10000 } }))[0]?.crossed).toBe(false);
    expect(evaluateRule(rule, figures({ revenue: { mrr: 11000 } }, { revenue: { mrr: 10000 } }))[0]?.crossed).toBe(false);
  });

  it("a churned client: 1 churned client fires, 0 does not", () => {
    const rule = preset("client-churned");
    expect(evaluateRule(rule, figures({ revenue: { churned_clients: 1 } }))[0]?.crossed).toBe(true);
    expect(evaluateRule(rule, figures({ revenue: { churned_clients: 0 } }))[0]?.crossed).toBe(false);
  });
});

describe("profitability presets and figures", () => {
  it("client gross margin < 30 %: Acme 0.2999 fires, Beta exactly 0.30 does not, Gamma without revenue has no value", () => {
    const by_client = { Acme: profit({ gross_margin: 0.2999 }), Beta: profit({ gross_margin: 0.3 }), Gamma: profit({ gross_margin: null }) };
    const results = evaluateRule(preset("client-low-margin"), figures({ profitability: { by_client } }));
    expect(results.map((r) => [r.subject, r.value, r.crossed])).toEqual([["Acme", 29.99, true], ["Beta", 30, false], ["Gamma", null, false]]);
  });

  it("client effective hourly rate below the amount set (60): 59.99 fires, 60 does not, a client without hours has no value", () => {
    const by_client = { Acme: profit({ effective_hourly_rate: 59.99 }), Beta: profit({ effective_hourly_rate: 60 }), Idle: profit() };
    const results = evaluateRule(preset("client-low-hourly-rate"), figures({ profitability: { by_client } }));
    expect(results.map((r) => [r.subject, r.value, r.crossed])).toEqual([["Acme", 59.99, true], ["Beta", 60, false], ["Idle", null, false]]);
    expect(evaluateRule({ ...preset("client-low-hourly-rate"), threshold: 95 }, figures({ profitability: { by_client } }))[1]?.crossed).toBe(true);
  });

  it("every profitability figure has a rule: business, per client and per technician, read from the report", () => {
    const f = figures({ profitability: {
      gross_profit: 1200, hard_cost_coverage: 0.875, unlogged_capacity_cost: 830.5,
      by_client: { Acme: profit({ reactive_hours_per_endpoint: 0.3125, costed_hours_share: 0.5 }) },
      by_technician: { Ann: { cost_rate: 52.5, labour_cost: 420 } },
    } });
    const read = (key: string, subject = "") => ALERT_KPIS.find((k) => k.key === key)!.read(f.current, subject);
    expect([read("gross_profit"), read("hard_cost_coverage"), read("unlogged_capacity_cost")]).toEqual([1200, 87.5, 830.5]);
    expect([read("client.reactive_hours_per_endpoint", "Acme"), read("client.costed_hours_share", "Acme")]).toEqual([0.3125, 50]);
    expect([read("technician.cost_rate", "Ann"), read("technician.labour_cost", "Ann")]).toEqual([52.5, 420]);
    const keys = ALERT_KPIS.map((k) => k.key);
    for (const figure of ["revenue_earned", "hard_cost", "labour_cost", "gross_margin", "effective_hourly_rate", "logged_hours", "reactive_hours"]) {
      expect(keys, figure).toContain(figure);
      expect(keys, figure).toContain(`client.${figure}`);
    }
  });
});

describe("scorecard figures", () => {
  it("every scorecard figure has a rule, per technician and per salesperson, read in display units", () => {
    const f = figures({ scorecards: {
      technicians: { Ann: card({ tickets_resolved: 12, csat: 4.25, csat_positive: 0.8333, sla_met: 0.9, first_response_minutes: 42.5, peer_review: 4.5 }) },
      salespeople: { Sam: { booked_upsell_mrr: 1200, booked_new_service_mrr: 250, new_service_share: 0.1724 } },
    } });
    const read = (key: string, subject: string) => ALERT_KPIS.find((k) => k.key === key)!.read(f.current, subject);
    expect(["tickets_resolved", "csat", "csat_positive", "sla_met", "first_response_minutes", "peer_review"].map((k) => read(`technician.${k}`, "Ann")))
      .toEqual([12, 4.25, 83.33, 90, 42.5, 4.5]);
    expect(["booked_upsell_mrr", "booked_new_service_mrr", "new_service_share"].map((k) => read(`salesperson.${k}`, "Sam"))).toEqual([1200, 250, 17.24]);
    expect(ALERT_KPIS.filter((k) => k.scope === "salesperson").map((k) => k.key)).toHaveLength(3);
  });

  it("a rule per technician and per salesperson: CSAT below 4 (exactly 4 does not fire, no CSAT has no value); new-service share below 40 %", () => {
    const f = figures({ scorecards: {
      technicians: { Ann: card({ csat: 3.9 }), Bo: card({ csat: 4 }), Cy: card() },
      salespeople: { Sam: { booked_upsell_mrr: 1200, booked_new_service_mrr: 250, new_service_share: 0.1724 }, Tia: { booked_upsell_mrr: 0, booked_new_service_mrr: 300, new_service_share: 1 } },
    } });
    const rule = (kpi: string, threshold: number) => AlertRuleInput.parse({ name: kpi, kpi, subject: null, comparator: "below", threshold, window: "this-month", severity: "warning" });
    expect(evaluateRule(rule("technician.csat", 4), f).map((r) => [r.subject, r.value, r.crossed])).toEqual([["Ann", 3.9, true], ["Bo", 4, false], ["Cy", null, false]]);
    expect(evaluateRule(rule("salesperson.new_service_share", 40), f).map((r) => [r.subject, r.crossed])).toEqual([["Sam", true], ["Tia", false]]);
  });
});

describe("comparators", () => {
  const base = { kpi: "tickets_created", subject: null, window: "this-month" } as const;
  const f = figures({ tickets: { tickets_created: 130 } }, { tickets: { tickets_created: 100 } });
  it.each([
    ["rise-pct", 29, 30, true],
    ["rise-pct", 30, 30, false],
    ["rise-abs", 29, 30, true],
    ["fall-pct", 1, -30, false],
    ["fall-abs", 1, -30, false],
    ["above", 129, 130, true],
    ["below", 130, 130, false],
  ] as const)("%s %d: measured %d, crossed %s", (comparator, threshold, measured, crossed) => {
    expect(evaluateRule({ ...base, comparator, threshold }, f)[0]).toMatchObject({ measured, crossed });
  });

  it("a specific client absent from the figures created no tickets (0), a specific technician absent has no value", () => {
    expect(evaluateRule({ kpi: "client.tickets_created", subject: "Zeta", comparator: "below", threshold: 1, window: "this-week" }, figures({}))[0]).toMatchObject({ subject: "Zeta", value: 0, crossed: true });
    expect(evaluateRule({ kpi: "technician.utilization", subject: "Zoe", comparator: "below", threshold: 50, window: "this-week" }, figures({}))[0]).toMatchObject({ value: null, crossed: false });
  });

  it("every catalogue figure reads a number or null from empty sections", () => {
    for (const kpi of ALERT_KPIS) {
      const v = kpi.read(figures({}).current, "Acme");
      expect(v === null || Number.isFinite(v), kpi.key).toBe(true);
    }
  });
});

describe("nextAlertState: fires once per crossing, resolves, fires again", () => {
  it("walks a figure over, staying, acknowledged, back, and over again", () => {
    let state: AlertState | null = null;
    const transitions: string[] = [];
    const steps: (boolean | "ack")[] = [false, true, true, "ack", true, false, false, true];
    for (const crossed of steps) {
      if (crossed === "ack") {
        state = "acknowledged";
        continue;
      }
      const next = nextAlertState(state, crossed);
      transitions.push(next.transition);
      state = next.state;
    }
    expect(transitions).toEqual(["none", "fire", "keep", "keep", "resolve", "none", "fire"]);
  });
});

describe("rule schema", () => {
  it("reports each bad field by name", () => {
    const parsed = AlertRuleInput.safeParse({ name: "", kpi: "nope", comparator: "above", threshold: "", window: "this-week", webhookUrl: "ftp://x", emailTo: "a@b.de, not-mail" });
    expect(parsed.success).toBe(false);
    const fields = new Set(parsed.error?.issues.map((i) => i.path[0]));
    expect([...fields].sort()).toEqual(["emailTo", "kpi", "name", "threshold", "webhookUrl"]);
  });

  it("accepts a decimal comma and splits e-mail lists", () => {
    const parsed = AlertRuleInput.parse({ name: "x", kpi: "sla_met", comparator: "below", threshold: "92,5", window: "this-week", emailTo: "a@b.de; c@d.de" });
    expect(parsed).toMatchObject({ threshold: 92.5, emailTo: ["a@b.de", "c@d.de"], subject: null, webhookUrl: null, severity: "warning" });
  });

  it("refuses a client name on a business-wide figure", () => {
    expect(AlertRuleInput.safeParse({ name: "x", kpi: "sla_met", subject: "Acme", comparator: "below", threshold: 1, window: "this-week" }).success).toBe(false);
  });
});

describe("windows in the org's time zone", () => {
  it("Sunday 23:30 UTC is already Monday in Berlin: this week is that Monday alone", () => {
    const now = new Date("2026-11-29T23:30:00Z");
    expect(resolveAlertWindow("this-week", now, "UTC")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(resolveAlertWindow("this-week", now, "Europe/Berlin")).toEqual({ from: "2026-11-30", to: "2026-11-30" });
    expect(resolveAlertWindow("last-30-days", now, "UTC")).toEqual({ from: "2026-10-31", to: "2026-11-29" });
    expect(resolveAlertWindow("this-quarter", now, "UTC")).toEqual({ from: "2026-10-01", to: "2026-11-29" });
    expect(baselinePeriod({ from: "2026-11-23", to: "2026-11-29" })).toEqual({ from: "2026-09-28", to: "2026-11-22" });
  });
});
