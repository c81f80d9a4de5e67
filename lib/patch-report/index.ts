import { dec, ratio } from "@/lib/kpi/round";

// The whitepaper's patch-status report: per client and over all clients, how many managed devices
// are up to date (patched on the day), how many patches are missing, and which devices have not
// checked in for a week. Counts come from db/qbr/device-status.ts; shares are rounded like the
// KPI engine's (4 decimals, half-up), so a client's share equals its health[c].patched.

export interface DeviceStatusCounts {
  clientId: number;
  client: string;
  managed: number;
  reporting: number;
  patched: number;
  seen: number;
  patchesMissing: number;
  devicesMissingPatches: number;
}

export interface PatchStatusRow {
  clientId: number;
  client: string;
  managed: number;
  upToDate: number;
  /** upToDate / managed; null without managed devices. */
  upToDateShare: number | null;
  /** Reporting, but not patched. */
  notUpToDate: number;
  /** Managed, but no status from the RMM yet. */
  noStatus: number;
  patchesMissing: number;
  devicesMissingPatches: number;
  /** Not seen in the last 7 days (including devices with no status). */
  notSeen: number;
}

export interface PatchStatusTotals {
  managed: number;
  upToDate: number;
  upToDateShare: number | null;
  notUpToDate: number;
  noStatus: number;
  patchesMissing: number;
  devicesMissingPatches: number;
  notSeen: number;
}

export interface PatchStatusReport {
  clients: PatchStatusRow[];
  overall: PatchStatusTotals;
  /** The same totals on the previous period's last day, for comparison. */
  previous: PatchStatusTotals;
}

function row(c: DeviceStatusCounts): PatchStatusRow {
  return {
    clientId: c.clientId,
    client: c.client,
    managed: c.managed,
    upToDate: c.patched,
    upToDateShare: ratio(dec(c.patched), dec(c.managed)),
    notUpToDate: c.reporting - c.patched,
    noStatus: c.managed - c.reporting,
    patchesMissing: c.patchesMissing,
    devicesMissingPatches: c.devicesMissingPatches,
    notSeen: c.managed - c.seen,
  };
}

function totals(rows: PatchStatusRow[]): PatchStatusTotals {
  const sum = (f: (r: PatchStatusRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const managed = sum((r) => r.managed);
  const upToDate = sum((r) => r.upToDate);
  return {
    managed,
    upToDate,
    upToDateShare: ratio(dec(upToDate), dec(managed)),
    notUpToDate: sum((r) => r.notUpToDate),
    noStatus: sum((r) => r.noStatus),
    patchesMissing: sum((r) => r.patchesMissing),
    devicesMissingPatches: sum((r) => r.devicesMissingPatches),
    notSeen: sum((r) => r.notSeen),
  };
}

/** Clients with managed devices on the day, worst share first (then by name); totals over all of them. */
export function buildPatchStatusReport(now: DeviceStatusCounts[], before: DeviceStatusCounts[]): PatchStatusReport {
  const clients = now
    .filter((c) => c.managed > 0)
    .map(row)
    .sort((a, b) => (a.upToDateShare ?? 0) - (b.upToDateShare ?? 0) || (a.client < b.client ? -1 : a.client > b.client ? 1 : 0));
  return { clients, overall: totals(clients), previous: totals(before.filter((c) => c.managed > 0).map(row)) };
}
