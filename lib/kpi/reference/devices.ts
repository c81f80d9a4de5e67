import type { KpiDataset, KpiDevice, KpiDeviceStatus } from "./dataset";
import { addDays } from "@/lib/dates/calendar-date";
import { instantMicros, localDate } from "../instant";
import { mapToRecord } from "../maps";
import { startDay, type Period } from "../period";
import type { DeviceHealth, DevicesSection } from "../report-schema";
import { dec, ratio } from "../round";

/** Managed on day d: managed_since ≤ d (empty = managed from the start) and (retired_on empty or d < retired_on). */
export function managedOn(device: Pick<KpiDevice, "managed_since" | "retired_on">, day: string): boolean {
  return (device.managed_since === null || device.managed_since <= day) && (device.retired_on === null || day < device.retired_on);
}

export function managedDevicesOn(devices: readonly KpiDevice[], day: string): KpiDevice[] {
  return devices.filter((d) => managedOn(d, day));
}

/** An observation with its instant and local dates worked out once. */
export interface Observation {
  status: KpiDeviceStatus;
  micros: number;
  /** Local date of observed_at. */
  date: string;
  /** Local date of last_seen_at, or of observed_at when that is empty. */
  seenDate: string;
  /** Position in the input: among equal observed_at the later row wins. */
  order: number;
}

export function indexObservations(rows: readonly KpiDeviceStatus[], timeZone: string): Map<string, Observation[]> {
  const byDevice = new Map<string, Observation[]>();
  rows.forEach((status, order) => {
    const list = byDevice.get(status.device_id) ?? [];
    list.push({
      status,
      micros: instantMicros(status.observed_at),
      date: localDate(status.observed_at, timeZone),
      seenDate: localDate(status.last_seen_at ?? status.observed_at, timeZone),
      order,
    });
    byDevice.set(status.device_id, list);
  });
  return byDevice;
}

/** A device's status on day d: its latest observation whose local date is ≤ d (null when none). */
export function statusOn(observations: readonly Observation[], day: string): Observation | null {
  let latest: Observation | null = null;
  for (const o of observations) {
    if (o.date > day) continue;
    if (!latest || o.micros > latest.micros || (o.micros === latest.micros && o.order > latest.order)) latest = o;
  }
  return latest;
}

type HealthFlags = { av_ok: boolean; patched: boolean; backup_ok: boolean; seen: boolean };

/** Only an explicit true is ok; a device with no observation by d is not ok on any count. */
export function healthFlags(status: Observation | null, day: string): HealthFlags {
  if (!status) return { av_ok: false, patched: false, backup_ok: false, seen: false };
  return {
    av_ok: status.status.av_ok === true,
    patched: status.status.patched === true,
    backup_ok: status.status.backup_ok === true,
    seen: status.seenDate >= addDays(day, -6),
  };
}

/** Per client with managed devices on d: the share of them with av_ok, patched, backup_ok, and seen in the last 7 days. */
export function deviceHealthOn(
  devices: readonly KpiDevice[],
  observations: ReadonlyMap<string, readonly Observation[]>,
  day: string,
): Record<string, DeviceHealth> {
  const tallies = new Map<string, { total: number } & Record<keyof HealthFlags, number>>();
  for (const device of managedDevicesOn(devices, day)) {
    const flags = healthFlags(statusOn(observations.get(device.device_id) ?? [], day), day);
    const t = tallies.get(device.client) ?? { total: 0, av_ok: 0, patched: 0, backup_ok: 0, seen: 0 };
    t.total++;
    for (const key of ["av_ok", "patched", "backup_ok", "seen"] as const) if (flags[key]) t[key]++;
    tallies.set(device.client, t);
  }
  return mapToRecord(tallies, (t) => {
    const share = (n: number) => ratio(dec(n), dec(t.total)) ?? 0; // total ≥ 1: a listed client has a device
    return { av_ok: share(t.av_ok), patched: share(t.patched), backup_ok: share(t.backup_ok), seen: share(t.seen) };
  });
}

/** Share of managed devices on E whose warranty_end ≥ E (no warranty_end = not covered). */
export function warrantyCoverage(devices: readonly KpiDevice[], day: string): number | null {
  const managed = managedDevicesOn(devices, day);
  const covered = managed.filter((d) => d.warranty_end !== null && d.warranty_end >= day).length;
  return ratio(dec(covered), dec(managed.length));
}

export function computeDevices(data: Pick<KpiDataset, "devices" | "deviceStatus">, period: Period, timeZone: string): DevicesSection {
  const S = startDay(period);
  const E = period.to;
  const observations = indexObservations(data.deviceStatus, timeZone);
  return {
    managed_devices: managedDevicesOn(data.devices, E).length,
    managed_devices_start: managedDevicesOn(data.devices, S).length,
    warranty_coverage: warrantyCoverage(data.devices, E),
    health: deviceHealthOn(data.devices, observations, E),
    health_start: deviceHealthOn(data.devices, observations, S),
  };
}
