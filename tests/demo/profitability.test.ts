import { describe, expect, it } from "vitest";
import { generateDemoData, type DemoFiles } from "@/fixtures/demo/generate";
import { addDays, demo, parseCsv, TODAY } from "./support";

// The demo's profitability story, checked roughly from the files (revenue − hard cost − hours ×
// cost, KPIS.md "Profitability KPIs"): costs for all but one technician and one contract, every
// kind of work, two clients below 20 % margin and one with a high reactive load.

type Kind = "technicians" | "contracts" | "time" | "clients" | "devices";
const rows = (kind: Kind, files: DemoFiles = demo()) => parseCsv(files[kind]).data;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

interface ClientFigures { revenue: number; hardCost: number; labourCost: number; reactiveHours: number }

function lastNinetyDays(today = TODAY, files = demo()): Map<string, ClientFigures> {
  const FROM = addDays(today, -89);
  const rows = (kind: Kind) => parseCsv(files[kind]).data;
  const cost = new Map(rows("technicians").map((t) => [t.technician!, t.hourly_cost ? Number(t.hourly_cost) : 0]));
  const names = new Map(rows("clients").map((c) => [c.client_id!, c.name!]));
  const figures = new Map<string, ClientFigures>();
  const of = (client: string) => figures.get(client) ?? figures.set(client, { revenue: 0, hardCost: 0, labourCost: 0, reactiveHours: 0 }).get(client)!;
  for (const c of rows("contracts")) {
    const from = c.start_date! > FROM ? c.start_date! : FROM;
    const to = c.end_date && c.end_date < today ? c.end_date : today;
    if (from > to) continue;
    const perDay = (monthly: string) => (Number(monthly) * 12) / 365;
    of(c.client!).revenue += perDay(c.monthly_value!) * days(from, to);
    if (c.monthly_cost) of(c.client!).hardCost += perDay(c.monthly_cost) * days(from, to);
  }
  for (const e of rows("time")) {
    if (e.work_date! < FROM) continue;
    const f = of(names.get(e.client!)!);
    const hours = Number(e.hours);
    f.revenue += e.amount ? Number(e.amount) : e.billable === "true" && e.rate ? hours * Number(e.rate) : 0;
    f.labourCost += hours * cost.get(e.technician!)!;
    if (e.category === "reactive") f.reactiveHours += hours;
  }
  return figures;
}

const margin = (f: ClientFigures) => (f.revenue - f.hardCost - f.labourCost) / f.revenue;
const thinMargins = (figures: Map<string, ClientFigures>) => [...figures].filter(([, f]) => f.revenue > 0 && margin(f) < 0.2).map(([name]) => name).sort();

describe("demo profitability inputs", () => {
  it("every technician has an hourly cost but the newest one", () => {
    expect(rows("technicians").filter((t) => !t.hourly_cost).map((t) => t.technician)).toEqual(["Lukas Meyer"]);
  });

  it("every contract active today has a monthly cost but one", () => {
    const active = rows("contracts").filter((c) => c.start_date! <= TODAY && (!c.end_date || TODAY <= c.end_date));
    expect(active.filter((c) => !c.monthly_cost).map((c) => `${c.client} / ${c.service}`)).toEqual(["MVZ Elbtal Radiologie / Network Monitoring"]);
    expect(active.length).toBeGreaterThan(150);
  });

  it("time comes in all four categories, reactive the largest", () => {
    const hours = new Map<string, number>();
    for (const e of rows("time")) hours.set(e.category!, (hours.get(e.category!) ?? 0) + Number(e.hours));
    expect([...hours.keys()].sort()).toEqual(["internal", "proactive", "project", "reactive"]);
    const total = [...hours.values()].reduce((a, b) => a + b, 0);
    for (const h of hours.values()) expect(h / total).toBeGreaterThan(0.02);
    expect(Math.max(...hours.values())).toBe(hours.get("reactive"));
  });

  it("over the last 90 days two clients earn less than 20 % after costs, and Tischlerei Vogt has the most reactive hours per device", () => {
    const figures = lastNinetyDays();
    expect(thinMargins(figures)).toEqual(["Bäckerei Hofmann", "Lakeside Physiotherapy"]);
    const all = [...figures.values()].reduce((a, f) => ({ revenue: a.revenue + f.revenue, hardCost: a.hardCost + f.hardCost, labourCost: a.labourCost + f.labourCost, reactiveHours: 0 }));
    expect(margin(all)).toBeGreaterThan(0.4);

    const devices = new Map<string, number>();
    for (const d of rows("devices")) {
      if ((d.managed_since && d.managed_since > TODAY) || (d.retired_on && d.retired_on <= TODAY)) continue;
      devices.set(d.client!, (devices.get(d.client!) ?? 0) + 1);
    }
    const perDevice = [...figures].filter(([name]) => devices.has(name)).map(([name, f]) => [name, f.reactiveHours / devices.get(name)!] as const);
    perDevice.sort((a, b) => b[1] - a[1]);
    expect(perDevice[0]?.[0]).toBe("Tischlerei Vogt");
    expect(perDevice[0]![1]).toBeGreaterThan(1.5 * perDevice[1]![1]);
  });

  // The browser tests run on the demo of the day they run: the story must hold on any of them.
  it.each(["2027-01-10", "2027-03-17", "2027-06-02", "2027-09-25"])("on today = %s, too, both earn less than 20 % over the last 90 days", (today) => {
    expect(thinMargins(lastNinetyDays(today, generateDemoData({ today })))).toEqual(expect.arrayContaining(["Bäckerei Hofmann", "Lakeside Physiotherapy"]));
  });
});
