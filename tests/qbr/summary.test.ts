import { describe, expect, it } from "vitest";
import { qbrSummary } from "@/lib/qbr/summary";
import { sampleReport } from "./fixture";

const nb = (text: string) => text.replace(/\u00a0/g, " ");

describe("QBR summary sentences", () => {
  it("leads with the biggest movements (at most four), then the support work and the services to discuss", () => {
    expect(qbrSummary(sampleReport(), "en").map(nb)).toEqual([
      "Patched devices rose from 72 % to 96 %.", // +24 pp
      "Devices with working antivirus rose from 84 % to 100 %.", // +16 pp
      "Tickets answered within the SLA rose from 86 % to 94 %.", // +8.12 pp
      "Devices seen in the last 7 days rose from 88 % to 95 %.", // +7 pp; warranty −5 pp is the fifth and left out
      "34 tickets were opened (41 in the previous period) and 51.5 h of billable work were delivered.",
      "Services worth discussing: Security Awareness, =HYPERLINK(\"http://x\").",
    ]);
  });

  it("speaks German", () => {
    expect(qbrSummary(sampleReport(), "de").map(nb).slice(0, 1)).toEqual(["Der Anteil gepatchter Geräte stieg von 72 % auf 96 %."]);
    const fell = sampleReport({ performance: [{ measure: "warranty", current: 0.8, previous: 0.85 }], suggestions: [] });
    expect(qbrSummary(fell, "de").map(nb)).toEqual([
      "Die Garantieabdeckung sank von 85 % auf 80 %.",
      "Es wurden 34 Tickets eröffnet (41 im vorherigen Zeitraum) und 51,5 h abrechenbare Arbeit geleistet.",
    ]);
  });

  it("uses one decimal when whole percentages would read the same, and says so when nothing moved", () => {
    const small = sampleReport({ performance: [{ measure: "patched", current: 0.9649, previous: 0.9612 }], suggestions: [] });
    expect(nb(qbrSummary(small, "en")[0]!)).toBe("Patched devices rose from 96.1 % to 96.5 %.");
    const steady = sampleReport({ performance: [{ measure: "patched", current: 1, previous: 1 }, { measure: "sla_met", current: null, previous: 0.5 }], suggestions: [] });
    expect(qbrSummary(steady, "en")[0]).toBe("Every measure held steady against the previous period.");
  });

  it("a client without devices or tickets: says there are no devices, 1 ticket reads singular", () => {
    const none = sampleReport({
      performance: [{ measure: "patched", current: null, previous: null }],
      managedDevices: { current: 0, previous: 0 },
      tickets: { current: 1, previous: 0 },
      billedHours: { current: 0, previous: 0 },
      suggestions: [],
    });
    expect(qbrSummary(none, "en").map(nb)).toEqual([
      "No managed devices at the end of the period.",
      "1 ticket was opened (0 in the previous period) and 0 h of billable work were delivered.",
    ]);
  });
});
