import type Big from "big.js";
import type { KpiSettings } from "@/lib/records/settings";
import type { KpiDataset, KpiTicket } from "./dataset";
import { managedDevicesOn } from "./devices";
import { instantMicros, localDate, MICROS_PER_HOUR, MICROS_PER_MINUTE } from "../instant";
import { mapToRecord, sortedRecord } from "../maps";
import { daysInPeriod, eachDay, inPeriod, isoWeekKey, monthKey, type Period } from "../period";
import type { TicketsSection } from "../report-schema";
import { dec, figureRatio, ratio, roundFigure, sum, ZERO } from "../round";
import { slaOutcome } from "./sla";
import { median } from "./stats";
import { ticketsPerDevice } from "../tickets-per-device";
import { entriesIn } from "./time-entries";

type TimeZoned = Pick<KpiSettings, "timeZone">;

/** Tickets whose created_at falls on a local date in P. */
export function ticketsCreatedIn(tickets: readonly KpiTicket[], period: Period, settings: TimeZoned): KpiTicket[] {
  return tickets.filter((t) => inPeriod(localDate(t.created_at, settings.timeZone), period));
}

/** Tickets whose resolved_at falls on a local date in P (whenever they were created). */
export function ticketsResolvedIn(tickets: readonly KpiTicket[], period: Period, settings: TimeZoned): KpiTicket[] {
  return tickets.filter((t) => t.resolved_at !== null && inPeriod(localDate(t.resolved_at, settings.timeZone), period));
}

const micros = (from: string, to: string) => instantMicros(to) - instantMicros(from);

/** Median minutes from created_at to first_response_at, over tickets with a first response. */
export function medianFirstResponseMinutes(created: readonly KpiTicket[]): number | null {
  const m = median(created.flatMap((t) => (t.first_response_at === null ? [] : [micros(t.created_at, t.first_response_at)])));
  return m === null ? null : figureRatio(m, dec(MICROS_PER_MINUTE));
}

/** Median hours from created_at to resolved_at. */
export function medianResolutionHours(resolved: readonly KpiTicket[]): number | null {
  const m = median(resolved.flatMap((t) => (t.resolved_at === null ? [] : [micros(t.created_at, t.resolved_at)])));
  return m === null ? null : figureRatio(m, dec(MICROS_PER_HOUR));
}

/** Met ÷ (met + missed) over tickets created in P that have a priority; pending ones are left out. */
export function slaMet(created: readonly KpiTicket[], period: Period, settings: Pick<KpiSettings, "slaTargetMinutes" | "timeZone">): number | null {
  const outcomes = created.map((t) => slaOutcome(t, period, settings));
  const met = outcomes.filter((o) => o === "met").length;
  const judged = outcomes.filter((o) => o === "met" || o === "missed").length;
  return ratio(dec(met), dec(judged));
}

/** Mean csat and the share with csat ≥ 4, over resolved tickets that have a csat. */
export function csatFigures(resolved: readonly KpiTicket[]): { csat: number | null; csat_positive: number | null } {
  const scores = resolved.flatMap((t) => (t.csat === null ? [] : [t.csat]));
  const n = dec(scores.length);
  return {
    csat: figureRatio(sum(scores.map((s) => dec(s))), n),
    csat_positive: ratio(dec(scores.filter((s) => s >= 4).length), n),
  };
}

/**
 * Tickets created in P per ISO week and per month. Every week and month that overlaps P is
 * listed, with 0 when no ticket was created in it (a partial first or last week counts only its
 * days inside P).
 */
export function ticketsByCalendar(created: readonly KpiTicket[], period: Period, settings: TimeZoned) {
  const weeks = new Map<string, number>();
  const months = new Map<string, number>();
  for (const day of eachDay(period.from, period.to)) {
    weeks.set(isoWeekKey(day), 0);
    months.set(monthKey(day), 0);
  }
  for (const t of created) {
    const day = localDate(t.created_at, settings.timeZone);
    weeks.set(isoWeekKey(day), (weeks.get(isoWeekKey(day)) ?? 0) + 1);
    months.set(monthKey(day), (months.get(monthKey(day)) ?? 0) + 1);
  }
  return { by_week: sortedRecord(weeks), by_month: sortedRecord(months) };
}

/**
 * Per client: tickets created in P and billable hours logged in P. A client is listed when it
 * has a ticket created in P or a billable time entry in P.
 */
export function ticketsByClient(created: readonly KpiTicket[], data: Pick<KpiDataset, "timeEntries">, period: Period) {
  const byClient = new Map<string, { tickets: number; billable: Big }>();
  const row = (client: string) => {
    const r = byClient.get(client) ?? { tickets: 0, billable: ZERO };
    byClient.set(client, r);
    return r;
  };
  for (const t of created) row(t.client).tickets++;
  for (const e of entriesIn(data.timeEntries, period)) {
    if (!e.billable) continue;
    const r = row(e.client);
    r.billable = r.billable.plus(e.hours);
  }
  return mapToRecord(byClient, (r) => ({ tickets_created: r.tickets, billed_hours: roundFigure(r.billable) }));
}

export function computeTickets(
  data: Pick<KpiDataset, "tickets" | "timeEntries" | "devices">,
  period: Period,
  settings: Pick<KpiSettings, "slaTargetMinutes" | "timeZone">,
): TicketsSection {
  const created = ticketsCreatedIn(data.tickets, period, settings);
  const resolved = ticketsResolvedIn(data.tickets, period, settings);
  return {
    tickets_created: created.length,
    first_response_minutes: medianFirstResponseMinutes(created),
    resolution_hours: medianResolutionHours(resolved),
    sla_met: slaMet(created, period, settings),
    ...csatFigures(resolved),
    tickets_per_device: ticketsPerDevice(created.length, managedDevicesOn(data.devices, period.to).length, daysInPeriod(period)),
    by_client: ticketsByClient(created, data, period),
    ...ticketsByCalendar(created, period, settings),
  };
}
