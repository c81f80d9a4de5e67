import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { AppError } from "@/lib/errors";
import { Role } from "@/lib/auth/roles";
import { isLocale, type Locale } from "@/lib/format/locale";
import type { Database, SqlRunner } from "../client";
import { clampTokensCreatedBy, revokeTokensCreatedBy } from "./api-tokens";

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  /** The technician this member is (their own scorecard), or null. */
  technicianId: number | null;
}

export interface Membership {
  orgId: number;
  orgName: string;
  role: Role;
  /** Linked to a technician (issue #19): the member has a scorecard of their own. */
  technicianLinked: boolean;
  /** The UI language last seen on the user's pages, null before the first. */
  uiLocale: Locale | null;
}

export async function countUsers(db: SqlRunner): Promise<number> {
  const [row] = await db.query<{ n: number }>("select count(*)::int as n from users");
  return row?.n ?? 0;
}

export async function userExists(db: SqlRunner, email: string): Promise<boolean> {
  const rows = await db.query("select 1 from users where email = $1", [email.toLowerCase()]);
  return rows.length > 0;
}

/** A user with an e-mail/password account (the way better-auth stores credentials) and a role in orgId. */
export async function createMember(
  db: SqlRunner,
  orgId: number,
  input: { name: string; email: string; password: string; role: Role },
): Promise<string> {
  const email = input.email.toLowerCase();
  if (await userExists(db, email)) throw new AppError("conflict", `${email} already has an account.`);
  const userId = randomUUID();
  await db.query("insert into users (id, name, email, email_verified) values ($1, $2, $3, true)", [userId, input.name, email]);
  await db.query("insert into accounts (id, account_id, provider_id, user_id, password) values ($1, $2, 'credential', $2, $3)", [
    randomUUID(),
    userId,
    await hashPassword(input.password),
  ]);
  await db.query("insert into memberships (org_id, user_id, role) values ($1, $2, $3)", [orgId, userId, input.role]);
  return userId;
}

/**
 * The first account of a fresh installation becomes owner of the default org. The check and the
 * insert share one transaction holding a lock on the orgs row, so two racing set-ups cannot both win.
 */
export async function createFirstOwner(
  db: Database,
  input: { name: string; email: string; password: string; orgName: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [org] = await tx.query<{ id: number }>("select id from orgs where slug = 'default' for update");
    if (!org) throw new Error("default org missing: the database was not migrated");
    if ((await countUsers(tx)) > 0) throw new AppError("conflict", "This installation already has an owner. Sign in instead.");
    await tx.query("update orgs set name = $2 where id = $1", [org.id, input.orgName]);
    return createMember(tx, org.id, { ...input, role: "owner" });
  });
}

/** The org a signed-in user acts for: their oldest membership. */
export async function membershipOf(db: SqlRunner, userId: string): Promise<Membership | null> {
  const [row] = await db.query<{ org_id: number; name: string; role: string; linked: boolean; locale: string | null }>(
    `select m.org_id, o.name, m.role, m.technician_id is not null as linked, u.locale
     from memberships m join orgs o on o.id = m.org_id join users u on u.id = m.user_id
     where m.user_id = $1 order by m.created_at, m.org_id limit 1`,
    [userId],
  );
  return row
    ? { orgId: row.org_id, orgName: row.name, role: Role.parse(row.role), technicianLinked: row.linked, uiLocale: isLocale(row.locale) ? row.locale : null }
    : null;
}

/** Records the UI language the user's pages are shown in. */
export async function rememberUiLocale(db: SqlRunner, userId: string, locale: Locale): Promise<void> {
  await db.query("update users set locale = $2 where id = $1", [userId, locale]);
}

export async function listMembers(db: SqlRunner, orgId: number): Promise<Member[]> {
  const rows = await db.query<{ user_id: string; name: string; email: string; role: string; created_at: Date; technician_id: string | null }>(
    `select m.user_id, u.name, u.email, m.role, m.created_at, m.technician_id from memberships m join users u on u.id = m.user_id
     where m.org_id = $1 order by u.email`,
    [orgId],
  );
  return rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, role: Role.parse(r.role), createdAt: r.created_at, technicianId: r.technician_id === null ? null : Number(r.technician_id) }));
}

async function assertAnotherOwner(db: SqlRunner, orgId: number, userId: string): Promise<void> {
  const [row] = await db.query<{ n: number }>(
    "select count(*)::int as n from memberships where org_id = $1 and role = 'owner' and user_id <> $2",
    [orgId, userId],
  );
  if (!row?.n) throw new AppError("conflict", "An org needs at least one owner: make someone else owner first.");
}

/**
 * Changes a member's role and lowers their API tokens that outrank it; returns the previous role and
 * the lowered tokens. The last owner cannot be demoted.
 */
export async function changeRole(db: Database, orgId: number, userId: string, role: Role): Promise<{ previous: Role; clampedTokens: number[] }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ role: string }>("select role from memberships where org_id = $1 and user_id = $2 for update", [orgId, userId]);
    if (!row) throw new AppError("not_found", "No such member.");
    const previous = Role.parse(row.role);
    if (previous === "owner" && role !== "owner") await assertAnotherOwner(tx, orgId, userId);
    await tx.query("update memberships set role = $3 where org_id = $1 and user_id = $2", [orgId, userId, role]);
    return { previous, clampedTokens: await clampTokensCreatedBy(tx, orgId, userId, role) };
  });
}

/**
 * Removes a member from the org, revokes the API tokens they created there and ends their sessions;
 * a user left without any org is deleted. Returns the revoked tokens.
 */
export async function removeMember(db: Database, orgId: number, userId: string): Promise<number[]> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ role: string }>("select role from memberships where org_id = $1 and user_id = $2 for update", [orgId, userId]);
    if (!row) throw new AppError("not_found", "No such member.");
    if (row.role === "owner") await assertAnotherOwner(tx, orgId, userId);
    await tx.query("delete from memberships where org_id = $1 and user_id = $2", [orgId, userId]);
    const revoked = await revokeTokensCreatedBy(tx, orgId, userId);
    await tx.query("delete from sessions where user_id = $1", [userId]);
    await tx.query("delete from users u where id = $1 and not exists (select 1 from memberships m where m.user_id = u.id)", [userId]);
    return revoked;
  });
}

/** Voids every outstanding password-reset link of a user (better-auth keeps them as verifications). */
export async function voidPasswordResetLinks(db: SqlRunner, userId: string): Promise<void> {
  await db.query("delete from verifications where identifier like 'reset-password:%' and value = $1", [userId]);
}
