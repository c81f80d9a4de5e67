import type Big from "big.js";
import type { ImportKind } from "@/lib/records/schemas";
import { localDate } from "../values/dates";
import { foldValue } from "../values/enums";
import { stableId } from "../values/hash";
import { Dec, bigToDecimal } from "../values/numbers";

// Turns helper inputs into canonical fields, after every cell has been parsed:
//   clients   client_id = name when the export has no id (ITFlow)
//   contracts lines of an agreement or recurring invoice: contract_id = parent_contract_id + "/" +
//             line id, unit_price = unit_price_cents / 100; lines not billed or charged once are
//             refused with that reason;
//             monthly_value = (period_amount, or unit_price × units (default 1)) / months per
//             bill_cycle (default 1), and monthly_cost the same from period_cost or unit_cost
//             (unit_cost_cents / 100); open_ended drops end_date; cancelled_on ends the contract when
//             it is earlier than end_date (the cancellation day is the last day)
//   tickets   resolved_at = closed_at when empty; first_response_at = created_at + response_hours
//             when empty (HaloPSA reports give the response time, not the moment);
//             first_response_tracked = false when no column feeds either (an empty cell is "no
//             response yet", a missing column "unknown")
//   time      work_date = start_time's date in the org zone; hours = duration_seconds / 3600, else
//             end_time − start_time; billable = not non_billable (empty = billable), and an empty
//             billable cell = false; ticket_id dropped when charge_to_type names no ticket
//             (ConnectWise charge codes and activities); an empty category comes from
//             charge_to_type (ServiceTicket reactive, ProjectTicket project, ChargeCode internal),
//             else, when task_id is mapped, project with a task and reactive with a ticket;
//             entry_id when the export has none = ticket_id + "/" + entry_seq when both are there (HaloPSA numbers actions per ticket), else
//             "gen-" + a hash of technician, client, work_date, ticket_id, hours and start_time, with
//             "-2", "-3" … appended for identical rows within one file, in file order
//   devices   device_id = serial_number, else "gen-" + a hash of client and hostname
//   technicians technician = first_name + " " + last_name when there is no name column;
//             weekly_capacity_hours = daily_capacity_hours × 5, else 40; inactive = not active

export type Values = Record<string, unknown>;

export interface DeriveContext {
  timeZone: string;
  /** true when the field has a column */
  mapped(field: string): boolean;
  /** reports a problem with the cell of `field` */
  fail(field: string, reason: string): void;
  /** derived ids seen so far in this import, for numbering identical rows */
  seen: Map<string, number>;
}

type Derive = (v: Values, ctx: DeriveContext) => void;

const text = (v: unknown) => (typeof v === "string" ? v : null);

function numbered(id: string, seen: Map<string, number>): string {
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}

/** (the amount per bill cycle, else the unit amount × units (default 1)) / months per bill cycle; null without either. */
function perMonth(periodAmount: unknown, unitAmount: unknown, v: Values): Big | null {
  let base: Big | null = null;
  if (typeof periodAmount === "string") base = new Dec(periodAmount);
  else if (typeof unitAmount === "string") base = new Dec(unitAmount).times(typeof v.units === "string" ? v.units : "1");
  return base === null ? null : base.div(typeof v.bill_cycle === "number" ? v.bill_cycle : 1);
}

const contracts: Derive = (v, ctx) => {
  if (v.billed === false) ctx.fail("billed", "not billed to the client: no recurring revenue");
  if (v.one_time === true) ctx.fail("one_time", "a one-time charge, not recurring revenue");
  if (typeof v.parent_contract_id === "string" && typeof v.contract_id === "string") v.contract_id = `${v.parent_contract_id}/${v.contract_id}`;
  if (v.unit_price === null && typeof v.unit_price_cents === "string") v.unit_price = bigToDecimal(new Dec(v.unit_price_cents).div(100));
  if (v.monthly_value === null) {
    const value = perMonth(v.period_amount, v.unit_price, v);
    if (value?.lt(0)) ctx.fail(typeof v.period_amount === "string" ? "period_amount" : "unit_price", "monthly_value must not be negative");
    else if (value) v.monthly_value = bigToDecimal(value);
  }
  if (v.unit_cost === null && typeof v.unit_cost_cents === "string") v.unit_cost = bigToDecimal(new Dec(v.unit_cost_cents).div(100));
  if (v.monthly_cost === null) {
    const cost = perMonth(v.period_cost, v.unit_cost, v);
    if (cost) v.monthly_cost = bigToDecimal(cost);
  }
  if (v.open_ended === true) v.end_date = null;
  const cancelled = text(v.cancelled_on);
  if (cancelled !== null && (v.end_date === null || cancelled < (v.end_date as string))) v.end_date = cancelled;
};

const tickets: Derive = (v, ctx) => {
  if (v.resolved_at === null) v.resolved_at = v.closed_at ?? null;
  const created = text(v.created_at);
  if (v.first_response_at === null && created !== null && typeof v.response_hours === "string") {
    v.first_response_at = new Date(Date.parse(created) + Math.round(Number(v.response_hours) * 3_600_000)).toISOString();
  }
  if (!ctx.mapped("first_response_at") && !ctx.mapped("response_hours")) v.first_response_tracked = false;
};

// ConnectWise charge targets; other targets (activities) leave the category empty
const CHARGE_CATEGORIES = new Map([["serviceticket", "reactive"], ["projectticket", "project"], ["chargecode", "internal"]]);

function derivedCategory(v: Values, ctx: DeriveContext): string | null {
  if (ctx.mapped("charge_to_type")) return CHARGE_CATEGORIES.get(foldValue(text(v.charge_to_type) ?? "")) ?? null;
  if (!ctx.mapped("task_id")) return null;
  if (v.task_id !== null) return "project";
  return v.ticket_id !== null ? "reactive" : null;
}

const time: Derive = (v, ctx) => {
  const start = text(v.start_time);
  const end = text(v.end_time);
  if (v.work_date === null && start !== null) v.work_date = localDate(start, ctx.timeZone);
  if (v.hours === null) {
    if (typeof v.duration_seconds === "string") v.hours = v.duration_seconds;
    else if (start !== null && end !== null) {
      const ms = Date.parse(end) - Date.parse(start);
      if (ms < 0) ctx.fail("end_time", "end time is before start time");
      else v.hours = bigToDecimal(new Dec(ms).div(3_600_000));
    }
  }
  if (v.billable === null) {
    if (ctx.mapped("billable")) v.billable = false;
    else if (ctx.mapped("non_billable")) v.billable = v.non_billable !== true;
  }
  if (v.category === null) v.category = derivedCategory(v, ctx);
  if (ctx.mapped("charge_to_type") && v.ticket_id !== null && !/ticket/i.test(text(v.charge_to_type) ?? "")) v.ticket_id = null;
  if (v.entry_id === null && !ctx.mapped("entry_id") && v.ticket_id !== null && typeof v.entry_seq === "string") {
    v.entry_id = `${text(v.ticket_id)}/${v.entry_seq}`;
  }
  if (v.entry_id === null && !ctx.mapped("entry_id")) {
    const hours = text(v.hours);
    v.entry_id = numbered(`gen-${stableId([text(v.technician), text(v.client), text(v.work_date), text(v.ticket_id), hours, start])}`, ctx.seen);
  }
};

const devices: Derive = (v, ctx) => {
  if (v.device_id !== null || ctx.mapped("device_id")) return;
  if (typeof v.serial_number === "string") v.device_id = v.serial_number;
  else if (typeof v.hostname === "string") v.device_id = numbered(`gen-${stableId([text(v.client), v.hostname])}`, ctx.seen);
};

const technicians: Derive = (v) => {
  if (v.technician === null) {
    const name = [text(v.first_name), text(v.last_name)].filter((part) => part !== null).join(" ");
    if (name !== "") v.technician = name;
  }
  if (v.weekly_capacity_hours === null) {
    v.weekly_capacity_hours = typeof v.daily_capacity_hours === "string" ? bigToDecimal(new Dec(v.daily_capacity_hours).times(5)) : "40";
  }
  if (v.inactive === null && typeof v.active === "boolean") v.inactive = !v.active;
};

export const DERIVE: Record<ImportKind, Derive> = {
  clients: (v) => {
    if (v.client_id === null) v.client_id = v.name ?? null;
  },
  contracts,
  technicians,
  tickets,
  time,
  devices,
  "device-status": () => {},
};
