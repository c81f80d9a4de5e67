import type Big from "big.js";
import type { KpiSettings } from "@/lib/records/settings";
import { quartersOverlapping } from "@/lib/scorecards/quarters";
import type { KpiDataset, KpiTicket } from "./dataset";
import { mapToRecord } from "../maps";
import { activeOn, mrrByClientService } from "./mrr";
import { inPeriod, startDay, type Period } from "../period";
import type { ScorecardsSection, TechnicianScorecard } from "../report-schema";
import { dec, figureRatio, ratio, roundMoney, sum, ZERO } from "../round";
import { technicianRoster } from "./technicians";
import { csatFigures, medianFirstResponseMinutes, slaMet, ticketsCreatedIn, ticketsResolvedIn } from "./tickets";

type ScorecardSettings = Pick<KpiSettings, "slaTargetMinutes" | "timeZone" | "holidays">;

/** Technicians listed: those of the Technician KPIs, and anyone with a ticket created or resolved in P. */
function scorecardTechnicians(data: KpiDataset, period: Period, created: readonly KpiTicket[], resolved: readonly KpiTicket[], holidays: readonly string[]): Set<string> {
  const names = new Set(technicianRoster(data, period, holidays).map((t) => t.technician));
  for (const t of [...created, ...resolved]) if (t.technician !== null) names.add(t.technician);
  return names;
}

/** Mean of the 1–5 scores given to each technician in the quarters that overlap P. */
function peerReviewMeans(data: Pick<KpiDataset, "peerReviews">, period: Period): Map<string, number | null> {
  const quarters = new Set(quartersOverlapping(period));
  const scores = new Map<string, number[]>();
  for (const r of data.peerReviews) {
    if (quarters.has(r.quarter)) scores.set(r.reviewee, [...(scores.get(r.reviewee) ?? []), r.score]);
  }
  return new Map([...scores].map(([t, s]) => [t, figureRatio(sum(s.map((v) => dec(v))), dec(s.length))]));
}

/**
 * Per salesperson: their contracts starting in P and active on E, split by whether the client had
 * MRR in the same service on S (upsell) or not (new service; new clients included).
 */
export function bookedBySalesperson(contracts: KpiDataset["contracts"], period: Period): Map<string, { upsell: Big; newService: Big }> {
  const atStart = mrrByClientService(contracts, startDay(period));
  const booked = new Map<string, { upsell: Big; newService: Big }>();
  for (const c of contracts) {
    if (c.salesperson === null || !inPeriod(c.start_date, period) || !activeOn(c, period.to)) continue;
    const b = booked.get(c.salesperson) ?? { upsell: ZERO, newService: ZERO };
    if ((atStart.get(c.client)?.get(c.service) ?? ZERO).gt(0)) b.upsell = b.upsell.plus(c.monthly_value);
    else b.newService = b.newService.plus(c.monthly_value);
    booked.set(c.salesperson, b);
  }
  return booked;
}

export function computeScorecards(data: KpiDataset, period: Period, settings: ScorecardSettings): ScorecardsSection {
  const created = ticketsCreatedIn(data.tickets, period, settings);
  const resolved = ticketsResolvedIn(data.tickets, period, settings);
  const reviews = peerReviewMeans(data, period);
  const technicians = new Map<string, TechnicianScorecard>();
  for (const name of scorecardTechnicians(data, period, created, resolved, settings.holidays)) {
    const theirs = (tickets: readonly KpiTicket[]) => tickets.filter((t) => t.technician === name);
    const [made, done] = [theirs(created), theirs(resolved)];
    technicians.set(name, {
      tickets_resolved: done.length,
      ...csatFigures(done),
      sla_met: slaMet(made, period, settings),
      first_response_minutes: medianFirstResponseMinutes(made),
      peer_review: reviews.get(name) ?? null,
    });
  }
  return {
    technicians: mapToRecord(technicians, (t) => t),
    salespeople: mapToRecord(bookedBySalesperson(data.contracts, period), (b) => ({
      booked_upsell_mrr: roundMoney(b.upsell),
      booked_new_service_mrr: roundMoney(b.newService),
      new_service_share: ratio(b.newService, b.upsell.plus(b.newService)),
    })),
  };
}
