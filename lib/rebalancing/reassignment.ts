import type { ReassignmentItem } from "./types";

// The hand-over list of an accepted move as a table (the page's CSV download): one row per open
// ticket or scheduled entry still with the old technician, and a last row for the client itself,
// so new tickets and work land with the new technician in the PSA.

export const REASSIGNMENT_HEADERS = ["what", "psa_id", "subject", "priority", "date", "client", "from", "to"];

export function reassignmentRows(move: { client: string; from: string; to: string }, items: readonly ReassignmentItem[]): string[][] {
  const row = (what: string, item: Partial<ReassignmentItem>) => [what, item.ref ?? "", item.subject ?? "", item.priority ?? "", item.date ?? "", move.client, move.from, move.to];
  return [...items.map((item) => row(item.kind, item)), row("client default technician", {})];
}
