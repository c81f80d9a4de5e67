import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_SEED, generateDemoData } from "@/fixtures/demo/generate";
import { addDays, demo, records, TODAY } from "./support";

function maxOf(values: readonly string[]): string {
  return values.reduce((a, b) => (b > a ? b : a));
}
function minOf(values: readonly string[]): string {
  return values.reduce((a, b) => (b < a ? b : a));
}

describe("demo generation is deterministic and anchored to today", () => {
  it("same today and seed → byte-identical files", () => {
    const again = generateDemoData({ today: TODAY, seed: DEFAULT_DEMO_SEED });
    expect(again).toEqual(demo());
  });

  it("a different seed → different data with the same shape", () => {
    const other = generateDemoData({ today: TODAY, seed: 7 });
    expect(other.tickets).not.toBe(demo().tickets);
    expect(other.tickets.split("\n", 1)[0]).toBe(demo().tickets.split("\n", 1)[0]);
  });

  // A Monday, a Wednesday, a leap day, a Sunday and a New Year's Day that is also a month start.
  it.each([TODAY, "2027-03-10", "2028-02-29", "2026-11-22", "2027-01-01"])("today = %s: every date lies in the ~13 months ending at today", (today) => {
    const files = today === TODAY ? demo() : generateDemoData({ today });
    const from = addDays(today, -430);
    const ticketDays = records("tickets", files).map((t) => t.created_at.slice(0, 10));
    const workDays = records("time", files).map((e) => e.work_date);
    const observedDays = records("device-status", files).map((s) => s.observed_at.slice(0, 10));
    for (const days of [ticketDays, workDays, observedDays]) {
      expect(maxOf(days) <= today).toBe(true);
      expect(minOf(days) >= from).toBe(true);
    }
    // The newest data is current: tickets and the latest device observations are from today.
    expect(maxOf(ticketDays) >= addDays(today, -1)).toBe(true);
    expect(maxOf(observedDays)).toBe(today);
    // …and it reaches back a full year.
    expect(minOf(ticketDays) <= addDays(today, -365)).toBe(true);
    const resolved = records("tickets", files).flatMap((t) => (t.resolved_at ? [t.resolved_at.slice(0, 10)] : []));
    expect(maxOf(resolved) <= today).toBe(true);
    const starts = records("contracts", files).map((c) => c.start_date);
    expect(maxOf(starts) <= today).toBe(true);
  });

  it("a later today shifts the data: same shape, later dates", () => {
    const later = generateDemoData({ today: addDays(TODAY, 91) });
    const dates = (files: typeof later) => records("tickets", files).map((t) => t.created_at.slice(0, 10));
    expect(minOf(dates(later)) > minOf(dates(demo()))).toBe(true);
    expect(maxOf(dates(later)) >= addDays(TODAY, 90)).toBe(true);
    expect(records("clients", later).length).toBe(records("clients").length);
    expect(records("technicians", later).map((t) => t.technician)).toEqual(records("technicians").map((t) => t.technician));
  });

  it("rejects a malformed today", () => {
    expect(() => generateDemoData({ today: "2026-13-01" })).toThrow();
    expect(() => generateDemoData({ today: "23.11.2026" })).toThrow();
  });
});
