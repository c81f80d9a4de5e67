import { emptyDataset, type KpiContract, type KpiDataset, type KpiTechnician, type KpiTimeEntry } from "@/lib/kpi/reference";
import type { DeviceRecord, DeviceStatusRecord, TicketRecord } from "@/lib/records/schemas";
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from "@/lib/records/settings";

// Small record factories: tests state only the fields their arithmetic is about.
let seq = 0;
const id = (prefix: string) => `${prefix}${++seq}`;

type Req<T, K extends keyof T> = Partial<T> & Pick<T, K>;

export const contract = (p: Req<KpiContract, "client" | "monthly_value" | "start_date">): KpiContract => ({
  contract_id: id("k"),
  service: "Managed",
  end_date: null,
  tier: null,
  units: null,
  salesperson: null,
  monthly_cost: null,
  ...p,
});

export const technician = (p: Req<KpiTechnician, "technician">): KpiTechnician => ({
  weekly_capacity_hours: "40",
  active_from: null,
  active_to: null,
  role: null,
  hourly_cost: null,
  ...p,
});

export const entry = (p: Req<KpiTimeEntry, "technician" | "work_date" | "hours">): KpiTimeEntry => ({
  entry_id: id("e"),
  client: "Acme",
  billable: true,
  ticket_id: null,
  rate: null,
  amount: null,
  category: null,
  ...p,
});

export const ticket = (p: Req<TicketRecord, "created_at">): TicketRecord => ({
  ticket_id: id("t"),
  client: "Acme",
  first_response_at: null,
  resolved_at: null,
  status: null,
  priority: null,
  technician: null,
  csat: null,
  subject: null,
  ...p,
});

export const device = (p: Partial<DeviceRecord> = {}): DeviceRecord => ({
  device_id: id("d"),
  client: "Acme",
  hostname: null,
  kind: null,
  managed_since: null,
  retired_on: null,
  warranty_end: null,
  ...p,
});

export const status = (p: Req<DeviceStatusRecord, "device_id" | "observed_at">): DeviceStatusRecord => ({
  av_ok: true,
  patched: true,
  patches_missing: null,
  backup_ok: true,
  online: null,
  last_seen_at: null,
  client: null,
  hostname: null,
  ...p,
});

export const dataset = (p: Partial<KpiDataset>): KpiDataset => ({ ...emptyDataset(), ...p });

export const settings = (p: Partial<KpiSettings> = {}): KpiSettings => ({ ...DEFAULT_KPI_SETTINGS, ...p });

/** Q1 2026 and January 2026, the periods most tests use. */
export const Q1 = { from: "2026-01-01", to: "2026-03-31" };
export const JAN = { from: "2026-01-01", to: "2026-01-31" };
