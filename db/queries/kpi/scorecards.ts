import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import type { Period } from "@/lib/kpi/period";
import type { SalespersonScorecard, ScorecardsSection, TechnicianScorecard } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import { quartersOverlapping } from "@/lib/scorecards/quarters";
import type { SqlRunner } from "../../client";
import { durationMicros } from "./durations";
import { slaTarget, slaTargetMicros } from "./rollups-tickets";
import { FIGURE_DP, grainParams, grainSpan, MONEY_DP, num, num0, roundDiv, roundSum } from "./sql";
import { LISTED_TECHNICIANS } from "./technicians";

// Scorecards (docs/kpis.md "Scorecards"): per technician straight from their tickets of P (the
// ticket rollups have no technician), per salesperson from their contracts. $1 org, $2 from, $3 to,
// $4/$5 whole months, $6 holidays (for the listed technicians), $7 time zone, $8…$11 SLA targets
// of P1…P4 in microseconds, $12 the quarters overlapping P (comma-separated).

/** Tickets whose `column` falls on a local date in P; the padded range lets the (org, column) index narrow it first. */
const datedInPeriod = (column: string) => `${column} >= ($2::date::timestamp at time zone $7) - interval '1 day'
  and ${column} < (($3::date + 1)::timestamp at time zone $7) + interval '1 day'
  and (${column} at time zone $7)::date between $2::date and $3::date`;

const TARGET = slaTarget(8);
const RESPONSE = durationMicros("first_response_at");

const TECHNICIANS = `with ${LISTED_TECHNICIANS}, created as (
    select technician_id, first_response_at, created_at,
      case when ${TARGET} is null or not first_response_tracked then null
        when first_response_at is not null then ${RESPONSE} <= ${TARGET}
        when ((created_at + ${TARGET} * interval '1 microsecond') at time zone $7)::date <= $3::date then false end as sla
    from tickets where org_id = $1 and technician_id is not null and ${datedInPeriod("created_at")}
  ), resolved as (
    select technician_id, count(*) as n, count(csat) as csat_n, coalesce(sum(csat), 0) as csat_sum, count(*) filter (where csat >= 4) as csat_pos
    from tickets where org_id = $1 and technician_id is not null and resolved_at is not null and ${datedInPeriod("resolved_at")}
    group by technician_id
  ), sla as (
    select technician_id, count(*) filter (where sla) as met, count(sla) as judged from created group by technician_id
  ), responses as (
    select technician_id, ${RESPONSE} as us,
      row_number() over (partition by technician_id order by first_response_at - created_at) as k,
      count(*) over (partition by technician_id) as n
    from created where first_response_at is not null
  ), medians as (
    select technician_id, case when count(*) = 1 then 2 * sum(us) else sum(us) end as twice
    from responses where k in ((n + 1) / 2, n / 2 + 1) group by technician_id
  ), reviews as (
    select reviewee_id as technician_id, sum(score) as total, count(*) as n
    from peer_reviews where org_id = $1 and quarter = any(string_to_array($12::text, ','))
    group by reviewee_id
  ), people as (
    select id from listed union select technician_id from created union select technician_id from resolved
  )
  select t.name, coalesce(r.n, 0)::int as tickets_resolved,
    ${roundDiv("r.csat_sum", "r.csat_n", FIGURE_DP)} as csat, ${roundDiv("r.csat_pos", "r.csat_n", FIGURE_DP)} as csat_positive,
    ${roundDiv("s.met", "s.judged", FIGURE_DP)} as sla_met, ${roundDiv("m.twice", "120000000", FIGURE_DP)} as first_response_minutes,
    ${roundDiv("v.total", "v.n", FIGURE_DP)} as peer_review
  from people p join technicians t on t.org_id = $1 and t.id = p.id
    left join resolved r on r.technician_id = p.id left join sla s on s.technician_id = p.id
    left join medians m on m.technician_id = p.id left join reviews v on v.technician_id = p.id`;

// A contract counts as upsell when its client had MRR in the same service on S = from − 1.
const SALESPEOPLE = `with booked as (
    select k.salesperson, k.monthly_value,
      coalesce((select sum(s.monthly_value) from contracts s where s.org_id = $1 and s.client_id = k.client_id and s.service = k.service
        and s.start_date <= $2::date - 1 and (s.end_date is null or $2::date - 1 <= s.end_date)), 0) > 0 as upsell
    from contracts k
    where k.org_id = $1 and k.salesperson is not null and k.start_date between $2::date and $3::date
      and (k.end_date is null or $3::date <= k.end_date)
  ), totals as (
    select salesperson, coalesce(sum(monthly_value) filter (where upsell), 0) as upsell, coalesce(sum(monthly_value) filter (where not upsell), 0) as fresh
    from booked group by salesperson
  )
  select salesperson, ${roundSum("upsell", MONEY_DP)} as booked_upsell_mrr, ${roundSum("fresh", MONEY_DP)} as booked_new_service_mrr,
    ${roundDiv("fresh", "upsell + fresh", FIGURE_DP)} as new_service_share
  from totals`;

interface TechnicianRow { name: string; tickets_resolved: number; csat: string | null; csat_positive: string | null; sla_met: string | null; first_response_minutes: string | null; peer_review: string | null }
interface SalespersonRow { salesperson: string; booked_upsell_mrr: string; booked_new_service_mrr: string; new_service_share: string | null }

export async function computeScorecardsSql(db: SqlRunner, orgId: number, period: Period, settings: Pick<KpiSettings, "holidays" | "timeZone" | "slaTargetMinutes">): Promise<ScorecardsSection> {
  const [technicians, salespeople] = await Promise.all([
    db.query<TechnicianRow>(TECHNICIANS, [
      orgId, ...grainParams(grainSpan(period)), settings.holidays.join(","), settings.timeZone, ...slaTargetMicros(settings), quartersOverlapping(period).join(","),
    ]),
    db.query<SalespersonRow>(SALESPEOPLE, [orgId, period.from, period.to]),
  ]);
  return {
    technicians: sortedRecord(technicians.map((t): [string, TechnicianScorecard] => [t.name, {
      tickets_resolved: t.tickets_resolved,
      csat: num(t.csat),
      csat_positive: num(t.csat_positive),
      sla_met: num(t.sla_met),
      first_response_minutes: num(t.first_response_minutes),
      peer_review: num(t.peer_review),
    }])),
    salespeople: sortedRecord(salespeople.map((p): [string, SalespersonScorecard] => [p.salesperson, {
      booked_upsell_mrr: num0(p.booked_upsell_mrr),
      booked_new_service_mrr: num0(p.booked_new_service_mrr),
      new_service_share: num(p.new_service_share),
    }])),
  };
}
