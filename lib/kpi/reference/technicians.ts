import type Big from "big.js";
import type { KpiDataset, KpiTechnician } from "./dataset";
import { mapToRecord } from "../maps";
import { weekdayDates, type Period } from "../period";
import type { TechnicianFigures, TechniciansSection } from "../report-schema";
import { dec, figureRatio, moneyRatio, ratio, roundFigure, roundMoney, sum, ZERO, type Fraction } from "../round";
import { workloadBand, type WorkloadThresholds } from "../workload";
import { billedAmount, entriesIn } from "./time-entries";

export const DEFAULT_WEEKLY_CAPACITY_HOURS = "40";

/** A technician as the figures see them: capacity and (inclusive) active bounds. */
export type Capacity = Pick<KpiTechnician, "technician" | "weekly_capacity_hours" | "active_from" | "active_to">;

/** Active on day d: active_from ≤ d ≤ active_to, an empty bound being open. */
export function technicianActiveOn(t: Pick<KpiTechnician, "active_from" | "active_to">, day: string): boolean {
  return (t.active_from === null || t.active_from <= day) && (t.active_to === null || day <= t.active_to);
}

/** weekly_capacity_hours / 5 × the weekdays of P on which t is active (exact). */
export function availableHours(t: Capacity, workdays: readonly string[]): Big {
  const days = workdays.filter((d) => technicianActiveOn(t, d)).length;
  return dec(t.weekly_capacity_hours).times(days).times("0.2");
}

/**
 * Someone named in time entries but missing from the technician records (not confirmed): the
 * default capacity (40 h), active from their first to their last work_date over all their entries.
 */
function unconfirmedTechnicians(data: Pick<KpiDataset, "technicians" | "timeEntries">): Capacity[] {
  const recorded = new Set(data.technicians.map((t) => t.technician));
  const bounds = new Map<string, Capacity>();
  for (const e of data.timeEntries) {
    if (recorded.has(e.technician)) continue;
    const t = bounds.get(e.technician);
    if (!t) {
      bounds.set(e.technician, { technician: e.technician, weekly_capacity_hours: DEFAULT_WEEKLY_CAPACITY_HOURS, active_from: e.work_date, active_to: e.work_date });
    } else {
      if (e.work_date < t.active_from!) t.active_from = e.work_date;
      if (e.work_date > t.active_to!) t.active_to = e.work_date;
    }
  }
  return [...bounds.values()];
}

/**
 * Technicians listed for P: every technician active on some weekday of P, plus anyone who logged
 * time in P. Technicians not confirmed count as active only between their first and last logged day.
 */
export function technicianRoster(data: Pick<KpiDataset, "technicians" | "timeEntries">, period: Period, holidays: Iterable<string>): Capacity[] {
  const workdays = weekdayDates(period, holidays);
  const known = new Map<string, Capacity>();
  for (const t of [...data.technicians, ...unconfirmedTechnicians(data)]) if (!known.has(t.technician)) known.set(t.technician, t);
  const listed = new Map<string, Capacity>();
  for (const t of known.values()) if (workdays.some((d) => technicianActiveOn(t, d))) listed.set(t.technician, t);
  for (const e of entriesIn(data.timeEntries, period)) {
    const t = known.get(e.technician);
    if (t && !listed.has(e.technician)) listed.set(e.technician, t);
  }
  return [...listed.values()];
}

export interface TechnicianHours {
  available: Big;
  billable: Big;
  logged: Big;
  billed: Big;
}

/** Exact hours and billed revenue of every listed technician. */
export function technicianHours(
  data: Pick<KpiDataset, "technicians" | "timeEntries">,
  period: Period,
  holidays: readonly string[],
): Map<string, TechnicianHours> {
  const workdays = weekdayDates(period, holidays);
  const result = new Map<string, TechnicianHours>();
  for (const t of technicianRoster(data, period, holidays)) {
    result.set(t.technician, { available: availableHours(t, workdays), billable: ZERO, logged: ZERO, billed: ZERO });
  }
  for (const e of entriesIn(data.timeEntries, period)) {
    const h = result.get(e.technician);
    if (!h) continue; // cannot happen: everyone who logged time in P is listed
    h.logged = h.logged.plus(e.hours);
    if (e.billable) h.billable = h.billable.plus(e.hours);
    h.billed = h.billed.plus(billedAmount(e));
  }
  return result;
}

export function technicianFigures(h: TechnicianHours, thresholds: WorkloadThresholds): TechnicianFigures {
  return {
    available_hours: roundFigure(h.available),
    billable_hours: roundFigure(h.billable),
    logged_hours: roundFigure(h.logged),
    utilization: ratio(h.billable, h.available),
    logged_utilization: ratio(h.logged, h.available),
    billed_revenue: roundMoney(h.billed),
    workload: workloadBand(h, thresholds),
  };
}

/**
 * `earned` is recurring_revenue + billed_time_revenue for P, exact (see revenueEarned), so
 * revenue_per_technician = earned / fte is divided only once.
 */
export function computeTechnicians(
  data: Pick<KpiDataset, "technicians" | "timeEntries">,
  period: Period,
  settings: WorkloadThresholds & { holidays: readonly string[] },
  earned: Fraction,
): TechniciansSection {
  const hours = technicianHours(data, period, settings.holidays);
  const weekdays = weekdayDates(period, settings.holidays).length;
  const available = sum([...hours.values()].map((h) => h.available));
  const billable = sum([...hours.values()].map((h) => h.billable));
  const fteHours = dec(8 * weekdays);
  return {
    fte: figureRatio(available, fteHours),
    team_utilization: ratio(billable, available),
    // (earned.num / earned.den) / (available / fteHours)
    revenue_per_technician: moneyRatio(earned.num.times(fteHours), earned.den.times(available)),
    by_technician: mapToRecord(hours, (h) => technicianFigures(h, settings)),
  };
}
