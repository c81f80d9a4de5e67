import { describe, expect, it } from "vitest";
import { carryForward, healthCategory, TokenBuckets } from "@/lib/webhooks";
import { normaliseSeverity, parseToolBool, parseToolInstant } from "@/lib/webhooks/values";

describe("tool values", () => {
  it.each([
    ["2025-03-04 10:15:22.841112+00:00", "2025-03-04T10:15:22.841112Z"],
    ["2025-03-04 12:15:22+02:00", "2025-03-04T10:15:22Z"],
    ["2025-03-04T10:15:22Z", "2025-03-04T10:15:22Z"],
    ["2025-03-04 10:15:22", "2025-03-04T10:15:22Z"],
    [1741083322.517, "2025-03-04T10:15:22.517Z"],
    ["1741083322", "2025-03-04T10:15:22Z"],
    ["1741083322517", "2025-03-04T10:15:22.517Z"],
    ["None", null],
    ["", null],
    [null, null],
  ])("instant %j → %j", (input, expected) => {
    expect(parseToolInstant(input)).toBe(expected);
  });

  it("refuses what is not an instant", () => {
    expect(parseToolInstant("yesterday")).toBeUndefined();
    expect(parseToolInstant("2025-02-30 10:00:00")).toBeUndefined();
    expect(parseToolInstant({})).toBeUndefined();
  });

  it("reads Python and human booleans", () => {
    expect([true, "True", "true", "1", 1, "yes", "ja"].map(parseToolBool)).toEqual(Array(7).fill(true));
    expect([false, "False", "0", 0, "no", "nein"].map(parseToolBool)).toEqual(Array(6).fill(false));
    expect(["None", "", null].map(parseToolBool)).toEqual([null, null, null]);
    expect(parseToolBool("maybe")).toBeUndefined();
  });

  it("normalises severities across tools", () => {
    expect(["CRITICAL", "MAJOR", "error", "Moderate", "warning", "MINOR", "Information", "NONE"].map(normaliseSeverity)).toEqual([
      "critical", "high", "high", "medium", "medium", "low", "info", "info",
    ]);
  });

  it("recognises health categories in alert text", () => {
    expect(healthCategory("Antivirus status")).toBe("antivirus");
    expect(healthCategory("Script check 'Windows Defender signatures' failed")).toBe("antivirus");
    expect(healthCategory("Backup Management")).toBe("backup");
    expect(healthCategory("Patch status")).toBe("patch");
    expect(healthCategory("availability")).toBe("availability");
    expect(healthCategory("Disk Usage C: > 90%")).toBeNull();
  });
});

describe("carry forward", () => {
  const previous = { av_ok: true, patched: true, patches_missing: 0, backup_ok: false, online: true, last_seen_at: "2025-03-04T07:00:00Z" };

  it("a patch event keeps the antivirus, backup and online state", () => {
    expect(carryForward("D1", "2025-03-04T09:00:00Z", { patched: false, patches_missing: 4 }, previous)).toEqual({
      device_id: "D1", observed_at: "2025-03-04T09:00:00Z",
      av_ok: true, patched: false, patches_missing: 4, backup_ok: false, online: true, last_seen_at: "2025-03-04T07:00:00Z",
      client: null, hostname: null,
    });
  });

  it("an explicit null clears a field; no previous observation leaves the rest unknown", () => {
    expect(carryForward("D1", "2025-03-04T09:00:00Z", { av_ok: null }, previous).av_ok).toBeNull();
    expect(carryForward("D1", "2025-03-04T09:00:00Z", { online: false }, null)).toMatchObject({ av_ok: null, online: false, patched: null });
  });
});

describe("rate limit", () => {
  it("allows a minute's worth at once, then refills evenly", () => {
    const buckets = new TokenBuckets();
    for (let i = 0; i < 60; i++) expect(buckets.take("e", 60, 0)).toEqual({ ok: true });
    expect(buckets.take("e", 60, 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take("e", 60, 999)).toMatchObject({ ok: false });
    expect(buckets.take("e", 60, 1000)).toEqual({ ok: true });
    expect(buckets.take("other", 60, 1000)).toEqual({ ok: true });
  });

  it("tells a slow endpoint how long to wait", () => {
    const buckets = new TokenBuckets();
    expect(buckets.take("e", 1, 0)).toEqual({ ok: true });
    expect(buckets.take("e", 1, 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });
});
