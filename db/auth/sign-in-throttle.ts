import "server-only";
import type { SqlRunner } from "../client";

// Sign-in budgets: per client address, and per account, so an attacker who rotates addresses still
// gets only so many guesses at one account. Only wrong passwords spend them. Every attempt takes one
// up front, so parallel guesses cannot all slip through before the first failure is counted, and
// any other outcome (signed in, refused, malformed) gives it back.
export const ADDRESS_ATTEMPTS = { max: 5, windowMs: 60_000 } as const;
export const ACCOUNT_ATTEMPTS = { max: 10, windowMs: 15 * 60_000 } as const;
const LONGEST_WINDOW_MS = Math.max(ADDRESS_ATTEMPTS.windowMs, ACCOUNT_ATTEMPTS.windowMs);

export interface SignInAttempt {
  email: string;
  address: string;
}

function budgetsOf(attempt: SignInAttempt) {
  return [
    { key: `address-sign-in:${attempt.address}`, ...ADDRESS_ATTEMPTS },
    { key: `account-sign-in:${attempt.email.trim().toLowerCase()}`, ...ACCOUNT_ATTEMPTS },
  ];
}

/** Counts one attempt in a fixed window; returns seconds to wait when over budget, else null. */
async function take(db: SqlRunner, budget: { key: string; max: number; windowMs: number }, now: number): Promise<number | null> {
  const [row] = await db.query<{ count: number; window_start: number }>(
    `insert into sign_in_attempts (key, count, window_start) values ($1, 1, $2)
     on conflict (key) do update set
       count = case when sign_in_attempts.window_start <= $2 - $3 then 1 else sign_in_attempts.count + 1 end,
       window_start = case when sign_in_attempts.window_start <= $2 - $3 then $2 else sign_in_attempts.window_start end
     returning count, window_start`,
    [budget.key, now, budget.windowMs],
  );
  if (!row || row.count <= budget.max) return null;
  return Math.ceil((Number(row.window_start) + budget.windowMs - now) / 1000);
}

/**
 * Takes one attempt from the address's and the account's budget; returns seconds to wait when either
 * is spent (the refused attempt then checks no password and costs nothing), else null.
 */
export async function takeSignInAttempt(db: SqlRunner, attempt: SignInAttempt, now = Date.now()): Promise<number | null> {
  // Windows that ended long ago count for nothing: drop them, so the table holds recent addresses only.
  await db.query("delete from sign_in_attempts where window_start < $1", [now - LONGEST_WINDOW_MS]);
  let wait: number | null = null;
  for (const budget of budgetsOf(attempt)) {
    const budgetWait = await take(db, budget, now);
    if (budgetWait !== null) wait = Math.max(wait ?? 0, budgetWait);
  }
  if (wait !== null) await returnSignInAttempt(db, attempt);
  return wait;
}

/** Gives back an attempt that was not a wrong password. */
export async function returnSignInAttempt(db: SqlRunner, attempt: SignInAttempt): Promise<void> {
  for (const { key } of budgetsOf(attempt)) {
    await db.query("update sign_in_attempts set count = greatest(count - 1, 0) where key = $1", [key]);
  }
}
