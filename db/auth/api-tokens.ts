import { generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import { Role } from "@/lib/auth/roles";
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
  role: Role;
}

/** Creates a token and returns it in clear text: the only time anyone sees it. */
export async function createApiToken(
  db: SqlRunner,
  orgId: number,
  input: { name: string; role: Role; createdBy: string | null },
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

/** The live token for a presented secret, marking it used; null when unknown or revoked. */
export async function useApiToken(db: SqlRunner, token: string): Promise<ResolvedApiToken | null> {
  const [row] = await db.query<{ id: number; org_id: number; role: string }>(
    "update api_tokens set last_used_at = now() where token_hash = $1 and revoked_at is null returning id, org_id, role",
    [hashApiToken(token)],
  );
  return row ? { id: row.id, orgId: row.org_id, role: Role.parse(row.role) } : null;
}
