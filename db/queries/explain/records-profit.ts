import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import { activeDays, activeOn, grainParams, grainSpan } from "../kpi/sql";
import { BILLED, ENTRY_CATEGORY } from "../kpi/rollups-time";
import { LISTED_TECHNICIANS } from "../kpi/technicians";
import type { RecordSelect } from "./records";

// The records behind the profitability figures (db/queries/kpi/profitability.ts): a client's money
// is made of lines, a contract's day-by-day share of P (its revenue and its hard cost) and a time
// entry's billed amount and labour cost (hours × its technician's cost rate as it is now); its
// hours are the time entries of P. Business figures sum over the listed clients (revenue or hours
// in P), so the lines of other clients are left out with that reason.

type Settings = Pick<KpiSettings, "holidays" | "defaultHourlyCost">;

/** A line: its columns as records.ts names them, plus `ok` (counted when its client is listed) and `why` (the reason if not). */
interface Line {
  from: "contract_rows" | "entry_rows";
  term: string;
  detail: string;
  extra: string;
  value: string;
  ok: string;
  why: string;
}

/** Money lines: contracts show the days active in P and the monthly amount, entries the hours and the rate. */
const share = (monthly: string) => `${monthly} * 12 * days / 365::numeric(30, 20)`;
const recurring: Line = { from: "contract_rows", term: "'contract_share'", detail: "days::text", extra: "monthly_value::text", value: share("monthly_value"), ok: "days > 0", why: "'not_active_in_period'" };
const hardCost: Line = {
  from: "contract_rows", term: "'hard_cost'", detail: "days::text", extra: "monthly_cost::text", value: share("coalesce(monthly_cost, 0)"),
  ok: "days > 0 and monthly_cost is not null", why: "case when days = 0 then 'not_active_in_period' else 'no_monthly_cost' end",
};
const billed: Line = { from: "entry_rows", term: "'billed'", detail: "hours::text", extra: "bill_rate::text", value: "billed", ok: "billed <> 0", why: "'not_billed'" };
const labour: Line = { from: "entry_rows", term: "'labour'", detail: "hours::text", extra: "cost_rate::text", value: "coalesce(hours * cost_rate, 0)", ok: "cost_rate is not null", why: "'no_cost_rate'" };
const loggedMoney: Line = { from: "entry_rows", term: "'logged'", detail: "hours::text", extra: "cost_rate::text", value: "hours", ok: "true", why: "null" };
const negative = (line: Line): Line => ({ ...line, value: `-(${line.value})` });

/** Hour lines, as the time-entry records show them: billable or not, and the category. */
const hours = (term: string, ok = "true", why = "null"): Line => ({ from: "entry_rows", term, detail: "case when billable then 'billable' else 'not_billable' end", extra: "category", value: "hours", ok, why });

const reactive = hours("'reactive'", "category = 'reactive'", "'category_' || category");

const CLIENT_LINES: Record<string, Line[]> = {
  revenue_earned: [recurring, billed],
  hard_cost: [hardCost],
  labour_cost: [labour],
  gross_profit: [recurring, billed, negative(hardCost), negative(labour)],
  gross_margin: [recurring, billed, negative(hardCost), negative(labour)],
  effective_hourly_rate: [recurring, billed, negative(hardCost), loggedMoney],
  logged_hours: [hours("'logged'")],
  costed_hours_share: [hours("case when cost_rate is null then 'not_costed' else 'costed' end")],
  reactive_hours: [reactive],
};

/** $1 org, $2 from, $3 to, $4 the client or technician (or null), $5 the default hourly cost. A technician has no contracts. */
const ROWS = (subjectColumn: "c.name" | "p.name") => `contract_rows as (
    select k.id, coalesce(k.external_id, k.id::text) as ref, c.name as client, k.service as who, k.start_date::text as day,
      ${activeDays("$2", "$3")} as days, k.monthly_value, k.monthly_cost
    from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
    where k.org_id = $1 and ${subjectColumn === "c.name" ? "($4::text is null or c.name = $4)" : "false"}
  ), entry_rows as (
    select e.id, coalesce(e.external_id, e.id::text) as ref, c.name as client, p.name as who, e.work_date::text as day, e.hours, e.billable,
      e.rate as bill_rate, e.billed, e.category, coalesce(p.hourly_cost, $5::numeric) as cost_rate
    from (select id, external_id, client_id, technician_id, work_date, hours, billable, rate, ${BILLED} as billed, ${ENTRY_CATEGORY} as category
      from time_entries where org_id = $1 and work_date between $2::date and $3::date) as e
    join clients c on c.org_id = $1 and c.id = e.client_id
    join technicians p on p.org_id = $1 and p.id = e.technician_id
    where $4::text is null or ${subjectColumn} = $4
  ), listed as (
    select client from (
      select client, monthly_value * 12 * days as earned, 0 as hours from contract_rows
      union all select client, billed * 365, hours from entry_rows
    ) as x group by client having sum(earned) > 0 or sum(hours) > 0
  )`;

const lineSelect = (line: Line) =>
  `select ${line.term} || '/' || id as id, ref, client, who, day, ${line.detail} as detail, ${line.extra} as extra, ${line.value} as value,
    ${line.term} as term, ${line.ok} as ok, ${line.why} as why from ${line.from}`;

/** A client's lines (or every client's, counted for the listed ones). */
function lines(orgId: number, period: Period, settings: Settings, subject: string | null, of: Line[]): RecordSelect {
  const sql = `with ${ROWS("c.name")}
    select id, ref, client, who, day, detail, extra, value, null::numeric as exact, term,
      case when counted then null when not listed then 'client_not_listed' else why end as reason, counted
    from (select *, ok and listed as counted from (select *, client in (select client from listed) as listed from (${of.map(lineSelect).join(" union all ")}) as u) as l) as r`;
  return { sql, params: [orgId, period.from, period.to, subject, costParam(settings)] };
}

const costParam = (settings: Settings) => (settings.defaultHourlyCost === null ? null : String(settings.defaultHourlyCost));

/** A technician's cost rate as a line: counted when there is one. $4 technician, $5 default hourly cost. */
const rateLine = (term: string, value: string) => `select 'rate/' || id as id, name as ref, null::text as client, name as who, null::text as day,
    null::text as detail, hourly_cost::text as extra, ${value} as value, ${term} as term, coalesce(hourly_cost, $5::numeric) is not null as ok, 'no_cost_rate' as why
  from technicians where org_id = $1 and name = $4`;

function technicianLines(orgId: number, period: Period, settings: Settings, subject: string | null, metric: string): RecordSelect {
  const rate = "coalesce(hourly_cost, $5::numeric)";
  const of = metric === "technician.cost_rate"
    ? rateLine("case when hourly_cost is null then 'default_rate' else 'own_rate' end", rate)
    : `${rateLine("'cost_rate'", "0")} union all ${lineSelect(labour)}`;
  const sql = `with ${ROWS("p.name")}
    select id, ref, client, who, day, detail, extra, value, null::numeric as exact, term, case when ok then null else why end as reason, ok as counted
    from (${of}) as r`;
  return { sql, params: [orgId, period.from, period.to, subject, costParam(settings)] };
}

/**
 * Reactive hours per endpoint: the entries of P (counted when reactive) and the devices managed on
 * E, each worth the days of P. Every client's devices count, listed or not.
 */
function perEndpoint(orgId: number, period: Period, settings: Settings, subject: string | null): RecordSelect {
  const managed = "coalesce(d.managed_since, '-infinity'::date) <= $3::date and (d.retired_on is null or $3::date < d.retired_on)";
  const sql = `with ${ROWS("c.name")}
    select id, ref, client, who, day, detail, extra, value, null::numeric as exact, term, case when ok then null else why end as reason, ok as counted
    from (${lineSelect({ ...reactive, detail: "hours::text", extra: "null" })}
      union all
      select 'managed/' || d.id, coalesce(d.hostname, d.external_id, d.id::text), c.name, d.kind, d.managed_since::text, null, null,
        $3::date - $2::date + 1, 'managed', true, null
      from devices d join clients c on c.org_id = d.org_id and c.id = d.client_id
      where d.org_id = $1 and ($4::text is null or c.name = $4) and ${managed}
    ) as r`;
  return { sql, params: [orgId, period.from, period.to, subject, costParam(settings)] };
}

/** The listed technicians' capacity they logged no time in, at their cost rate. */
function unloggedCapacity(orgId: number, period: Period, settings: Settings): RecordSelect {
  const sql = `with ${LISTED_TECHNICIANS}
    select id::text as id, name as ref, null::text as client, name as who, null::text as day, greatest(0, available - logged)::text as detail,
      rate::text as extra, coalesce(rate * greatest(0, available - logged), 0) as value, null::numeric as exact, 'unlogged' as term,
      case when rate is null then 'no_cost_rate' end as reason, rate is not null as counted
    from (select *, coalesce(hourly_cost, $7::numeric) as rate from listed) as l`;
  return { sql, params: [orgId, ...grainParams(grainSpan(period)), settings.holidays.join(","), costParam(settings)] };
}

/** Contracts active on E, by whether their monthly cost is known. $1 org, $2 E. */
function costCoverage(orgId: number, period: Period): RecordSelect {
  const sql = `select k.id::text as id, coalesce(k.external_id, k.id::text) as ref, c.name as client, k.service as who, k.start_date::text as day,
      k.end_date::text as detail, null::text as extra, k.monthly_value as value, null::numeric as exact,
      case when k.monthly_cost is null then 'no_monthly_cost' else 'with_cost' end as term,
      case when ${activeOn("$2")} then null when k.start_date > $2::date then 'not_started' else 'ended' end as reason, ${activeOn("$2")} as counted
    from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
    where k.org_id = $1`;
  return { sql, params: [orgId, period.to] };
}

/** The records of a profitability figure, or null for any other figure. */
export function profitRecords(orgId: number, metric: string, period: Period, settings: Settings, subject: string | null): RecordSelect | null {
  if (metric === "unlogged_capacity_cost") return unloggedCapacity(orgId, period, settings);
  if (metric === "hard_cost_coverage") return costCoverage(orgId, period);
  if (metric.endsWith("reactive_hours_per_endpoint")) return perEndpoint(orgId, period, settings, subject);
  if (metric === "technician.cost_rate" || metric === "technician.labour_cost") return technicianLines(orgId, period, settings, subject, metric);
  const of = CLIENT_LINES[metric.replace(/^client\./, "")];
  return of ? lines(orgId, period, settings, subject, of) : null;
}
