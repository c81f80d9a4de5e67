import { describe, expect, it } from "vitest";
import { ALERT_KPIS } from "@/lib/alerts/kpis";
import { figureParts } from "@/lib/kpi/figure-parts";
import { computeKpiSections } from "@/lib/kpi/reference";
import type { KpiSections } from "@/lib/kpi/report-schema";
import { randomCase } from "./random-dataset";

// A figure read from only the parts figureParts names gives what it gives from the whole report:
// a part left out would read as missing (a thrown TypeError or a null where the report has a value).

const onlyParts = (sections: KpiSections, metric: string) =>
  Object.fromEntries(figureParts(metric).map((part) => [part, sections[part]])) as unknown as KpiSections;

describe("the parts of the report each figure is read from", () => {
  it("suffice for every figure, business-wide and for every subject, on random data", () => {
    const checked = new Set<string>();
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
      const { data, period, settings } = randomCase(seed);
      const sections = computeKpiSections(data, period, settings);
      for (const kpi of ALERT_KPIS) {
        for (const subject of kpi.subjects ? kpi.subjects(sections) : [""]) {
          const whole = kpi.read(sections, subject);
          expect(kpi.read(onlyParts(sections, kpi.key), subject), `${kpi.key} ${subject} seed ${seed}`).toEqual(whole);
          if (whole !== null) checked.add(kpi.key);
        }
      }
    }
    // The check means something only where the report has a value: every figure has one somewhere.
    expect(ALERT_KPIS.map((k) => k.key).filter((key) => !checked.has(key))).toEqual([]);
  });

  it("names at least one part for every figure, and tickets with devices for tickets per device", () => {
    expect(figureParts("tickets_per_device")).toEqual(["tickets", "devices"]);
    expect(figureParts("technician.sla_met")).toEqual(["scorecards"]);
    expect(figureParts("technician.labour_cost")).toEqual(["profitability"]);
    expect(figureParts("technician.logged_hours")).toEqual(["technicians"]);
    expect(figureParts("mrr")).toEqual(["revenue"]);
  });
});
