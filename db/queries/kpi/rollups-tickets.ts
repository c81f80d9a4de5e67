import "server-only";
import Big from "big.js";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { durationMicros, MEASURES } from "./durations";
import { applyRollupChanges, rebuildRollupTable, type RollupTable } from "./rollup-table";

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

const RESPONSE = durationMicros("first_response_at");

/** Whether a ticket's tracked first response came within (`<=`) or after (`>`) its target, as 1 or 0. */
const trackedResponse = (outcome: "<=" | ">", target: string) =>
  `coalesce((first_response_tracked and first_response_at is not null and ${RESPONSE} ${outcome} ${target})::int, 0)`;

/**
 * The ticket rollup tables for these settings: local dates in the time zone, SLA outcomes against
 * the targets. Both go into the SQL as literals (a zone name, digits), so every statement takes
 * only the org id.
 */
function ticketRollups(settings: Pick<KpiSettings, "timeZone" | "slaTargetMinutes">): RollupTable[] {
  const zone = `'${settings.timeZone.replaceAll("'", "''")}'`;
  const local = (instant: string) => `((${instant}) at time zone ${zone})::date`;
  const [p1, p2, p3, p4] = slaTargetMicros(settings);
  // A ticket whose priority is none of these has no target.
  const target = `(case priority when 'P1' then ${p1}::numeric when 'P2' then ${p2}::numeric when 'P3' then ${p3}::numeric when 'P4' then ${p4}::numeric end)`;
  return [
    {
      table: "kpi_ticket_days",
      keys: ["day"],
      sums: ["created", "sla_met", "sla_missed", "csat_count", "csat_sum", "csat_positive"],
      counts: ["created", "csat_count"],
      monthly: false,
      branches: [
        {
          where: "true",
          keys: [local("created_at")],
          sums: [
            "1",
            // Only where the source records first responses (lib/kpi/reference/sla.ts): elsewhere a
            // response is as unknown as a missing one.
            trackedResponse("<=", target),
            trackedResponse(">", target),
            "0", "0", "0",
          ],
        },
        { where: "resolved_at is not null and csat is not null", keys: [local("resolved_at")], sums: ["0", "0", "0", "1", "csat", "(csat >= 4)::int"] },
      ],
    },
    // A ticket with no first response is missed once created_at + target falls on a local date ≤
    // the period's last day, and pending before that; which it is depends on the period, so keep
    // the day. A ticket whose source does not record first responses is neither.
    {
      table: "kpi_ticket_pending",
      keys: ["day", "deadline_day"],
      sums: ["tickets"],
      counts: ["tickets"],
      monthly: false,
      branches: [{
        where: `first_response_at is null and first_response_tracked and ${target} is not null`,
        keys: [local("created_at"), local(`created_at + ${target} * interval '1 microsecond'`)],
        sums: ["1"],
      }],
    },
    {
      table: "kpi_ticket_durations",
      keys: ["day", "measure", "bucket"],
      sums: ["tickets"],
      counts: ["tickets"],
      monthly: true,
      branches: Object.entries(MEASURES).map(([measure, m]) => ({
        where: `${m.end} is not null`,
        keys: [local(m.dated), `'${measure}'::text`, m.bucket],
        sums: ["1"],
      })),
    },
    ...clientTicketRollups(local, target),
    ...technicianTicketRollups(local, target),
  ];
}

/**
 * The clients' ticket figures (tickets, SLA met, CSAT; db/queries/client-tickets.ts) as
 * kpi_ticket_days and kpi_ticket_pending hold the business's, per client.
 */
function clientTicketRollups(local: (instant: string) => string, target: string): RollupTable[] {
  return [
    {
      table: "kpi_ticket_client_days",
      keys: ["day", "client_id"],
      sums: ["created", "sla_met", "sla_missed", "csat_count", "csat_sum", "csat_positive"],
      counts: ["created", "csat_count"],
      monthly: true,
      branches: [
        { where: "true", keys: [local("created_at"), "client_id"], sums: ["1", trackedResponse("<=", target), trackedResponse(">", target), "0", "0", "0"] },
        { where: "resolved_at is not null and csat is not null", keys: [local("resolved_at"), "client_id"], sums: ["0", "0", "0", "1", "csat", "(csat >= 4)::int"] },
      ],
    },
    {
      table: "kpi_client_ticket_pending",
      keys: ["day", "deadline_day", "client_id"],
      sums: ["tickets"],
      counts: ["tickets"],
      monthly: false,
      branches: [{
        where: `first_response_at is null and first_response_tracked and ${target} is not null`,
        keys: [local("created_at"), local(`created_at + ${target} * interval '1 microsecond'`), "client_id"],
        sums: ["1"],
      }],
    },
  ];
}

/**
 * The scorecards' per-technician rollups (db/queries/kpi/scorecards.ts), over the same local date
 * and target expressions. A ticket counts towards the SLA only where its source records first
 * responses, as the scorecards always judged it.
 */
function technicianTicketRollups(local: (instant: string) => string, target: string): RollupTable[] {
  const response = MEASURES.response;
  return [
    {
      table: "kpi_technician_ticket_days",
      keys: ["day", "technician_id"],
      sums: ["created", "sla_met", "sla_missed", "resolved", "csat_count", "csat_sum", "csat_positive"],
      counts: ["created", "resolved"],
      monthly: true,
      branches: [
        { where: "technician_id is not null", keys: [local("created_at"), "technician_id"], sums: ["1", trackedResponse("<=", target), trackedResponse(">", target), "0", "0", "0", "0"] },
        {
          where: "technician_id is not null and resolved_at is not null",
          keys: [local("resolved_at"), "technician_id"],
          sums: ["0", "0", "0", "1", "(csat is not null)::int", "coalesce(csat, 0)", "coalesce((csat >= 4)::int, 0)"],
        },
      ],
    },
    {
      table: "kpi_technician_ticket_pending",
      keys: ["day", "deadline_day", "technician_id"],
      sums: ["tickets"],
      counts: ["tickets"],
      monthly: false,
      branches: [{
        where: `technician_id is not null and first_response_at is null and first_response_tracked and ${target} is not null`,
        keys: [local("created_at"), local(`created_at + ${target} * interval '1 microsecond'`), "technician_id"],
        sums: ["1"],
      }],
    },
    {
      table: "kpi_technician_ticket_responses",
      keys: ["day", "technician_id", "bucket"],
      sums: ["tickets"],
      counts: ["tickets"],
      monthly: true,
      branches: [{ where: `technician_id is not null and ${response.end} is not null`, keys: [local(response.dated), "technician_id", response.bucket], sums: ["1"] }],
    },
  ];
}

/** The tables the tickets part keeps (the same whatever the settings). */
export const TICKET_ROLLUP_TABLES = ticketRollups({ timeZone: "UTC", slaTargetMinutes: { P1: 0, P2: 0, P3: 0, P4: 0 } }).map((spec) => spec.table);

/**
 * Rebuilds the org's ticket rollups; or, given `changedRows` (ticket rows with a `sign`: −1 for a
 * row's version before a change, +1 after), adds just their difference.
 */
export async function refreshTicketRollups(
  db: SqlRunner,
  orgId: number,
  settings: Pick<KpiSettings, "timeZone" | "slaTargetMinutes">,
  changedRows?: string,
): Promise<void> {
  for (const spec of ticketRollups(settings)) {
    if (changedRows) await applyRollupChanges(db, orgId, spec, changedRows);
    else await rebuildRollupTable(db, orgId, spec, "tickets");
  }
}
