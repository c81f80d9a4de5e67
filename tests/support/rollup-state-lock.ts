import type { Database } from "@/db/client";

/**
 * Runs `hold` while a transaction keeps the org's ticket rollup state row locked: a rebuild for
 * changed settings then does all its work and waits, uncommitted, to record the new state.
 */
export async function withTicketStateLocked(db: Database, orgId: number, hold: () => Promise<void>): Promise<void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = db.transaction(async (tx) => {
    await tx.query("select 1 from kpi_rollup_state where org_id = $1 and part = 'tickets' for update", [orgId]);
    locked();
    await released;
  });
  await isLocked;
  try {
    await hold();
  } finally {
    release();
    await holder;
  }
}
