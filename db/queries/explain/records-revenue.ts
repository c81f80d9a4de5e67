import "server-only";
import { startDay, type Period } from "@/lib/kpi/period";
import { activeDays } from "../kpi/sql";
import { CONTRACTS } from "../kpi/revenue";
import { billableHours, billedAmount, capacity, contracts, entries, type RecordSelect, type Settings } from "./records";

// The records behind the revenue, client, service and technician-time figures (docs/kpis.md
// "Revenue" and "Technicians"), in the columns of records.ts: contracts, clients (with their MRR on
// S and E), the revenue earned in P (contracts and billed time), time entries and capacity rows.

type Classify = { counted: string; term: string; value: string; reason: string };

/** The contracts active on E (one service's or client's, or all): the rows of mrr. */
function contractsOf(orgId: number, period: Period, column: "who" | "client", subject: string | null): RecordSelect {
  const all = contracts(orgId, period);
  return { sql: `select * from (${all.sql}) as k where $3::text is null or ${column} = $3`, params: [...all.params, subject] };
}

/**
 * Every client with a contract, with its first contract's start, its MRR on S and E, and its MRR
 * on E in one service (`service_e`, $5). $1 org, $2 S, $3 E, $4 from, $5 service or null.
 */
function clients(orgId: number, period: Period, service: string | null, classify: Classify): RecordSelect {
  const sql = `with ${CONTRACTS}, client_rows as (
      select k.client_id, c.name, k.kind, k.ms, k.me, f.first_start, coalesce(v.e, 0) as service_e
      from kinds k join clients c on c.org_id = $1 and c.id = k.client_id
      join (select client_id, min(start_date) as first_start from contract group by client_id) as f on f.client_id = k.client_id
      left join (select client_id, sum(e) as e from cs where service = $5::text group by client_id) as v on v.client_id = k.client_id
    )
    select client_id::text as id, name as ref, name as client, kind as who, first_start::text as day, round(ms, 2)::text as detail, round(me, 2)::text as extra,
      ${classify.value} as value, null::numeric as exact, ${classify.term} as term,
      case when ${classify.counted} then null else ${classify.reason} end as reason, (${classify.counted}) as counted
    from client_rows`;
  return { sql, params: [orgId, startDay(period), period.to, period.from, service] };
}

const paying: Classify = { counted: "me > 0", term: "'paying'", value: "me", reason: "'no_mrr_on_last_day'" };

/**
 * What P earned: each contract's monthly value × 12 / 365 × its days active in P, counted when it
 * has some; with `billed`, also each time entry's billed amount. $1 org, $2 from, $3 to.
 */
function revenue(orgId: number, period: Period, billed: boolean): RecordSelect {
  const earned = `select 'k' || k.id as id, coalesce(k.external_id, k.id::text) as ref, c.name as client, k.service as who, k.start_date::text as day,
      k.end_date::text as detail, k.days::text as extra, k.monthly_value * 12 * k.days / 365 as value, null::numeric as exact, 'recurring' as term,
      case when k.days > 0 then null when k.start_date > $3::date then 'starts_after_period' else 'ended_before_period' end as reason, k.days > 0 as counted
    from (select *, ${activeDays("$2", "$3")} as days from contracts where org_id = $1) as k
    join clients c on c.org_id = k.org_id and c.id = k.client_id`;
  if (!billed) return { sql: earned, params: [orgId, period.from, period.to] };
  const time = entries(orgId, period, null, "c.name", billedAmount);
  const sql = `${earned}
    union all
    select 'e' || id, ref, client, who, day, null::text, null::text, value, exact, term, reason, counted from (${time.sql}) as e`;
  return { sql, params: time.params };
}

const logged = { counted: "true", term: "'logged'", value: "hours", reason: "null" };

/** The records of a revenue, client, service or technician-time figure, or null for another figure. */
export function revenueRecords(orgId: number, metric: string, period: Period, settings: Settings, subject: string | null): RecordSelect | null {
  const byTechnician = (classify: Classify) => entries(orgId, period, subject, "p.name", classify);
  switch (metric) {
    case "active_contracts":
    case "average_contract_value":
      return contractsOf(orgId, period, "who", null);
    case "service.mrr":
      return contractsOf(orgId, period, "who", subject);
    case "client.mrr":
      return contractsOf(orgId, period, "client", subject);
    case "active_clients":
    case "revenue_per_client":
      return clients(orgId, period, null, paying);
    case "service.coverage":
      return clients(orgId, period, subject, { ...paying, term: "case when service_e > 0 then 'with_service' else 'without_service' end", value: "service_e" });
    case "new_clients":
      return clients(orgId, period, null, {
        counted: "kind = 'new'", term: "'new'", value: "me", reason: "case when first_start < $4::date then 'client_before_period' else 'first_contract_after' end",
      });
    case "churned_clients":
      return clients(orgId, period, null, {
        counted: "kind = 'churned'", term: "'churned'", value: "ms", reason: "case when kind = 'new' then 'new_client' when ms = 0 then 'no_mrr_at_start' else 'still_paying' end",
      });
    case "recurring_revenue":
      return revenue(orgId, period, false);
    case "revenue_per_technician":
      return revenue(orgId, period, true);
    case "fte":
    case "technician.available_hours":
      return capacity(orgId, period, settings, subject);
    case "technician.billable_hours":
      return byTechnician(billableHours);
    case "technician.logged_hours":
    case "technician.logged_utilization":
      return byTechnician(logged);
    case "technician.billed_revenue":
      return byTechnician(billedAmount);
    default:
      return null;
  }
}
