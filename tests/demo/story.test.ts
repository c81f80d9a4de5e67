import { describe, expect, it } from "vitest";
import { SERVICES, TIERS } from "@/fixtures/demo/catalog";
import type { ContractRecord } from "@/lib/records/schemas";
import { addDays, records, TODAY } from "./support";

// The demo year, checked from the files the way the KPI pages will see it.
const YEAR_START = addDays(TODAY, -365);
const contracts = records("contracts");
const activeOn = (list: readonly ContractRecord[], day: string) =>
  list.filter((c) => c.start_date <= day && (c.end_date === null || day <= c.end_date));
const byClient = new Map<string, ContractRecord[]>();
for (const c of contracts) byClient.set(c.client, [...(byClient.get(c.client) ?? []), c]);

describe("demo size", () => {
  it("about 40 clients, 8 technicians, a year of tickets, time, devices and weekly device status", () => {
    expect(records("clients").length).toBeGreaterThanOrEqual(36);
    expect(records("clients").length).toBeLessThanOrEqual(46);
    expect(records("technicians").length).toBe(8);
    expect(records("tickets").length).toBeGreaterThanOrEqual(8_000);
    expect(records("tickets").length).toBeLessThanOrEqual(12_000);
    expect(records("time").length).toBeGreaterThanOrEqual(15_000);
    expect(records("time").length).toBeLessThanOrEqual(25_000);
    expect(records("devices").length).toBeGreaterThanOrEqual(600);
    expect(records("devices").length).toBeLessThanOrEqual(900);
    expect(records("device-status").length).toBeGreaterThanOrEqual(30_000);
    expect(records("device-status").length).toBeLessThanOrEqual(45_000);
  });

  it("a catalogue of six services in three tiers, sold by two or three people", () => {
    expect(new Set(contracts.map((c) => c.service)).size).toBe(6);
    expect(new Set(contracts.map((c) => c.tier))).toEqual(new Set(["Good", "Better", "Best"]));
    const sellers = new Set(contracts.flatMap((c) => (c.salesperson ? [c.salesperson] : [])));
    expect(sellers.size).toBeGreaterThanOrEqual(2);
    expect(sellers.size).toBeLessThanOrEqual(3);
    expect(contracts.some((c) => c.end_date === null)).toBe(true);
    expect(contracts.some((c) => /\.\d{3,}$/.test(c.monthly_value))).toBe(true);
  });
});

describe("the revenue story is in the contracts", () => {
  it("clients churn: every contract ended during the year", () => {
    const churned = [...byClient].filter(([, list]) => {
      const ends = list.map((c) => c.end_date);
      return ends.every((e) => e !== null && e < TODAY) && ends.some((e) => e !== null && e >= YEAR_START);
    });
    expect(churned.length).toBeGreaterThanOrEqual(2);
  });

  it("a churned client comes back (reactivation)", () => {
    const reactivated = [...byClient].filter(([, list]) => {
      const earliest = list.reduce((a, c) => (c.start_date < a ? c.start_date : a), TODAY);
      return list.some(
        (c) => c.start_date > YEAR_START && c.start_date > earliest && activeOn(list, addDays(c.start_date, -1)).length === 0,
      );
    });
    expect(reactivated.map(([name]) => name)).toHaveLength(1);
  });

  it("upsell and contraction: same client and service, the next contract starts the day after, for more or less", () => {
    let up = 0;
    let down = 0;
    for (const a of contracts) {
      if (a.end_date === null || a.end_date < YEAR_START) continue;
      const next = contracts.find(
        (b) => b.client === a.client && b.service === a.service && b.start_date === addDays(a.end_date ?? "", 1),
      );
      if (!next) continue;
      if (Number(next.monthly_value) > Number(a.monthly_value)) up++;
      if (Number(next.monthly_value) < Number(a.monthly_value)) down++;
    }
    expect(up).toBeGreaterThanOrEqual(5);
    expect(down).toBeGreaterThanOrEqual(1);
  });

  it("cross-sell: existing clients add a service they did not have", () => {
    const crossSells = contracts.filter((c) => {
      if (c.start_date <= YEAR_START) return false;
      const before = activeOn(byClient.get(c.client) ?? [], addDays(c.start_date, -1));
      return before.length > 0 && !before.some((b) => b.service === c.service);
    });
    expect(new Set(crossSells.map((c) => c.client)).size).toBeGreaterThanOrEqual(4);
  });

  it("new clients sign in most quarters of the year", () => {
    const firstStart = [...byClient.values()].map((list) => list.reduce((a, c) => (c.start_date < a ? c.start_date : a), "9999"));
    const quartersWithNew = [0, 1, 2, 3].filter((q) => {
      const from = addDays(TODAY, -91 * (q + 1) + 1);
      const to = addDays(TODAY, -91 * q);
      return firstStart.some((d) => d >= from && d <= to);
    });
    expect(quartersWithNew.length).toBeGreaterThanOrEqual(3);
  });

  it("monthly_value = units × the tier's list price (monthly billing), or yearly / 12", () => {
    const listCents = new Map(Object.values(SERVICES).map((s) => [s.name, s.priceCents]));
    const atListPrice = contracts.filter((c) => {
      const prices = listCents.get(c.service);
      const tier = TIERS.find((t) => t === c.tier);
      if (!prices || !tier || c.units === null) return false;
      return Math.round(Number(c.monthly_value) * 100) === Number(c.units) * prices[tier];
    });
    expect(atListPrice.length / contracts.length).toBeGreaterThan(0.5);
    const yearly = contracts.filter((c) => /\.\d{3,}$/.test(c.monthly_value));
    // e.g. 1000 / 12 = 83.333333: the yearly price is a whole number of euros.
    for (const c of yearly) expect(Math.abs(Number(c.monthly_value) * 12 - Math.round(Number(c.monthly_value) * 12))).toBeLessThan(0.0001);
  });
});

describe("the operations story", () => {
  it("recent four weeks: some technicians overloaded, some idle, the rest balanced", () => {
    const from = addDays(TODAY, -27);
    const band = new Map<string, string>();
    for (const t of records("technicians")) {
      let weekdays = 0;
      for (let d = from; d <= TODAY; d = addDays(d, 1)) {
        const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (wd !== 0 && wd !== 6 && (t.active_from === null || t.active_from <= d)) weekdays++;
      }
      const available = (Number(t.weekly_capacity_hours) / 5) * weekdays;
      const mine = records("time").filter((e) => e.technician === t.technician && e.work_date >= from && e.work_date <= TODAY);
      const logged = mine.reduce((s, e) => s + Number(e.hours), 0);
      const billable = mine.filter((e) => e.billable).reduce((s, e) => s + Number(e.hours), 0);
      band.set(t.technician, logged / available > 0.9 ? "overloaded" : billable / available < 0.5 ? "idle" : "balanced");
    }
    const count = (b: string) => [...band.values()].filter((v) => v === b).length;
    expect(count("overloaded")).toBeGreaterThanOrEqual(1);
    expect(count("overloaded")).toBeLessThanOrEqual(2);
    expect(count("idle")).toBeGreaterThanOrEqual(1);
    expect(count("idle")).toBeLessThanOrEqual(2);
    expect(count("balanced")).toBeGreaterThanOrEqual(4);
  });

  it("one part-timer and one mid-year joiner; about three quarters of logged hours billable", () => {
    const techs = records("technicians");
    expect(techs.filter((t) => t.weekly_capacity_hours === "24")).toHaveLength(1);
    expect(techs.filter((t) => t.active_from !== null && t.active_from > YEAR_START)).toHaveLength(1);
    const time = records("time");
    const hours = (list: typeof time) => list.reduce((s, e) => s + Number(e.hours), 0);
    const share = hours(time.filter((e) => e.billable)) / hours(time);
    expect(share).toBeGreaterThan(0.68);
    expect(share).toBeLessThan(0.82);
    expect(time.filter((e) => e.billable).every((e) => e.rate !== null)).toBe(true);
    const withAmount = time.filter((e) => e.amount !== null).length;
    expect(withAmount).toBeGreaterThan(0);
    expect(withAmount / time.length).toBeLessThan(0.15);
  });

  it("tickets: mostly P3/P4, first responses mostly within SLA, CSAT on ~40 % of resolved, a few open", () => {
    const tickets = records("tickets");
    const sla = { P1: 60, P2: 240, P3: 480, P4: 1440 };
    const low = tickets.filter((t) => t.priority === "P3" || t.priority === "P4").length;
    expect(low / tickets.length).toBeGreaterThan(0.7);
    const met = tickets.filter(
      (t) =>
        t.priority &&
        t.first_response_at &&
        (Date.parse(t.first_response_at) - Date.parse(t.created_at)) / 60_000 <= sla[t.priority],
    ).length;
    expect(met / tickets.length).toBeGreaterThan(0.8);
    expect(met / tickets.length).toBeLessThan(0.98);
    const resolved = tickets.filter((t) => t.resolved_at !== null);
    const rated = resolved.filter((t) => t.csat !== null);
    expect(rated.length / resolved.length).toBeGreaterThan(0.3);
    expect(rated.length / resolved.length).toBeLessThan(0.5);
    expect(rated.filter((t) => (t.csat ?? 0) >= 4).length / rated.length).toBeGreaterThan(0.7);
    const open = tickets.filter((t) => t.resolved_at === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length / tickets.length).toBeLessThan(0.02);
    const weekend = tickets.filter((t) => [0, 6].includes(new Date(t.created_at).getUTCDay())).length;
    expect(weekend / tickets.length).toBeLessThan(0.08);
  });

  it("device health improves over the year and some devices have not been seen for weeks", () => {
    const status = records("device-status");
    const days = [...new Set(status.map((s) => s.observed_at.slice(0, 10)))].sort();
    const patchedShare = (day: string | undefined) => {
      const rows = status.filter((s) => s.observed_at.startsWith(day ?? "none"));
      return rows.filter((s) => s.patched).length / rows.length;
    };
    expect(patchedShare(days[days.length - 1]) - patchedShare(days[0])).toBeGreaterThan(0.1);
    const latest = status.filter((s) => s.observed_at.startsWith(TODAY));
    const stale = latest.filter((s) => s.last_seen_at !== null && s.last_seen_at < addDays(TODAY, -14));
    expect(stale.length).toBeGreaterThan(0);
    expect(latest.filter((s) => s.backup_ok).length / latest.length).toBeGreaterThan(0.9);
    expect(latest.some((s) => s.av_ok === false)).toBe(true);
    const devices = records("devices");
    expect(devices.some((d) => d.retired_on !== null)).toBe(true);
    expect(devices.some((d) => d.warranty_end !== null && d.warranty_end < TODAY && d.retired_on === null)).toBe(true);
    expect(new Set(devices.map((d) => d.kind))).toEqual(new Set(["server", "workstation", "network", "mobile"]));
  });
});
