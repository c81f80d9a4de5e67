import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { generateApiToken } from "@/lib/auth/api-token";
import { Role, rolesAbove } from "@/lib/auth/roles";
import type { SqlRunner } from "../client";
import { apiTokens } from "../schema";

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

const liveTokensOf = (orgId: number, userId: string) =>
  and(eq(apiTokens.orgId, orgId), eq(apiTokens.createdBy, userId), isNull(apiTokens.revokedAt));

/** Creates a token and returns it in clear text: the only time anyone sees it. */
export async function createApiToken(
  db: SqlRunner,
  orgId: number,
  input: { name: string; role: Role; createdBy: string },
): Promise<{ id: number; token: string }> {
  const { token, hash, prefix } = generateApiToken();
  const [row] = await db.orm
    .insert(apiTokens)
    .values({ orgId, name: input.name, tokenHash: hash, prefix, role: input.role, createdBy: input.createdBy })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

export async function listApiTokens(db: SqlRunner, orgId: number): Promise<ApiTokenRow[]> {
  const rows = await db.orm
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      role: apiTokens.role,
      createdBy: apiTokens.createdBy,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.orgId, orgId))
    .orderBy(sql`${apiTokens.revokedAt} nulls first`, desc(apiTokens.createdAt));
  return rows.map((r) => ({ ...r, role: Role.parse(r.role) }));
}

/** Revokes one of the org's tokens; false when the org has no such live token. */
export async function revokeApiToken(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.orm
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Revokes every live token a member created in the org (they are leaving it); returns their ids. */
export async function revokeTokensCreatedBy(db: SqlRunner, orgId: number, userId: string): Promise<number[]> {
  const rows = await db.orm.update(apiTokens).set({ revokedAt: sql`now()` }).where(liveTokensOf(orgId, userId)).returning({ id: apiTokens.id });
  return rows.map((r) => r.id);
}

/** Lowers the member's live tokens that outrank their new role to that role; returns their ids. */
export async function clampTokensCreatedBy(db: SqlRunner, orgId: number, userId: string, role: Role): Promise<number[]> {
  const rows = await db.orm
    .update(apiTokens)
    .set({ role })
    .where(and(liveTokensOf(orgId, userId), inArray(apiTokens.role, rolesAbove(role))))
    .returning({ id: apiTokens.id });
  return rows.map((r) => r.id);
}
