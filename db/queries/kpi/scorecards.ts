import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import type { Period } from "@/lib/kpi/period";
import type { SalespersonScorecard, ScorecardsSection, TechnicianScorecard } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import { quartersOverlapping } from "@/lib/scorecards/quarters";
import type { SqlRunner } from "../../client";
import { durationMicros, MEASURES } from "./durations";
import { datedInPeriod, FIGURE_DP, grainParams, grainSpan, grainSpanRows, inGrainSpan, MONEY_DP, num, num0, roundDiv, roundSum, SPAN_PARAMS } from "./sql";
import { LISTED_TECHNICIANS } from "./technicians";

// Scorecards (docs/kpis.md "Scorecards"): per technician from the per-technician ticket rollups,
// per salesperson from their contracts. $1 org, $2 from, $3 to, $4/$5 whole months, $6 holidays
// (for the listed technicians), $7 time zone, $8 the quarters overlapping P (comma-separated).

const IN_P = inGrainSpan(SPAN_PARAMS);
const { bucket: BUCKET, end: RESPONDED, dated: DATED } = MEASURES.response;

// Each technician's exact median response as medianDuration (durations.ts) finds the org's: their
// histogram locates the bucket(s) holding their middle position(s), then only the tickets of P in
// those buckets are fetched (tickets_org_response_bucket) and ranked per technician.
const MEDIANS = `hist as (
    select technician_id, bucket, sum(tickets) as n from ${grainSpanRows("kpi_technician_ticket_responses", "technician_id, bucket, tickets", SPAN_PARAMS)} as r
    group by technician_id, bucket
  ), cum as (
    select technician_id, bucket, (sum(n) over w - n)::bigint as before, (sum(n) over w)::bigint as upto
    from hist window w as (partition by technician_id order by bucket)
  ), totals as (
    select technician_id, sum(n)::bigint as total from hist group by technician_id
  ), positions as (
    select technician_id, (total + 1) / 2 as k from totals union select technician_id, total / 2 + 1 from totals
  ), wanted as (
    select c.technician_id, c.bucket, p.k - c.before as rank
    from positions p join cum c on c.technician_id = p.technician_id and p.k > c.before and p.k <= c.upto
  ), ranked as (
    select technician_id, ${BUCKET} as bucket, ${durationMicros(RESPONDED)} as us,
      row_number() over (partition by technician_id, ${BUCKET} order by ${RESPONDED} - created_at) as rank
    from tickets
    where org_id = $1 and ${RESPONDED} is not null and ${BUCKET} = any(array(select distinct bucket from wanted))
      and ${datedInPeriod(DATED)}
      and (technician_id, ${BUCKET}) in (select technician_id, bucket from wanted)
  ), medians as (
    select technician_id, case when count(*) = 1 then 2 * sum(us) else sum(us) end as twice
    from wanted join ranked using (technician_id, bucket, rank) group by technician_id
  )`;

const TECHNICIANS = `with ${LISTED_TECHNICIANS}, days as (
    select technician_id, sum(created) as created, sum(sla_met) as met, sum(sla_met) + sum(sla_missed) as judged,
      sum(resolved) as resolved, sum(csat_count) as csat_n, sum(csat_sum) as csat_sum, sum(csat_positive) as csat_pos
    from kpi_technician_ticket_days where org_id = $1 and ${IN_P}
    group by technician_id
  ), pending as (
    select technician_id, sum(tickets) as missed from kpi_technician_ticket_pending
    where org_id = $1 and day between $2::date and $3::date and deadline_day <= $3::date
    group by technician_id
  ), ${MEDIANS}, reviews as (
    select reviewee_id as technician_id, sum(score) as total, count(*) as n
    from peer_reviews where org_id = $1 and quarter = any(string_to_array($8::text, ','))
    group by reviewee_id
  ), people as (
    select id from listed union select technician_id from days where created > 0 or resolved > 0
  ), sla as (
    select p.id as technician_id, coalesce(d.met, 0) as met, coalesce(d.judged, 0) + coalesce(x.missed, 0) as judged
    from people p left join days d on d.technician_id = p.id left join pending x on x.technician_id = p.id
  )
  select t.name, coalesce(d.resolved, 0)::int as tickets_resolved,
    ${roundDiv("d.csat_sum", "d.csat_n", FIGURE_DP)} as csat, ${roundDiv("d.csat_pos", "d.csat_n", FIGURE_DP)} as csat_positive,
    ${roundDiv("s.met", "s.judged", FIGURE_DP)} as sla_met, ${roundDiv("m.twice", "120000000", FIGURE_DP)} as first_response_minutes,
    ${roundDiv("v.total", "v.n", FIGURE_DP)} as peer_review
  from people p join technicians t on t.org_id = $1 and t.id = p.id
    left join days d on d.technician_id = p.id left join sla s on s.technician_id = p.id
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

export async function computeScorecardsSql(db: SqlRunner, orgId: number, period: Period, settings: Pick<KpiSettings, "holidays" | "timeZone">): Promise<ScorecardsSection> {
  const [technicians, salespeople] = await Promise.all([
    db.query<TechnicianRow>(TECHNICIANS, [
      orgId, ...grainParams(grainSpan(period)), settings.holidays.join(","), settings.timeZone, quartersOverlapping(period).join(","),
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
