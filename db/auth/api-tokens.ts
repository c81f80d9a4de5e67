import "server-only";
import { generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import { Role, rolesAbove, weakerRole } from "@/lib/auth/roles";
import type { SqlRunner } from "../client";

export interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ResolvedApiToken {
  id: number;
  orgId: number;
  /** The token's role, capped at its creator's current role in the org. */
  role: Role;
  /** The member who created the token, on whose behalf it acts. */
  createdBy: string;
}

/** Creates a token and returns it in clear text: the only time anyone sees it. */
export async function createApiToken(
  db: SqlRunner,
  orgId: number,
  input: { name: string; role: Role; createdBy: string },
): Promise<{ id: number; token: string }> {
  const { token, hash, prefix } = generateApiToken();
  const [row] = await db.query<{ id: number }>(
    "insert into api_tokens (org_id, name, token_hash, prefix, role, created_by) values ($1, $2, $3, $4, $5, $6) returning id",
    [orgId, input.name, hash, prefix, input.role, input.createdBy],
  );
  return { id: row!.id, token };
}

export async function listApiTokens(db: SqlRunner, orgId: number): Promise<ApiTokenRow[]> {
  const rows = await db.query<{ id: number; name: string; prefix: string; role: string; created_by: string | null; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }>(
    `select id, name, prefix, role, created_by, created_at, last_used_at, revoked_at from api_tokens
     where org_id = $1 order by revoked_at nulls first, created_at desc`,
    [orgId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: Role.parse(r.role),
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of the org's tokens; false when the org has no such live token. */
export async function revokeApiToken(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.query("update api_tokens set revoked_at = now() where org_id = $1 and id = $2 and revoked_at is null returning id", [orgId, id]);
  return rows.length > 0;
}

/**
 * The live token for a presented secret, marking it used; null when unknown, revoked, or when its
 * creator is no longer a member of the token's org. A token never acts above its creator's role.
 */
export async function redeemApiToken(db: SqlRunner, token: string): Promise<ResolvedApiToken | null> {
  const [row] = await db.query<{ id: number; org_id: number; role: string; created_by: string; creator_role: string }>(
    `update api_tokens t set last_used_at = now() from memberships m
     where t.token_hash = $1 and t.revoked_at is null and m.org_id = t.org_id and m.user_id = t.created_by
     returning t.id, t.org_id, t.role, t.created_by, m.role as creator_role`,
    [hashApiToken(token)],
  );
  if (!row) return null;
  return { id: row.id, orgId: row.org_id, role: weakerRole(Role.parse(row.role), Role.parse(row.creator_role)), createdBy: row.created_by };
}

/** Revokes every live token a member created in the org (they are leaving it); returns their ids. */
export async function revokeTokensCreatedBy(db: SqlRunner, orgId: number, userId: string): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    "update api_tokens set revoked_at = now() where org_id = $1 and created_by = $2 and revoked_at is null returning id",
    [orgId, userId],
  );
  return rows.map((r) => r.id);
}

/** Lowers the member's live tokens that outrank their new role to that role; returns their ids. */
export async function clampTokensCreatedBy(db: SqlRunner, orgId: number, userId: string, role: Role): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    "update api_tokens set role = $3 where org_id = $1 and created_by = $2 and revoked_at is null and role = any(string_to_array($4, ',')) returning id",
    [orgId, userId, role, rolesAbove(role).join(",")],
  );
  return rows.map((r) => r.id);
}
