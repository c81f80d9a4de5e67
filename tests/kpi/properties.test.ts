import Big from "big.js";
import { describe, expect, it } from "vitest";
import {
  computeKpiReport,
  computeKpiSections,
  computeMrrBridge,
  dec,
  divRound,
  KpiDataset,
  KpiReport,
  mrrOn,
  previousPeriod,
  startDay,
  type KpiSections,
} from "@/lib/kpi/reference";
import { mulberry32, Random, randomCase } from "./random-dataset";

const RUNS = 250;
const seeds = Array.from({ length: RUNS }, (_, i) => 1000 + i);

describe(`properties over ${RUNS} seeded random datasets`, () => {
  it("the generator is deterministic and its datasets are valid canonical records", () => {
    expect(Array.from({ length: 3 }, mulberry32(42))).toEqual(Array.from({ length: 3 }, mulberry32(42)));
    for (const seed of seeds.slice(0, 50)) expect(KpiDataset.safeParse(randomCase(seed).data).success).toBe(true);
  });

  it("every report validates against the KpiReport zod schema", () => {
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const result = KpiReport.safeParse(computeKpiReport(data, period, settings));
      expect(result.success, `seed ${seed}: ${result.error?.message}`).toBe(true);
    }
  });

  it("bridge identity: net_new_mrr = mrr − mrr_start, to the cent (2-decimal prices) and exactly before rounding (any prices)", () => {
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const { revenue } = computeKpiReport(data, period, settings);
      expect(dec(revenue.mrr).minus(revenue.mrr_start).eq(revenue.net_new_mrr), `seed ${seed}`).toBe(true);
      const odd = randomCase(seed, { moneyDp: 7 });
      const bridge = computeMrrBridge(odd.data.contracts, odd.period);
      expect(bridge.netNewMrr.eq(bridge.mrr.minus(bridge.mrrStart)), `seed ${seed}`).toBe(true);
      expect(bridge.mrr.eq(mrrOn(odd.data.contracts, odd.period.to))).toBe(true);
      expect(bridge.mrrStart.eq(mrrOn(odd.data.contracts, startDay(odd.period)))).toBe(true);
    }
  });

  it("no contracts, or none active on E: average_contract_value and revenue_per_client are null (not 0 or NaN)", () => {
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const none = computeKpiReport({ ...data, contracts: [] }, period, settings).revenue;
      expect([none.average_contract_value, none.revenue_per_client, none.new_client_average_contract_value]).toEqual([null, null, null]);
      const ended = data.contracts.map((c) => ({ ...c, start_date: "2020-01-01", end_date: "2020-12-31" }));
      const past = computeKpiReport({ ...data, contracts: ended }, period, settings).revenue;
      expect([past.mrr, past.average_contract_value, past.revenue_per_client]).toEqual([0, null, null]);
    }
  });

  it("a technician with capacity and no entries in P has utilization 0 (null only without available hours)", () => {
    let checked = 0;
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const { by_technician } = computeKpiReport({ ...data, timeEntries: [] }, period, settings).technicians;
      for (const figures of Object.values(by_technician)) {
        if (figures.available_hours > 0) {
          expect(figures.utilization).toBe(0);
          expect(figures.workload).toBe(settings.workloadLower > 0 ? "idle" : "balanced");
          checked++;
        } else {
          expect(figures.utilization).toBeNull();
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("shares stay within [0, 1]; counts are whole; nothing is NaN", () => {
    const shares = (s: KpiSections) => [
      ...Object.values(s.revenue.service_coverage),
      s.tickets.sla_met,
      s.tickets.csat_positive,
      s.devices.warranty_coverage,
      ...Object.values(s.devices.health).flatMap((h) => Object.values(h)),
      ...Object.values(s.devices.health_start).flatMap((h) => Object.values(h)),
    ];
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const report = computeKpiReport(data, period, settings);
      for (const sections of [report, report.previous]) {
        for (const v of shares(sections)) if (v !== null) expect(v >= 0 && v <= 1, `seed ${seed}: ${v}`).toBe(true);
      }
      expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    }
  });

  it("previous = the four sections computed directly for the previous period", () => {
    for (const seed of seeds.slice(0, 60)) {
      const { data, period, settings } = randomCase(seed);
      expect(computeKpiReport(data, period, settings).previous).toEqual(computeKpiSections(data, previousPeriod(period), settings));
    }
  });

  it("totals agree: Σ tickets per client = per week = per month = tickets_created; Σ billable hours per technician = per client", () => {
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const { tickets, technicians } = computeKpiReport(data, period, settings);
      const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(total(tickets.by_week)).toBe(tickets.tickets_created);
      expect(total(tickets.by_month)).toBe(tickets.tickets_created);
      expect(total(Object.fromEntries(Object.entries(tickets.by_client).map(([k, v]) => [k, v.tickets_created])))).toBe(tickets.tickets_created);
      const byTech = Object.values(technicians.by_technician).reduce((a, t) => a.plus(t.billable_hours), new Big(0));
      const byClient = Object.values(tickets.by_client).reduce((a, c) => a.plus(c.billed_hours), new Big(0));
      expect(byTech.eq(byClient), `seed ${seed}`).toBe(true);
    }
  });

  it("the random datasets exercise every part of the bridge, the SLA, CSAT, device health and workload bands", () => {
    const hits = { new: 0, churn: 0, reactivated: 0, upsell: 0, crossSell: 0, contraction: 0, sla: 0, csat: 0, health: 0, overloaded: 0, idle: 0 };
    for (const seed of seeds) {
      const { data, period, settings } = randomCase(seed);
      const { revenue, tickets, devices, technicians } = computeKpiReport(data, period, settings);
      const bands = Object.values(technicians.by_technician).map((t) => t.workload);
      hits.new += Number(revenue.new_mrr > 0);
      hits.churn += Number(revenue.churned_mrr > 0);
      hits.reactivated += Number(revenue.reactivated_mrr > 0);
      hits.upsell += Number(revenue.upsell_mrr > 0);
      hits.crossSell += Number(revenue.cross_sell_mrr > 0);
      hits.contraction += Number(revenue.contraction_mrr > 0);
      hits.sla += Number(tickets.sla_met !== null && tickets.sla_met > 0 && tickets.sla_met < 1);
      hits.csat += Number(tickets.csat !== null);
      hits.health += Number(Object.values(devices.health).some((h) => h.av_ok > 0 && h.seen > 0));
      hits.overloaded += Number(bands.includes("overloaded"));
      hits.idle += Number(bands.includes("idle"));
    }
    for (const [kind, n] of Object.entries(hits)) expect(n, kind).toBeGreaterThanOrEqual(10);
  });

  it("divRound is correctly rounded half-up: checked against integer arithmetic on random fractions", () => {
    const r = Random.seeded(7);
    for (let i = 0; i < 2000; i++) {
      const n = BigInt(r.int(-5_000_000, 5_000_000));
      const d = BigInt(r.int(1, 100_000));
      // round(n / d, 4) half away from zero = sign × floor((2·|n|·10⁴ + d) / 2d) / 10⁴
      const abs = n < 0n ? -n : n;
      const q = (2n * abs * 10_000n + d) / (2n * d);
      const expected = Number(n < 0n ? -q : q) / 10_000;
      expect(divRound(dec(n.toString()), dec(d.toString()), 4)).toBe(expected === 0 ? 0 : expected);
    }
  });
});
