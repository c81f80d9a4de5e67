import type { KpiDataset, ScorecardsSection } from "@/lib/kpi/reference";
import { contract, dataset, technician, ticket } from "./factories";

// A hand-made scorecard case over March 2026 (UTC, default SLA targets P1 1 h … P4 24 h), used by
// the pure tests and by the SQL ones. The previous period is 2026-01-29 … 2026-02-28.
export const MARCH = { from: "2026-03-01", to: "2026-03-31" };

export const scorecardData: KpiDataset = dataset({
  technicians: [
    technician({ technician: "Ann" }),
    technician({ technician: "Bo", active_to: "2026-02-28" }),
    technician({ technician: "Cy" }),
  ],
  tickets: [
    // Ann: 30 min (P1, met), 90 min (P1, missed), 10 min (P3, met), 50 min (no priority)
    ticket({ technician: "Ann", priority: "P1", created_at: "2026-03-02T09:00:00Z", first_response_at: "2026-03-02T09:30:00Z", resolved_at: "2026-03-03T10:00:00Z", csat: 5 }),
    ticket({ technician: "Ann", priority: "P1", created_at: "2026-03-04T10:00:00Z", first_response_at: "2026-03-04T11:30:00Z", resolved_at: "2026-03-05T10:00:00Z", csat: 3 }),
    ticket({ technician: "Ann", priority: "P3", created_at: "2026-03-10T08:00:00Z", first_response_at: "2026-03-10T08:10:00Z", resolved_at: "2026-04-02T10:00:00Z", csat: 1 }),
    ticket({ technician: "Ann", created_at: "2026-03-12T08:00:00Z", first_response_at: "2026-03-12T08:50:00Z" }),
    // no response: P1 target passed on 03-31 (missed); P4 target runs into April (pending, left out)
    ticket({ technician: "Ann", priority: "P1", created_at: "2026-03-31T21:30:00Z" }),
    ticket({ technician: "Ann", priority: "P4", created_at: "2026-03-31T23:30:00Z" }),
    // created in February, resolved in March
    ticket({ technician: "Ann", priority: "P2", created_at: "2026-02-25T09:00:00Z", first_response_at: "2026-02-25T09:20:00Z", resolved_at: "2026-03-01T09:00:00Z", csat: 4 }),
    ticket({ technician: "Bo", priority: "P2", created_at: "2026-02-20T09:00:00Z", first_response_at: "2026-02-20T15:00:00Z", resolved_at: "2026-03-03T09:00:00Z", csat: 2 }),
    ticket({ technician: "Ghost", priority: "P2", created_at: "2026-03-15T09:00:00Z", first_response_at: "2026-03-15T09:05:00Z" }),
    ticket({ technician: null, priority: "P1", created_at: "2026-03-16T09:00:00Z", resolved_at: "2026-03-16T10:00:00Z", csat: 5 }),
  ],
  peerReviews: [
    { quarter: "2026-Q1", reviewer: "Bo", reviewee: "Ann", score: 4 },
    { quarter: "2026-Q1", reviewer: "Cy", reviewee: "Ann", score: 5 },
    { quarter: "2026-Q1", reviewer: "Ann", reviewee: "Cy", score: 3 },
    { quarter: "2025-Q4", reviewer: "Bo", reviewee: "Ann", score: 1 },
    { quarter: "2026-Q2", reviewer: "Cy", reviewee: "Ann", score: 2 },
  ],
  contracts: [
    // Acme's Managed contract is replaced mid-March by a bigger one: upsell (Managed had MRR on S)
    contract({ client: "Acme", service: "Managed", monthly_value: "1000", start_date: "2025-01-01", end_date: "2026-03-14" }),
    contract({ client: "Acme", service: "Managed", monthly_value: "1200", start_date: "2026-03-15", salesperson: "Sam" }),
    // Acme's Backup lapsed in January: booking it again is a new service
    contract({ client: "Acme", service: "Backup", monthly_value: "200", start_date: "2025-06-01", end_date: "2026-01-31" }),
    contract({ client: "Acme", service: "Backup", monthly_value: "250", start_date: "2026-03-01", salesperson: "Sam" }),
    // a new client, booked by Ann (also a technician); her short Security contract is over by E
    contract({ client: "Beta", service: "Managed", monthly_value: "500", start_date: "2026-03-10", salesperson: "Ann" }),
    contract({ client: "Beta", service: "Security", monthly_value: "80", start_date: "2026-03-10", end_date: "2026-03-20", salesperson: "Ann" }),
    contract({ client: "Gamma", service: "Managed", monthly_value: "300", start_date: "2026-02-01", salesperson: "Tia" }),
    contract({ client: "Delta", service: "Managed", monthly_value: "0", start_date: "2026-03-05", salesperson: "Uli" }),
  ],
});

const none = { tickets_resolved: 0, csat: null, csat_positive: null, sla_met: null, first_response_minutes: null, peer_review: null };

/** The figures worked out by hand in tests/kpi/scorecards.test.ts, for March and the previous period. */
export const MARCH_SCORECARDS: ScorecardsSection = {
  technicians: {
    Ann: { tickets_resolved: 3, csat: 4, csat_positive: 0.6667, sla_met: 0.5, first_response_minutes: 40, peer_review: 4.5 },
    Bo: { ...none, tickets_resolved: 1, csat: 2, csat_positive: 0 },
    Cy: { ...none, peer_review: 3 },
    Ghost: { ...none, sla_met: 1, first_response_minutes: 5 },
  },
  salespeople: {
    Ann: { booked_upsell_mrr: 0, booked_new_service_mrr: 500, new_service_share: 1 },
    Sam: { booked_upsell_mrr: 1200, booked_new_service_mrr: 250, new_service_share: 0.1724 },
    Uli: { booked_upsell_mrr: 0, booked_new_service_mrr: 0, new_service_share: null },
  },
};

export const FEBRUARY_SCORECARDS: ScorecardsSection = {
  technicians: {
    Ann: { ...none, sla_met: 1, first_response_minutes: 20, peer_review: 4.5 },
    Bo: { ...none, sla_met: 0, first_response_minutes: 360 },
    Cy: { ...none, peer_review: 3 },
  },
  salespeople: { Tia: { booked_upsell_mrr: 0, booked_new_service_mrr: 300, new_service_share: 1 } },
};
