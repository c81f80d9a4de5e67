import type { ImportKind } from "@/lib/records/schemas";

// The fields a file's columns can be mapped to, per kind: the canonical record fields of docs/kpis.md
// plus a few helper inputs that exports carry instead of the canonical value (a start and end time
// instead of hours, an amount per bill cycle instead of a monthly value, ...). Helpers never reach
// the record; the converter turns them into the canonical field (see convert/derive.ts).

export type ValueType =
  | "text"
  | "date"
  | "instant"
  | "decimal" // may be negative (money)
  | "nonneg" // decimal >= 0
  | "hours" // decimal hours or a duration "01:30[:00]"
  | "seconds" // a duration in seconds, turned into hours
  | "bool"
  | "priority"
  | "csat"
  | "count"
  | "device_kind"
  | "bill_cycle"
  | "time_category";

export interface FieldSpec {
  name: string;
  type: ValueType;
  /** required in the canonical record */
  required: boolean;
  /** an input that is turned into a canonical field, not a field of the record itself */
  helper: boolean;
  /** for a required field: other sets of mapped fields that can stand in for its column */
  alternatives: readonly (readonly string[])[];
  description: string;
}

type Row = [name: string, type: ValueType, flags: "" | "required" | "helper", description: string, alternatives?: string[][]];

const spec = (rows: Row[]): FieldSpec[] =>
  rows.map(([name, type, flags, description, alternatives]) => ({
    name,
    type,
    required: flags === "required",
    helper: flags === "helper",
    alternatives: alternatives ?? [],
    description,
  }));

export const FIELD_SPECS: Record<ImportKind, FieldSpec[]> = {
  clients: spec([
    ["client_id", "text", "required", "the client's id in the tool; the name when there is none", [["name"]]],
    ["name", "text", "required", "client name"],
    ["segment", "text", "", "segment, industry or type"],
  ]),
  contracts: spec([
    ["contract_id", "text", "required", "contract (agreement, recurring invoice) id"],
    ["client", "text", "required", "client id or name; or map parent_contract_id (the agreement's client)", [["parent_contract_id"]]],
    ["service", "text", "required", "service or contract type"],
    ["monthly_value", "nonneg", "required", "recurring value per month; or map period_amount (+ bill_cycle) or unit_price (× units)", [["period_amount"], ["unit_price"], ["unit_price_cents"]]],
    ["start_date", "date", "required", "first day; the agreement's when empty and parent_contract_id is mapped", [["parent_contract_id"]]],
    ["end_date", "date", "", "last day (inclusive); empty = open-ended"],
    ["tier", "text", "", "tier or package"],
    ["units", "nonneg", "", "units (seats, devices)"],
    ["salesperson", "text", "", "salesperson"],
    ["monthly_cost", "nonneg", "", "hard cost of delivering it per month (licences, vendor fees); or map period_cost (+ bill_cycle) or unit_cost (× units); kept when a later file has no such column"],
    ["parent_contract_id", "text", "", "the agreement or recurring invoice a line belongs to; contract_id = parent/line id, and the client, start and end come from the agreement when the line has none"],
    ["period_amount", "decimal", "helper", "amount billed per bill cycle"],
    ["unit_price", "decimal", "helper", "price per unit per bill cycle (× units, default 1)"],
    ["period_cost", "nonneg", "helper", "hard cost per bill cycle"],
    ["unit_cost", "nonneg", "helper", "cost per unit per bill cycle (× units, default 1)"],
    ["unit_cost_cents", "nonneg", "helper", "cost per unit in cents (Syncro cost_cents)"],
    ["bill_cycle", "bill_cycle", "helper", "monthly, quarterly, half-yearly, yearly (or months per bill); default monthly"],
    ["cancelled_on", "date", "helper", "cancellation date; ends the contract when earlier than end_date"],
    ["open_ended", "bool", "helper", "true = no end date (end_date is ignored)"],
    ["unit_price_cents", "decimal", "helper", "price per unit in cents (Syncro retail_cents)"],
    ["billed", "bool", "helper", "false = not billed to the client (the line is skipped with a reason)"],
    ["one_time", "bool", "helper", "true = a one-time charge, not recurring (the line is skipped with a reason)"],
  ]),
  technicians: spec([
    ["technician", "text", "required", "technician name; or map first_name + last_name", [["first_name", "last_name"]]],
    ["technician_id", "text", "", "the technician's id in the tool (tickets and time entries that name it link to this technician)"],
    ["login", "text", "", "login, user name or e-mail (tickets and time entries that name it link to this technician)"],
    ["weekly_capacity_hours", "nonneg", "", "hours per week (default 40); or map daily_capacity_hours"],
    ["active_from", "date", "", "first working day"],
    ["active_to", "date", "", "last working day; an inactive technician without one ends on their last logged day"],
    ["role", "text", "", "role"],
    ["first_name", "text", "helper", "first name (technician = first + last name)"],
    ["last_name", "text", "helper", "last name"],
    ["inactive", "bool", "", "true = no longer active"],
    ["hourly_cost", "nonneg", "", "what one working hour costs you (pay and overheads); kept when a later file has no such column"],
    ["daily_capacity_hours", "nonneg", "helper", "hours per day (× 5 = weekly_capacity_hours)"],
    ["active", "bool", "helper", "false = no longer active (inactive inverted)"],
  ]),
  tickets: spec([
    ["ticket_id", "text", "required", "ticket id or number"],
    ["client", "text", "required", "client id or name"],
    ["created_at", "instant", "required", "when the ticket was opened"],
    ["first_response_at", "instant", "", "first response"],
    ["resolved_at", "instant", "", "resolution (closed_at stands in when empty)"],
    ["status", "text", "", "status"],
    ["priority", "priority", "", "priority, mapped to P1–P4"],
    ["technician", "text", "", "assigned technician"],
    ["csat", "csat", "", "satisfaction 1–5"],
    ["subject", "text", "", "subject or summary"],
    ["closed_at", "instant", "helper", "closing time, used when resolved_at is empty"],
    ["response_hours", "hours", "helper", "time to first response (hh:mm or hours); first_response_at = created_at + it when empty"],
  ]),
  time: spec([
    ["entry_id", "text", "required", "time entry id; derived from the row when the export has none", [[]]],
    ["technician", "text", "required", "technician name or login"],
    ["client", "text", "required", "client id or name"],
    ["work_date", "date", "required", "day worked; or map start_time", [["start_time"]]],
    ["hours", "hours", "required", "hours worked; or map start_time + end_time, or duration_seconds", [["start_time", "end_time"], ["duration_seconds"]]],
    ["billable", "bool", "required", "billable yes/no; or map non_billable (empty = not billable)", [["non_billable"]]],
    ["ticket_id", "text", "", "ticket the time was logged on"],
    ["rate", "nonneg", "", "hourly rate"],
    ["amount", "decimal", "", "billed amount"],
    ["category", "time_category", "", "reactive, proactive, project or internal; kept when a later file has no such column"],
    ["start_time", "instant", "helper", "start of the work (gives work_date and, with end_time, hours)"],
    ["end_time", "instant", "helper", "end of the work"],
    ["duration_seconds", "seconds", "helper", "duration in seconds"],
    ["non_billable", "bool", "helper", "true = not billable (Autotask isNonBillable)"],
    ["charge_to_type", "text", "helper", "what the time is charged to; ticket_id is kept only when this names a ticket; gives the category (service ticket = reactive, project ticket = project, charge code = internal)"],
    ["task_id", "text", "helper", "project task the time was logged on (Autotask taskID): category project; time on a ticket without one is reactive"],
    ["entry_seq", "text", "helper", "number of the entry within its ticket (HaloPSA action id); entry_id = ticket_id/entry_seq"],
  ]),
  devices: spec([
    ["device_id", "text", "required", "device id; else the serial number; else derived from client + hostname", [["serial_number"], ["hostname"]]],
    ["client", "text", "required", "client id or name"],
    ["hostname", "text", "", "host or asset name"],
    ["kind", "device_kind", "", "server, workstation, network or mobile (asset types are matched by keyword)"],
    ["managed_since", "date", "", "managed from"],
    ["retired_on", "date", "", "retired on"],
    ["warranty_end", "date", "", "warranty end"],
    ["serial_number", "text", "helper", "serial number (used as the id when there is none)"],
  ]),
  "device-status": spec([
    ["device_id", "text", "required", "device id"],
    ["observed_at", "instant", "required", "when the status was observed"],
    ["av_ok", "bool", "", "antivirus ok"],
    ["patched", "bool", "", "fully patched"],
    ["patches_missing", "count", "", "number of missing patches"],
    ["backup_ok", "bool", "", "backup ok"],
    ["online", "bool", "", "online"],
    ["last_seen_at", "instant", "", "last seen"],
    ["client", "text", "", "client id or name"],
    ["hostname", "text", "", "hostname"],
  ]),
};

/** The fields a column can be mapped to, for the UI's mapping dropdowns (canonical fields first). */
export function canonicalFields(kind: ImportKind): { name: string; required: boolean; helper: boolean; description: string }[] {
  return FIELD_SPECS[kind].map(({ name, required, helper, description }) => ({ name, required, helper, description }));
}

const isMapped = (mapping: Record<string, string>, name: string) => (mapping[name] ?? "").trim() !== "";

/** Required fields that neither have a column nor can be computed from other mapped columns. */
export function missingRequiredFields(kind: ImportKind, mapping: Record<string, string>): string[] {
  return FIELD_SPECS[kind]
    .filter((f) => f.required && !isMapped(mapping, f.name))
    .filter((f) => !f.alternatives.some((group) => group.every((name) => isMapped(mapping, name))))
    .map((f) => f.name);
}
