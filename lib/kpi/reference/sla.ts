import type { KpiSettings } from "@/lib/records/settings";
import type { KpiTicket } from "./dataset";
import { instantMicros, localDate, MICROS_PER_MINUTE } from "../instant";
import type { Period } from "../period";
import { dec } from "../round";

export type SlaOutcome = "met" | "missed" | "pending";

/**
 * How a ticket created in P fares against the first-response target for its priority (calendar
 * time, settings.slaTargetMinutes):
 * - met: first_response_at − created_at ≤ target (a response exactly on the target is met);
 * - missed: the response came later, or there is none and the target passed by the end of P,
 *   i.e. created_at + target falls on a local date ≤ P's last day;
 * - pending: no response yet and the target runs past the end of P — left out of sla_met
 *   altogether (neither met nor missed, not in the denominator);
 * - null: the ticket has no priority, so no target; or its source does not record first responses
 *   (first_response_tracked false), so the outcome is unknown.
 * A response given after P is still judged by its real time.
 */
export function slaOutcome(
  ticket: Pick<KpiTicket, "created_at" | "first_response_at" | "priority" | "first_response_tracked">,
  period: Period,
  settings: Pick<KpiSettings, "slaTargetMinutes" | "timeZone">,
): SlaOutcome | null {
  if (ticket.priority === null || ticket.first_response_tracked === false) return null;
  const created = instantMicros(ticket.created_at);
  const target = dec(settings.slaTargetMinutes[ticket.priority]).times(MICROS_PER_MINUTE);
  if (ticket.first_response_at !== null) {
    return dec(instantMicros(ticket.first_response_at) - created).lte(target) ? "met" : "missed";
  }
  const deadlineMs = dec(created).plus(target).div(1000).round(0, 0).toNumber();
  return localDate(new Date(deadlineMs), settings.timeZone) <= period.to ? "missed" : "pending";
}
