import { describe, expect, it } from "vitest";
import { computeDevices, managedOn } from "@/lib/kpi/reference";
import { dataset, device, JAN, status } from "./factories";

describe("managed devices: managed_since ≤ d and (retired_on empty or d < retired_on)", () => {
  it("managed from managed_since; retired_on is the first day not managed", () => {
    const d = device({ managed_since: "2026-01-10", retired_on: "2026-01-31" });
    expect([managedOn(d, "2026-01-09"), managedOn(d, "2026-01-10"), managedOn(d, "2026-01-30"), managedOn(d, "2026-01-31")]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("on S = 31 Dec: 2 (open-ended + retiring 31 Jan); on E = 31 Jan: 2 (open-ended + new on 31 Jan)", () => {
    const devices = [
      device({ managed_since: null }),
      device({ managed_since: "2025-06-01", retired_on: "2026-01-31" }),
      device({ managed_since: "2026-01-31" }),
      device({ managed_since: "2025-01-01", retired_on: "2025-12-31" }),
    ];
    expect(computeDevices(dataset({ devices }), JAN, "UTC")).toMatchObject({ managed_devices: 2, managed_devices_start: 2 });
  });
});

describe("warranty coverage on E", () => {
  it("warranty to E counts, to E − 1 or unknown does not: 1 / 3 = 0.3333", () => {
    const devices = [device({ warranty_end: "2026-01-31" }), device({ warranty_end: "2026-01-30" }), device({ warranty_end: null })];
    expect(computeDevices(dataset({ devices }), JAN, "UTC").warranty_coverage).toBe(0.3333);
  });
  it("no managed devices: null", () => {
    expect(computeDevices(dataset({}), JAN, "UTC").warranty_coverage).toBeNull();
  });
});

describe("device health per client, from each device's latest status on d", () => {
  it("Acme, 4 devices on E: av_ok 2/4, patched 3/4, backup_ok 1/4, seen 2/4", () => {
    const [a, b, c, d] = [device(), device(), device(), device()];
    const deviceStatus = [
      // a: an old bad observation, then a good one on 30 Jan → latest wins
      status({ device_id: a.device_id, observed_at: "2026-01-02T10:00:00Z", av_ok: false, patched: false, backup_ok: false }),
      status({ device_id: a.device_id, observed_at: "2026-01-30T10:00:00Z" }),
      // b: av ok, patched, backup unknown (null is not ok), last seen 24 Jan = E − 7 → not seen
      status({ device_id: b.device_id, observed_at: "2026-01-30T10:00:00Z", backup_ok: null, last_seen_at: "2026-01-24T10:00:00Z" }),
      // c: patched only, last seen 25 Jan = E − 6 → seen
      status({ device_id: c.device_id, observed_at: "2026-01-25T10:00:00Z", av_ok: false, backup_ok: false }),
      // c: an observation after E is ignored
      status({ device_id: c.device_id, observed_at: "2026-02-01T10:00:00Z", av_ok: true, backup_ok: true }),
      // d: no observation by E → not ok on any count
    ];
    const r = computeDevices(dataset({ devices: [a!, b!, c!, d!], deviceStatus }), JAN, "UTC");
    expect(r.health).toEqual({ Acme: { av_ok: 0.5, patched: 0.75, backup_ok: 0.25, seen: 0.5 } });
  });

  it("health_start uses S (31 Dec): only observations up to then; clients listed only with managed devices", () => {
    const a = device({ client: "Beta" });
    const late = device({ client: "Zeta", managed_since: "2026-01-15" });
    const deviceStatus = [
      status({ device_id: a.device_id, observed_at: "2025-12-30T10:00:00Z", patched: false }),
      status({ device_id: a.device_id, observed_at: "2026-01-10T10:00:00Z" }),
    ];
    const r = computeDevices(dataset({ devices: [a, late], deviceStatus }), JAN, "UTC");
    expect(r.health_start).toEqual({ Beta: { av_ok: 1, patched: 0, backup_ok: 1, seen: 1 } });
    expect(Object.keys(r.health)).toEqual(["Beta", "Zeta"]);
    expect(r.health.Zeta).toEqual({ av_ok: 0, patched: 0, backup_ok: 0, seen: 0 });
  });

  it("local dates: observed 31 Jan 23:30 UTC is a 1 Feb observation in Berlin, so on E = 31 Jan the older one counts", () => {
    const a = device();
    const deviceStatus = [
      status({ device_id: a.device_id, observed_at: "2026-01-20T10:00:00Z", av_ok: false }),
      status({ device_id: a.device_id, observed_at: "2026-01-31T23:30:00Z", av_ok: true }),
    ];
    expect(computeDevices(dataset({ devices: [a], deviceStatus }), JAN, "Europe/Berlin").health.Acme?.av_ok).toBe(0);
    expect(computeDevices(dataset({ devices: [a], deviceStatus }), JAN, "UTC").health.Acme?.av_ok).toBe(1);
  });

  it("observations of a device id that is not in the device list are ignored", () => {
    const a = device();
    const deviceStatus = [status({ device_id: "unknown", observed_at: "2026-01-20T10:00:00Z" })];
    expect(computeDevices(dataset({ devices: [a], deviceStatus }), JAN, "UTC").health).toEqual({
      Acme: { av_ok: 0, patched: 0, backup_ok: 0, seen: 0 },
    });
  });

  it("two observations with the same observed_at: the later row (last imported) wins", () => {
    const a = device();
    const deviceStatus = [
      status({ device_id: a.device_id, observed_at: "2026-01-20T10:00:00Z", av_ok: true }),
      status({ device_id: a.device_id, observed_at: "2026-01-20T10:00:00Z", av_ok: false }),
    ];
    expect(computeDevices(dataset({ devices: [a], deviceStatus }), JAN, "UTC").health.Acme?.av_ok).toBe(0);
  });
});
