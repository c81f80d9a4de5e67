import "server-only";
import type { Role } from "@/lib/auth/roles";
import type { DigestSlot } from "@/lib/digest/schedule";
import type { Locale } from "@/lib/format/locale";
import type { SqlRunner } from "../client";

// Digest subscriptions. A member without a row has the defaults: subscribed when manager or owner,
// Monday 07:00, in the UI language last seen on their pages (else English); the effective values
// are worked out here, in one place.

export interface DigestSubscription extends DigestSlot {
  orgId: number;
  orgName: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  subscribed: boolean;
  locale: Locale;
  timeZone: string;
}

const EFFECTIVE = `
  select m.org_id as "orgId", o.name as "orgName", m.user_id as "userId", u.email, u.name, m.role,
         coalesce(s.subscribed, m.role in ('owner', 'manager')) as subscribed,
         coalesce(s.weekday, 1) as weekday, coalesce(s.hour, 7) as hour, coalesce(s.locale, u.locale, 'en') as locale,
         coalesce(os.time_zone, 'UTC') as "timeZone"
  from memberships m
  join users u on u.id = m.user_id
  join orgs o on o.id = m.org_id
  left join digest_subscriptions s on s.org_id = m.org_id and s.user_id = m.user_id
  left join org_settings os on os.org_id = m.org_id`;

export async function getDigestSubscription(db: SqlRunner, orgId: number, userId: string): Promise<DigestSubscription | null> {
  const [row] = await db.query<DigestSubscription>(`${EFFECTIVE} where m.org_id = $1 and m.user_id = $2`, [orgId, userId]);
  return row ?? null;
}

export async function getDigestSubscriptionByEmail(db: SqlRunner, email: string): Promise<DigestSubscription | null> {
  const [row] = await db.query<DigestSubscription>(`${EFFECTIVE} where u.email = $1 order by m.created_at limit 1`, [email.toLowerCase()]);
  return row ?? null;
}

/** Subscribed members who have no digest job yet (new members, changed schedules). */
export async function listSubscribersWithoutJob(db: SqlRunner, jobKind: string): Promise<DigestSubscription[]> {
  return db.query<DigestSubscription>(
    `select * from (${EFFECTIVE}) e
     where e.subscribed and not exists (select 1 from jobs j where j.kind = $1 and j.key = e."orgId" || ':' || e."userId")`,
    [jobKind],
  );
}

export async function saveDigestSubscription(
  db: SqlRunner,
  orgId: number,
  userId: string,
  settings: DigestSlot & { subscribed: boolean; locale: Locale },
): Promise<void> {
  await db.query(
    `insert into digest_subscriptions (org_id, user_id, subscribed, weekday, hour, locale, updated_at) values ($1, $2, $3, $4, $5, $6, now())
     on conflict (org_id, user_id) do update set subscribed = excluded.subscribed, weekday = excluded.weekday, hour = excluded.hour,
       locale = excluded.locale, updated_at = now()`,
    [orgId, userId, settings.subscribed, settings.weekday, settings.hour, settings.locale],
  );
}

/** Unsubscribes, keeping the member's weekday, hour and language; unsubscribing twice changes nothing. */
export async function unsubscribeFromDigest(db: SqlRunner, orgId: number, userId: string): Promise<void> {
  await db.query(
    `insert into digest_subscriptions (org_id, user_id, subscribed, locale)
     select m.org_id, m.user_id, false, coalesce(u.locale, 'en') from memberships m join users u on u.id = m.user_id where m.org_id = $1 and m.user_id = $2
     on conflict (org_id, user_id) do update set subscribed = false, updated_at = now()`,
    [orgId, userId],
  );
}

/** Records that the week's digest went to the member; false when it already had. */
export async function recordDigestSend(db: SqlRunner, recipient: { orgId: number; userId: string }, week: string, at: Date, late: boolean): Promise<boolean> {
  const rows = await db.query(
    "insert into digest_sends (org_id, user_id, week, sent_at, late) values ($1, $2, $3, $4, $5) on conflict do nothing returning week",
    [recipient.orgId, recipient.userId, week, at, late],
  );
  return rows.length > 0;
}
