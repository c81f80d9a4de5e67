import "server-only";
import Big from "big.js";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { durationMicros, MEASURES } from "./durations";
import { monthlyFromDaily } from "./rollup-grain";

/**
 * Each priority's first-response target in whole microseconds, rounded down. Durations are whole
 * microseconds, so `duration ≤ target` and "target passed by a day boundary" (boundaries are whole
 * seconds) come out the same with the fractional target lib/kpi/reference/sla.ts uses.
 */
export function slaTargetMicros(settings: Pick<KpiSettings, "slaTargetMinutes">): [string, string, string, string] {
  const us = (minutes: number) => new Big(minutes).times(60_000_000).round(0, Big.roundDown).toFixed();
  const t = settings.slaTargetMinutes;
  return [us(t.P1), us(t.P2), us(t.P3), us(t.P4)];
}

/**
 * A ticket's first-response target in microseconds, from the placeholders $first…$first+3 holding
 * the targets of P1…P4 (slaTargetMicros). A ticket whose priority is none of these has no target.
 */
export const slaTarget = (first: number) =>
  `(case priority ${["P1", "P2", "P3", "P4"].map((p, i) => `when '${p}' then $${first + i}::numeric`).join(" ")} end)`;

const TARGET = slaTarget(3);
const RESPONSE = durationMicros("first_response_at");

/** Rebuilds the org's ticket rollups; local dates use `timeZone`, SLA outcomes the settings' targets. */
export async function refreshTicketRollups(db: SqlRunner, orgId: number, settings: Pick<KpiSettings, "timeZone" | "slaTargetMinutes">): Promise<void> {
  for (const table of ["kpi_ticket_days", "kpi_ticket_pending", "kpi_ticket_client_days", "kpi_ticket_durations"]) {
    await db.query(`delete from ${table} where org_id = $1`, [orgId]);
  }
  const params = [orgId, settings.timeZone, ...slaTargetMicros(settings)];
  await db.query(
    `insert into kpi_ticket_days (org_id, day, created, sla_met, sla_missed, csat_count, csat_sum, csat_positive)
     select $1, day, sum(created), sum(met), sum(missed), sum(csat_count), sum(csat_sum), sum(csat_positive)
     from (
       select (created_at at time zone $2)::date as day, 1 as created,
         coalesce((first_response_at is not null and ${RESPONSE} <= ${TARGET})::int, 0) as met,
         coalesce((first_response_at is not null and ${RESPONSE} > ${TARGET})::int, 0) as missed,
         0 as csat_count, 0 as csat_sum, 0 as csat_positive
       from tickets where org_id = $1
       union all
       select (resolved_at at time zone $2)::date, 0, 0, 0, 1, csat, (csat >= 4)::int
       from tickets where org_id = $1 and resolved_at is not null and csat is not null
     ) as x
     group by day`,
    params,
  );
  // A ticket with no first response is missed once created_at + target falls on a local date ≤ the
  // period's last day, and pending before that; which it is depends on the period, so keep the day.
  // A ticket whose source does not record first responses is neither.
  await db.query(
    `insert into kpi_ticket_pending (org_id, day, deadline_day, tickets)
     select $1, (created_at at time zone $2)::date, ((created_at + ${TARGET} * interval '1 microsecond') at time zone $2)::date, count(*)
     from tickets where org_id = $1 and first_response_at is null and first_response_tracked and ${TARGET} is not null
     group by 2, 3`,
    params,
  );
  await db.query(
    `insert into kpi_ticket_client_days (org_id, grain, day, client_id, created)
     select $1, 'd', (created_at at time zone $2)::date, client_id, count(*)
     from tickets where org_id = $1
     group by 3, 4`,
    [orgId, settings.timeZone],
  );
  for (const [measure, m] of Object.entries(MEASURES)) {
    await db.query(
      `insert into kpi_ticket_durations (org_id, measure, grain, day, bucket, tickets)
       select $1, $3, 'd', (${m.dated} at time zone $2)::date, ${m.bucket}, count(*)
       from tickets where org_id = $1 and ${m.end} is not null
       group by 4, 5`,
      [orgId, settings.timeZone, measure],
    );
  }
  await monthlyFromDaily(db, orgId, "kpi_ticket_client_days", ["client_id"], ["created"]);
  await monthlyFromDaily(db, orgId, "kpi_ticket_durations", ["measure", "bucket"], ["tickets"]);
}
