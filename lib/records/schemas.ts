import { z } from "zod";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";

// Canonical records (fields listed in docs/imports.md "Fields per kind"): what every import and webhook maps to,
// and what the pure KPI functions take. Values are already normalised: dates are "YYYY-MM-DD",
// instants are ISO-8601 UTC strings ending in "Z", money and hours are decimal strings (never floats).

export const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/, "expected an ISO timestamp in UTC");
export const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "expected a decimal number");
export const NonNegativeDecimal = Decimal.refine((v) => !v.startsWith("-"), "must not be negative");
export const Priority = z.enum(["P1", "P2", "P3", "P4"]);
export const DeviceKind = z.enum(["server", "workstation", "network", "mobile"]);
export const TIME_CATEGORIES = ["reactive", "proactive", "project", "internal"] as const;
export const TimeCategory = z.enum(TIME_CATEGORIES);
/** Longest text a record field may hold: any name or id fits, and the database can index it. */
export const MAX_TEXT_LENGTH = 500;
/** Why a text field cannot be stored, or null when it can (PostgreSQL text cannot hold a NUL). */
export function textProblem(value: string): string | null {
  if (value.length > MAX_TEXT_LENGTH) return `is longer than ${MAX_TEXT_LENGTH} characters (${value.length})`;
  if (value.includes("\0")) return "contains a NUL byte, which cannot be stored";
  return null;
}
const text = z.string().trim().min(1).superRefine((value, ctx) => {
  const problem = textProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
const optionalText = text.nullable();

export const ClientRecord = z.object({
  client_id: text,
  name: text,
  segment: optionalText,
});
export type ClientRecord = z.infer<typeof ClientRecord>;

export const ContractRecord = z.object({
  contract_id: text,
  /** The client's client_id or name, as the export has it. */
  client: text,
  service: text,
  monthly_value: NonNegativeDecimal,
  start_date: CalendarDate,
  /** Inclusive; null = open-ended. */
  end_date: CalendarDate.nullable(),
  tier: optionalText,
  units: NonNegativeDecimal.nullable(),
  salesperson: optionalText,
});
export type ContractRecord = z.infer<typeof ContractRecord>;

/**
 * A contracts import may hold lines of an agreement (ConnectWise additions) that name only their
 * agreement: the client and start date then come from that agreement when it is stored.
 */
export const ContractImportRecord = ContractRecord.extend({
  client: optionalText,
  start_date: CalendarDate.nullable(),
  parent_contract_id: optionalText,
  /** hard cost of delivering the contract per month; null = unknown (docs/kpis.md, profitability) */
  monthly_cost: NonNegativeDecimal.nullable(),
}).refine((c) => c.parent_contract_id !== null || (c.client !== null && c.start_date !== null), {
  message: "needs a client and a start date, or the agreement it belongs to",
  path: ["client"],
});

export const TicketRecord = z.object({
  ticket_id: text,
  client: text,
  created_at: Instant,
  first_response_at: Instant.nullable(),
  resolved_at: Instant.nullable(),
  status: optionalText,
  priority: Priority.nullable(),
  technician: optionalText,
  csat: z.number().int().min(1).max(5).nullable(),
  subject: optionalText,
  /**
   * false when the source does not record first responses at all (no such column): first_response_at
   * is then unknown rather than "no response yet". Absent = tracked.
   */
  first_response_tracked: z.boolean().optional(),
});
export type TicketRecord = z.infer<typeof TicketRecord>;

export const TimeEntryRecord = z.object({
  entry_id: text,
  technician: text,
  client: text,
  work_date: CalendarDate,
  hours: NonNegativeDecimal,
  billable: z.boolean(),
  ticket_id: optionalText,
  rate: NonNegativeDecimal.nullable(),
  amount: Decimal.nullable(),
});
export type TimeEntryRecord = z.infer<typeof TimeEntryRecord>;

/** A time import also carries what kind of work the time was; null = not exported. */
export const TimeEntryImportRecord = TimeEntryRecord.extend({
  category: TimeCategory.nullable(),
});

export const TechnicianRecord = z.object({
  technician: text,
  weekly_capacity_hours: NonNegativeDecimal,
  active_from: CalendarDate.nullable(),
  active_to: CalendarDate.nullable(),
  role: optionalText,
});
export type TechnicianRecord = z.infer<typeof TechnicianRecord>;

/** A technicians import also carries how the tool names the technician elsewhere (its id and login) and whether they left. */
export const TechnicianImportRecord = TechnicianRecord.extend({
  technician_id: optionalText,
  login: optionalText,
  /** true = no longer active; without active_to the database ends them on their last logged day */
  inactive: z.boolean().nullable(),
  /** what one working hour of this technician costs the MSP (docs/kpis.md, profitability) */
  hourly_cost: NonNegativeDecimal.nullable(),
});

export const DeviceRecord = z.object({
  device_id: text,
  client: text,
  hostname: optionalText,
  kind: DeviceKind.nullable(),
  /** null = managed for as long as the data goes back. */
  managed_since: CalendarDate.nullable(),
  retired_on: CalendarDate.nullable(),
  warranty_end: CalendarDate.nullable(),
});
export type DeviceRecord = z.infer<typeof DeviceRecord>;

export const DeviceStatusRecord = z.object({
  device_id: text,
  observed_at: Instant,
  av_ok: z.boolean().nullable(),
  patched: z.boolean().nullable(),
  patches_missing: z.number().int().min(0).nullable(),
  backup_ok: z.boolean().nullable(),
  online: z.boolean().nullable(),
  last_seen_at: Instant.nullable(),
  /** Optional: lets a status export create a device the database has not seen yet. */
  client: optionalText,
  hostname: optionalText,
});
export type DeviceStatusRecord = z.infer<typeof DeviceStatusRecord>;

export const RmmAlertRecord = z.object({
  source: text,
  event_id: text,
  device_id: optionalText,
  client: optionalText,
  occurred_at: Instant,
  severity: optionalText,
  kind: optionalText,
  message: optionalText,
  resolved_at: Instant.nullable(),
});
export type RmmAlertRecord = z.infer<typeof RmmAlertRecord>;

export const IMPORT_KINDS = ["clients", "contracts", "technicians", "tickets", "time", "devices", "device-status"] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;

export const recordSchemaByKind = {
  clients: ClientRecord,
  contracts: ContractRecord,
  technicians: TechnicianRecord,
  tickets: TicketRecord,
  time: TimeEntryRecord,
  devices: DeviceRecord,
  "device-status": DeviceStatusRecord,
} as const satisfies Record<ImportKind, z.ZodType>;

export type RecordOf<K extends ImportKind> = z.infer<(typeof recordSchemaByKind)[K]>;

/** What an import row becomes before the database resolves its references (see the *ImportRecord schemas). */
export const importRecordSchemaByKind = {
  ...recordSchemaByKind,
  contracts: ContractImportRecord,
  technicians: TechnicianImportRecord,
  time: TimeEntryImportRecord,
} as const satisfies Record<ImportKind, z.ZodType>;

export type ImportRecordOf<K extends ImportKind> = z.infer<(typeof importRecordSchemaByKind)[K]>;
