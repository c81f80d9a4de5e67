import "server-only";
import { previousPeriod, type Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import { ownCard, scorecardCards, type ScorecardCard } from "@/lib/scorecards/cards";
import { quartersOverlapping } from "@/lib/scorecards/quarters";
import type { SqlRunner } from "../client";
import { ensureKpiRollups } from "./kpi/rollup-settings";
import { computeScorecardsSql } from "./kpi/scorecards";
import { memberTechnicianId, ownPeerReviewMean } from "./peer-reviews";

// What the Scorecards page reads: every card (managers and owners), or a signed-in technician's own.

export interface ScorecardPage {
  period: Period;
  previous: Period;
  cards: ScorecardCard[];
}

export async function scorecardPage(db: SqlRunner, orgId: number, period: Period, settings: KpiSettings): Promise<ScorecardPage> {
  const previous = previousPeriod(period);
  const used = await ensureKpiRollups(db, orgId, settings);
  const [now, before] = await Promise.all([computeScorecardsSql(db, orgId, period, used), computeScorecardsSql(db, orgId, previous, used)]);
  return { period, previous, cards: scorecardCards(now, before) };
}

/**
 * The card of the technician a member is linked to, and nobody else's, as ownCard shows it. null when
 * the member is linked to nobody or has no card in P.
 */
export async function ownScorecardCard(db: SqlRunner, orgId: number, userId: string, period: Period, settings: KpiSettings): Promise<ScorecardCard | null> {
  const technicianId = await memberTechnicianId(db, orgId, userId);
  if (technicianId === null) return null;
  const [me] = await db.query<{ name: string }>("select name from technicians where org_id = $1 and id = $2", [orgId, technicianId]);
  const { cards, previous } = await scorecardPage(db, orgId, period, settings);
  const card = cards.find((c) => c.name === me?.name);
  if (!card) return null;
  const [own, ownBefore] = await Promise.all([period, previous].map((p) => ownPeerReviewMean(db, orgId, technicianId, quartersOverlapping(p))));
  return ownCard(card, { value: own!.mean, previous: ownBefore!.mean });
}
