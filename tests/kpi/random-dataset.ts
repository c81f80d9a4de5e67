import { addDays, type KpiDataset, type Period } from "@/lib/kpi/reference";
import type { TicketRecord } from "@/lib/records/schemas";
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from "@/lib/records/settings";

// Seeded random datasets for the property tests (no dependencies): mulberry32, then small pickers.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(readonly next: () => number) {}
  static seeded(seed: number): Random {
    return new Random(mulberry32(seed));
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  times<T>(min: number, max: number, make: (i: number) => T): T[] {
    return Array.from({ length: this.int(min, max) }, (_, i) => make(i));
  }
  /** A date between base + lo and base + hi days. */
  date(base: string, lo: number, hi: number): string {
    return addDays(base, this.int(lo, hi));
  }
  /** A decimal with up to `dp` decimals in [0, max]. */
  decimal(max: number, dp: number): string {
    const scale = 10 ** dp;
    const n = this.int(0, max * scale);
    return dp === 0 ? String(n) : (n / scale).toFixed(dp);
  }
  instant(base: string, loDays: number, hiDays: number): string {
    const ms = Date.parse(`${this.date(base, loDays, hiDays)}T00:00:00Z`) + this.int(0, 86_399) * 1000;
    const micros = this.chance(0.3) ? `.${String(this.int(0, 999_999)).padStart(6, "0")}` : "";
    return new Date(ms).toISOString().slice(0, 19) + micros + "Z";
  }
  /** An instant some minutes after another (keeping its microseconds). */
  after(instant: string, maxMinutes: number): string {
    const head = instant.slice(0, 19);
    const frac = instant.slice(19); // ".123456Z" or "Z"
    const ms = Date.parse(`${head}Z`) + this.int(0, maxMinutes * 60) * 1000;
    return new Date(ms).toISOString().slice(0, 19) + frac;
  }
}

const CLIENTS = ["Acme", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];
const SERVICES = ["Managed", "Backup", "Security", "Cloud"];
const PEOPLE = ["Ann", "Bo", "Cy", "Di", "Ed"];
const SALES = ["Sam", "Tia"];
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"];
const CATEGORIES = ["reactive", "proactive", "project", "internal"] as const;
const PRIORITIES: NonNullable<TicketRecord["priority"]>[] = ["P1", "P2", "P3", "P4"];
const BASE = "2026-01-01";
const QUARTERS = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"];

/** The usual date, or the rare far one when there is one (both are drawn, so the sequence stays the same). */
const pickDate = (usual: string, far: string | null) => far ?? usual;

export interface RandomCase {
  data: KpiDataset;
  period: Period;
  settings: KpiSettings;
}

/** Monthly values have 2 decimals unless `moneyDp` says otherwise. */
export function randomCase(seed: number, opts: { moneyDp?: number } = {}): RandomCase {
  const r = Random.seeded(seed);
  const from = r.date(BASE, -120, 120);
  const len = r.pick([0, 6, 13, 30, 90]);
  const period = { from, to: addDays(from, len) };
  // Most records land in or near P (and the previous period), so every figure gets exercised.
  const near = (lo: number, hi: number) => r.date(from, lo - len - 1, len + hi);
  const clients = CLIENTS.slice(0, r.int(1, CLIENTS.length));
  // The profitability inputs come from a generator of their own, so every other record stays as it was.
  const costs = Random.seeded(seed + 0x51ed);
  const techs = PEOPLE.slice(0, r.int(0, PEOPLE.length));
  const contracts = r.times(0, 14, (i) => {
    const start = r.chance(0.7) ? near(-60, 10) : r.date(from, -400, 200);
    return {
      contract_id: `k${i}`,
      client: r.pick(clients),
      service: r.pick(SERVICES),
      monthly_value: r.chance(0.1) ? "0" : r.decimal(2000, opts.moneyDp ?? 2),
      start_date: start,
      end_date: r.chance(0.5) ? (r.chance(0.6) ? near(-20, 10) : r.date(start, -5, 300)) : null,
      tier: null,
      units: null,
      salesperson: r.chance(0.6) ? r.pick(SALES) : null,
      monthly_cost: costs.chance(0.6) ? costs.decimal(800, opts.moneyDp ?? 2) : null,
    };
  });
  const technicians = techs.map((t) => ({
    technician: t,
    weekly_capacity_hours: r.pick(["40", "32", "20", "37.5", "0"]),
    active_from: r.chance(0.3) ? near(-30, 10) : null,
    active_to: r.chance(0.3) ? near(-10, 30) : null,
    role: null,
    hourly_cost: costs.chance(0.6) ? costs.decimal(90, costs.pick([0, 2, 3])) : null,
  }));
  // People without a technician record (not confirmed), drawn from a second generator so the main
  // sequence (and every other record) stays as it was: "Stranger" works near P; "Former"'s entries
  // lie anywhere from well before P to after it, so their active span (first to last logged day)
  // may cover P without an entry in it; "Ghost" is named only in tickets.
  const unconfirmed = Random.seeded(seed + 0x9e37);
  const timeEntries = r.times(0, 40, (i) => ({
    entry_id: `e${i}`,
    technician: r.chance(0.9) && techs.length > 0 ? r.pick(techs) : unconfirmed.chance(0.5) ? "Stranger" : "Former",
    client: r.pick(clients),
    work_date: pickDate(near(-3, 3), unconfirmed.chance(0.1) ? unconfirmed.date(from, -200, len + 60) : null),
    hours: r.decimal(len < 7 ? 12 : 60, 2),
    billable: r.chance(0.7),
    ticket_id: costs.chance(0.5) ? `t${i}` : null,
    rate: r.chance(0.6) ? r.decimal(150, 2) : null,
    amount: r.chance(0.2) ? r.decimal(900, 2) : null,
    category: costs.chance(0.4) ? null : costs.pick(CATEGORIES),
  }));
  const tickets = r.times(0, 30, (i) => {
    const created = r.instant(from, -len - 3, len + 2);
    const resolved = r.chance(0.6) ? r.after(created, 5000) : null;
    const client = r.pick(clients);
    const response = r.chance(0.7) ? r.after(created, 600) : null;
    // every sixth ticket comes from a source without first responses, and every other one of those
    // has a response all the same (stored by a tool that has one); decided without a random draw, so
    // every other value stays as it was
    const untracked = i % 6 === 5;
    return {
      ticket_id: `t${i}`,
      client,
      created_at: created,
      first_response_at: untracked && i % 12 === 5 ? null : response,
      ...(untracked ? { first_response_tracked: false } : {}),
      resolved_at: resolved,
      status: null,
      priority: r.chance(0.8) ? r.pick(PRIORITIES) : null,
      technician: unconfirmed.chance(0.5) ? null : unconfirmed.pick([...techs, "Stranger", "Ghost"]),
      csat: resolved && r.chance(0.5) ? r.int(1, 5) : null,
      subject: null,
    };
  });
  const devices = r.times(0, 10, (i) => {
    const since = r.chance(0.3) ? null : r.chance(0.7) ? near(-60, 5) : r.date(from, -400, 100);
    return {
      device_id: `d${i}`,
      client: r.pick(clients),
      hostname: null,
      kind: null,
      managed_since: since,
      retired_on: r.chance(0.3) ? r.date(since ?? from, 0, len + 60) : null,
      warranty_end: r.chance(0.7) ? near(-60, 60) : null,
    };
  });
  const deviceStatus =
    devices.length === 0
      ? []
      : r.times(0, 30, () => {
          const observed = r.instant(from, -len - 20, len + 3);
          const flag = () => (r.chance(0.15) ? null : r.chance(0.7));
          return {
            device_id: r.pick(devices).device_id,
            observed_at: observed,
            av_ok: flag(),
            patched: flag(),
            patches_missing: null,
            backup_ok: flag(),
            online: null,
            last_seen_at: r.chance(0.5) ? r.instant(observed.slice(0, 10), -20, 0) : null,
            client: null,
            hostname: null,
          };
        });
  // Peer reviews from a generator of their own too: each pair of technicians at most once a quarter.
  const peers = Random.seeded(seed + 0x7a11);
  const reviews = new Map<string, KpiDataset["peerReviews"][number]>();
  for (let i = peers.int(0, techs.length < 2 ? 0 : 16); i > 0; i--) {
    const [reviewer, reviewee, quarter] = [peers.pick(techs), peers.pick(techs), peers.pick(QUARTERS)];
    if (reviewer !== reviewee) reviews.set(`${quarter}/${reviewer}/${reviewee}`, { quarter, reviewer, reviewee, score: peers.int(1, 5) });
  }
  const settings: KpiSettings = {
    ...DEFAULT_KPI_SETTINGS,
    timeZone: r.pick(ZONES),
    holidays: r.times(0, 5, () => r.date(period.from, -10, 40)),
    defaultHourlyCost: costs.chance(0.5) ? Number(costs.decimal(80, 2)) : null,
  };
  return {
    data: { clients: clients.map((name) => ({ name, segment: null })), contracts, technicians, tickets, timeEntries, devices, deviceStatus, peerReviews: [...reviews.values()] },
    period,
    settings,
  };
}
