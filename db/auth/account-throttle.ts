import { randomUUID } from "node:crypto";
import type { SqlRunner } from "../client";

// Per-account sign-in budget, on top of better-auth's per-address limit: an attacker who rotates
// addresses still gets only this many guesses at one account per window.
export const ACCOUNT_ATTEMPTS = { max: 10, windowMs: 15 * 60_000 } as const;

/** Counts one sign-in attempt for the e-mail; returns seconds to wait when over budget, else null. */
export async function takeSignInAttempt(db: SqlRunner, email: string, now = Date.now()): Promise<number | null> {
  const [row] = await db.query<{ count: number; last_request: number }>(
    `insert into rate_limits (id, key, count, last_request) values ($1, $2, 1, $3)
     on conflict (key) do update set
       count = case when rate_limits.last_request <= $3 - $4 then 1 else rate_limits.count + 1 end,
       last_request = case when rate_limits.last_request <= $3 - $4 then $3 else rate_limits.last_request end
     returning count, last_request`,
    [randomUUID(), `account-sign-in:${email.trim().toLowerCase()}`, now, ACCOUNT_ATTEMPTS.windowMs],
  );
  if (!row || row.count <= ACCOUNT_ATTEMPTS.max) return null;
  return Math.ceil((Number(row.last_request) + ACCOUNT_ATTEMPTS.windowMs - now) / 1000);
}
