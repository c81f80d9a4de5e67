import { describe, expect, it } from "vitest";
import { buildPatchStatusReport, type DeviceStatusCounts } from "@/lib/patch-report";

const counts = (p: Partial<DeviceStatusCounts> & Pick<DeviceStatusCounts, "client">): DeviceStatusCounts => ({
  clientId: 1, managed: 0, reporting: 0, patched: 0, seen: 0, patchesMissing: 0, devicesMissingPatches: 0, ...p,
});

describe("patch status report", () => {
  it("A: 2 of 3 up to date, B: 1 of 3 (one device never reported) → overall 3 of 6 = 50 %; worst client first", () => {
    const report = buildPatchStatusReport(
      [
        counts({ clientId: 1, client: "A", managed: 3, reporting: 3, patched: 2, seen: 3, patchesMissing: 4, devicesMissingPatches: 1 }),
        counts({ clientId: 2, client: "B", managed: 3, reporting: 2, patched: 1, seen: 1, patchesMissing: 7, devicesMissingPatches: 1 }),
        counts({ clientId: 3, client: "C" }), // no managed devices: not listed
      ],
      [counts({ client: "A", managed: 4, reporting: 4, patched: 1, seen: 4 })],
    );
    expect(report.clients.map((c) => [c.client, c.upToDateShare])).toEqual([["B", 0.3333], ["A", 0.6667]]);
    expect(report.clients[0]).toMatchObject({ upToDate: 1, notUpToDate: 1, noStatus: 1, notSeen: 2, patchesMissing: 7 });
    expect(report.overall).toEqual({
      managed: 6, upToDate: 3, upToDateShare: 0.5, notUpToDate: 2, noStatus: 1, patchesMissing: 11, devicesMissingPatches: 2, notSeen: 2,
    });
    expect(report.previous).toMatchObject({ managed: 4, upToDate: 1, upToDateShare: 0.25, notSeen: 0 });
  });

  it("no devices at all: shares are empty, never 0 or NaN", () => {
    const report = buildPatchStatusReport([], []);
    expect(report.overall.upToDateShare).toBeNull();
    expect(report.previous.upToDateShare).toBeNull();
    expect(report.clients).toEqual([]);
  });
});

describe("recent quarters for the bulk export", () => {
  it("starts with the last full quarter and crosses year ends", async () => {
    const { recentQuarters } = await import("@/lib/qbr/quarters");
    expect(recentQuarters("2026-02-10", 3)).toEqual([
      { key: "2025-Q4", from: "2025-10-01", to: "2025-12-31" },
      { key: "2025-Q3", from: "2025-07-01", to: "2025-09-30" },
      { key: "2025-Q2", from: "2025-04-01", to: "2025-06-30" },
    ]);
    expect(recentQuarters("2026-11-29", 1)).toEqual([{ key: "2026-Q3", from: "2026-07-01", to: "2026-09-30" }]);
  });
});
