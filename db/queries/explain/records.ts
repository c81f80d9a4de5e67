import "server-only";
import { startDay, type Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import { grainParams, grainSpan } from "../kpi/sql";
import { CONTRACTS } from "../kpi/revenue";
import { slaTargetMicros } from "../kpi/rollups-tickets";
import { LISTED_TECHNICIANS } from "../kpi/technicians";
import { revenueRecords } from "./records-revenue";
import { profitRecords } from "./records-profit";
import { serviceRecords } from "./records-service";

// The records behind each explained figure (lib/explain/figures.ts), by the definitions the KPI
// engine's rollups use (db/queries/kpi/): one select per figure with a row per record of the
// figure's scope, saying whether it is counted, under which term, with which value, and if not
// counted, why not. Columns: id (unique), ref, client, who, day, detail, extra (text shown as is),
// value, exact (the median's exact key), term, reason, counted.

export interface RecordSelect {
  sql: string;
  params: unknown[];
  /** The same select (same parameters) reading only the records that can be counted, where an index finds those alone. */
  countable?: string;
  /** An output column ordering the rows as `day` does, by the instant an index on the table orders (not the minute shown). */
  dayOrder?: string;
}

export type Settings = Pick<KpiSettings, "timeZone" | "slaTargetMinutes" | "holidays" | "defaultHourlyCost">;

const local = (instant: string) => `((${instant}) at time zone $4)::date`;
const stamp = (instant: string) => `to_char((${instant}) at time zone $4, 'YYYY-MM-DD HH24:MI')`;
// The instants P starts and ends at: the planner folds them to constants, so an instant's local
// date is compared with no time-zone conversion per row (the totals test each ticket's dates
// several times). An instant's local date is on or after a day exactly when the instant is at or
// after that day's local midnight.
const P_START = "($2::date::timestamp at time zone $4)";
const P_END = "(($3::date + 1)::timestamp at time zone $4)";
const inP = (instant: string) => `(${instant} >= ${P_START} and ${instant} < ${P_END})`;

/** Which ticket rows count, under which term, with which value (and exact median key: the response by default), and why not. */
export interface TicketClassify {
  counted: string;
  term: string;
  value: string;
  reason: string;
  exact?: string;
  /** Counts only tickets created in P: the counted tab then reads just the period's created range. */
  createdOnly?: true;
}

/**
 * Tickets created or resolved in P, of one client or technician (`subjectColumn`) or all. $1 org,
 * $2 from, $3 to, $4 time zone, $5 the subject or null, $6…$9 the P1…P4 first-response targets in microseconds.
 */
export function tickets(orgId: number, period: Period, settings: Settings, subject: string | null, classify: TicketClassify, subjectColumn = "c.name"): RecordSelect {
  const select = (range: string, scope: string) => `select id::text as id, ref, client, who, day, created_at, detail, extra, ${classify.value} as value, ${classify.exact ?? "response_us"} as exact,
      ${classify.term} as term, case when ${classify.counted} then null else ${classify.reason} end as reason, (${classify.counted}) as counted
    from (
      select t.id, coalesce(t.external_id, t.id::text) as ref, c.name as client, p.name as who, ${stamp("t.created_at")} as day, t.created_at,
        t.priority as detail, ${stamp("t.resolved_at")} as extra, t.first_response_at is not null as responded, t.first_response_tracked as tracked,
        t.csat, ${inP("t.created_at")} as created_in, t.created_at < ${P_START} as created_before,
        t.resolved_at is not null and ${inP("t.resolved_at")} as resolved_in, t.resolved_at is null as unresolved,
        extract(epoch from (t.first_response_at - t.created_at)) * 1000000 as response_us, extract(epoch from (t.resolved_at - t.created_at)) * 1000000 as resolution_us, x.target_us,
        t.created_at + x.target_us * interval '1 microsecond' < ${P_END} as deadline_passed
      from tickets t
      join clients c on c.org_id = t.org_id and c.id = t.client_id
      left join technicians p on p.org_id = t.org_id and p.id = t.technician_id
      cross join lateral (select case t.priority when 'P1' then $6::numeric when 'P2' then $7::numeric when 'P3' then $8::numeric when 'P4' then $9::numeric end as target_us) as x
      where t.org_id = $1 and ($5::text is null or ${subjectColumn} = $5) and ${range}
    ) as r
    ${scope}`;
  const createdInP = select(inP("t.created_at"), "");
  return {
    // Created in P, then resolved in P but created outside it: each part one range of its own index
    // (tickets_org_created, tickets_org_resolved), which hold every column the classifications read,
    // so the totals over a month of a large MSP's tickets never visit the table itself.
    sql: `${createdInP}
    union all
    ${select(`${inP("t.resolved_at")} and not ${inP("t.created_at")}`, "")}`,
    params: [orgId, period.from, period.to, settings.timeZone, subject, ...slaTargetMicros(settings)],
    // The counted condition implies created in P, so the first part alone holds every counted row,
    // read in the order of tickets_org_created.
    countable: classify.createdOnly ? createdInP : undefined,
    dayOrder: "created_at",
  };
}

const outsideP = "case when created_before then 'created_before' else 'created_after' end";
// A ticket whose source records no first responses is left out, answered or not (lib/kpi/reference/sla.ts).
const inSlaBase = "created_in and target_us is not null and tracked and (responded or deadline_passed)";

export const SLA_MET: TicketClassify = {
  counted: inSlaBase,
  term: "case when responded and response_us <= target_us then 'met' else 'missed' end",
  value: "response_us / 60000000",
  reason: `case when not created_in then ${outsideP} when target_us is null then 'no_priority' when not tracked then 'response_not_tracked' else 'awaiting_response' end`,
  createdOnly: true,
};
export const FIRST_RESPONSE: TicketClassify = {
  counted: "created_in and responded", term: "'responded'", value: "response_us / 60000000", reason: `case when not created_in then ${outsideP} else 'no_response' end`,
  createdOnly: true,
};
export const CSAT: TicketClassify = {
  counted: "resolved_in and csat is not null",
  term: "case when csat >= 4 then 'positive' else 'other' end",
  value: "csat",
  reason: "case when unresolved then 'unresolved' when not resolved_in then 'resolved_outside' else 'no_score' end",
};

/**
 * Time entries with work_date in P, of one client or technician (`subjectColumn`) or all. $1 org,
 * $2 from, $3 to, $4 the subject or null.
 */
export function entries(orgId: number, period: Period, subject: string | null, subjectColumn: string, classify: { counted: string; value: string; reason: string; term: string }): RecordSelect {
  const sql = `select id::text as id, ref, client, who, day, detail, extra, ${classify.value} as value, null::numeric as exact,
      ${classify.term} as term, case when ${classify.counted} then null else ${classify.reason} end as reason, (${classify.counted}) as counted
    from (
      select e.id, coalesce(e.external_id, e.id::text) as ref, c.name as client, p.name as who, e.work_date::text as day,
        case when e.billable then 'billable' else 'not_billable' end as detail, e.category as extra, e.hours, e.billable, e.rate, e.amount,
        case when e.amount is not null then e.amount when e.billable and e.rate is not null then e.hours * e.rate else 0 end as billed
      from time_entries e
      join clients c on c.org_id = e.org_id and c.id = e.client_id
      join technicians p on p.org_id = e.org_id and p.id = e.technician_id
      where e.org_id = $1 and e.work_date between $2::date and $3::date and ($4::text is null or ${subjectColumn} = $4)
    ) as r`;
  return { sql, params: [orgId, period.from, period.to, subject] };
}

export const billableHours = { counted: "billable", term: "'billable'", value: "hours", reason: "'not_billable'" };

/** Entries counted by their billed amount (KPIS.md): left out when it is 0, saying why. */
export const billedAmount = {
  counted: "billed <> 0",
  term: "'billed'",
  value: "billed",
  reason: "case when amount is null and not billable then 'not_billable' when amount is null and rate is null then 'no_rate' else 'zero_amount' end",
};

/** The listed technicians of P with their available hours (KPIS.md "technicians listed"), one or all. */
export function capacity(orgId: number, period: Period, settings: Settings, subject: string | null): RecordSelect {
  const sql = `with ${LISTED_TECHNICIANS}
    select l.id::text as id, l.name as ref, null::text as client, l.name as who, null::text as day, r.cap::text as detail, r.days::text as extra,
      l.available as value, null::numeric as exact, 'available' as term, null::text as reason, true as counted
    from listed l join roster r using (id)
    where $7::text is null or l.name = $7`;
  return { sql, params: [orgId, ...grainParams(grainSpan(period)), settings.holidays.join(","), subject] };
}

/** Contracts, counted when active on E. $1 org, $2 E. */
export function contracts(orgId: number, period: Period): RecordSelect {
  const sql = `select id::text as id, ref, client, who, day, detail, extra, value, null::numeric as exact, 'active' as term,
      case when counted then null when start_date > $2::date then 'not_started' else 'ended' end as reason, counted
    from (
      select k.id, coalesce(k.external_id, k.id::text) as ref, c.name as client, k.service as who, k.start_date::text as day,
        k.end_date::text as detail, k.tier as extra, k.monthly_value as value, k.start_date,
        (k.start_date <= $2::date and (k.end_date is null or $2::date <= k.end_date)) as counted
      from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
      where k.org_id = $1
    ) as r`;
  return { sql, params: [orgId, period.to] };
}

/**
 * Each client's MRR per service on S and E, and the bridge movement it makes (as revenue.ts sums
 * them): its amount as the bar counts it. $1 org, $2 S, $3 E, $4 from.
 */
function movements(orgId: number, period: Period, bar: string): RecordSelect {
  const net = bar === "net";
  const counted = net ? "move <> 'unchanged'" : bar === "expansion" ? "move in ('upsell', 'cross_sell')" : `move = '${bar}'`;
  const value = net ? "case when move in ('contraction', 'churned') then -amount else amount end" : "amount";
  const sql = `with ${CONTRACTS}, moves as (
      select cs.client_id, cs.service, cs.s, cs.e,
        case when k.kind <> 'existing' then k.kind when cs.s > 0 and cs.e > cs.s then 'upsell' when cs.s = 0 and cs.e > 0 then 'cross_sell'
          when cs.s > cs.e then 'contraction' else 'unchanged' end as move
      from cs join kinds k using (client_id)
      where cs.s <> 0 or cs.e <> 0
    ), amounts as (
      select *, case move when 'new' then e when 'reactivated' then e when 'cross_sell' then e when 'churned' then s
        when 'upsell' then e - s when 'contraction' then s - e else 0 end as amount
      from moves
    )
    select m.client_id || '/' || m.service as id, m.service as ref, c.name as client, m.service as who, null::text as day,
      m.s::text as detail, m.e::text as extra, ${value} as value, null::numeric as exact, m.move as term,
      case when ${counted} then null when m.move = 'unchanged' then 'unchanged' else 'other_movement' end as reason, (${counted}) as counted
    from amounts m join clients c on c.org_id = $1 and c.id = m.client_id`;
  return { sql, params: [orgId, startDay(period), period.to, period.from] };
}

const HEALTH_FLAGS: Record<string, string> = { "client.patched": "patched", "client.av_ok": "av_ok", "client.backup_ok": "backup_ok", "client.seen": "seen" };

/**
 * A managed device's value and term (and, in place of its status stamp, another detail). Figures
 * that do not read the status on E skip finding it, one index probe per device.
 */
export interface DeviceClassify { value: string; term: string; detail?: string; status?: false }

const health = (flag: string): DeviceClassify => ({
  value: `(${flag} is true)::int`, term: `case when detail is null then 'no_observation' when ${flag} is true then 'ok' else 'not_ok' end`,
});

/**
 * One client's devices, or all, with their status on E (the latest observation with a local date ≤ E);
 * counted when managed on E. $1 org, $2 E, $3 client or null, $4 time zone.
 */
export function devices(orgId: number, period: Period, settings: Settings, subject: string | null, classify: DeviceClassify): RecordSelect {
  const sql = `select id::text as id, ref, client, who, day, ${classify.detail ?? "detail"} as detail, extra, ${classify.value} as value, null::numeric as exact,
      ${classify.term} as term,
      case when managed then null when retired_on <= $2::date then 'retired' else 'not_yet_managed' end as reason, managed as counted
    from (
      select d.id, coalesce(d.hostname, d.external_id, d.id::text) as ref, c.name as client, d.kind as who, d.managed_since::text as day,
        ${stamp("o.observed_at")} as detail, ${local("coalesce(o.last_seen_at, o.observed_at)")}::text as extra, d.retired_on, d.warranty_end, o.patched, o.av_ok, o.backup_ok,
        ${local("coalesce(o.last_seen_at, o.observed_at)")} >= $2::date - 6 as seen,
        (coalesce(d.managed_since, '-infinity'::date) <= $2::date and (d.retired_on is null or $2::date < d.retired_on)) as managed
      from devices d
      join clients c on c.org_id = d.org_id and c.id = d.client_id
      left join lateral (
        select s.observed_at, s.last_seen_at, s.patched, s.av_ok, s.backup_ok from device_status s
        where ${classify.status ?? true} and s.org_id = $1 and s.device_id = d.id and s.observed_at < (($2::date + 2)::timestamp at time zone $4) and ${local("s.observed_at")} <= $2::date
        order by s.observed_at desc, s.id desc limit 1
      ) as o on true
      where d.org_id = $1 and ($3::text is null or c.name = $3)
    ) as r`;
  return { sql, params: [orgId, period.to, subject, settings.timeZone] };
}

/** The records of a figure's scope (kind "capacity": the technicians' available hours), or null for a figure not explained. */
export function figureRecords(orgId: number, metric: string, kind: "records" | "capacity", period: Period, settings: Settings, subject: string | null): RecordSelect | null {
  if (kind === "capacity") return capacity(orgId, period, settings, subject);
  const revenue = revenueRecords(orgId, metric, period, settings, subject); if (revenue) return revenue;
  const profit = profitRecords(orgId, metric, period, settings, subject); if (profit) return profit;
  const service = serviceRecords(orgId, metric, period, settings, subject); if (service) return service;
  const ticketsOf = (classify: TicketClassify) => tickets(orgId, period, settings, subject, classify);
  switch (metric) {
    case "tickets_created":
    case "client.tickets_created":
      return ticketsOf({ counted: "created_in", term: "'created'", value: "1", reason: outsideP, createdOnly: true });
    case "sla_met":
    case "client.sla_met":
      return ticketsOf(SLA_MET);
    case "first_response_minutes":
      return ticketsOf(FIRST_RESPONSE);
    case "csat":
    case "client.csat":
      return ticketsOf(CSAT);
    case "team_utilization":
    case "technician.utilization":
      return entries(orgId, period, subject, "p.name", billableHours);
    case "client.billed_hours":
      return entries(orgId, period, subject, "c.name", billableHours);
    case "billed_time_revenue":
      return entries(orgId, period, subject, "c.name", billedAmount);
    case "mrr":
      return contracts(orgId, period);
    case "new_mrr":
    case "upsell_mrr":
    case "cross_sell_mrr":
    case "expansion_mrr":
    case "contraction_mrr":
    case "churned_mrr":
    case "reactivated_mrr":
    case "net_new_mrr":
      return movements(orgId, period, metric === "net_new_mrr" ? "net" : metric.replace(/_mrr$/, ""));
    case "client.patched":
    case "client.av_ok":
    case "client.backup_ok":
    case "client.seen":
      return devices(orgId, period, settings, subject, health(HEALTH_FLAGS[metric]!));
    default:
      return null;
  }
}
