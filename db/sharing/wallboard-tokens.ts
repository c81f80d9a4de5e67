import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { generateSecretToken } from "@/lib/auth/api-token";
import { WALLBOARD_TOKEN_PREFIX } from "@/lib/sharing/tokens";
import type { SqlRunner } from "../client";
import { users, wallboardTokens } from "../schema";

export interface WallboardTokenRow {
  id: number;
  name: string;
  prefix: string;
  createdByName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a token and returns it in clear text: the only time anyone sees it. */
export async function createWallboardToken(db: SqlRunner, orgId: number, input: { name: string; createdBy: string }): Promise<{ id: number; token: string }> {
  const { token, hash, prefix } = generateSecretToken(WALLBOARD_TOKEN_PREFIX);
  const [row] = await db.orm
    .insert(wallboardTokens)
    .values({ orgId, name: input.name, tokenHash: hash, prefix, createdBy: input.createdBy })
    .returning({ id: wallboardTokens.id });
  return { id: row!.id, token };
}

export async function listWallboardTokens(db: SqlRunner, orgId: number): Promise<WallboardTokenRow[]> {
  return db.orm
    .select({
      id: wallboardTokens.id,
      name: wallboardTokens.name,
      prefix: wallboardTokens.prefix,
      createdByName: users.name,
      createdAt: wallboardTokens.createdAt,
      lastUsedAt: wallboardTokens.lastUsedAt,
      revokedAt: wallboardTokens.revokedAt,
    })
    .from(wallboardTokens)
    .leftJoin(users, eq(users.id, wallboardTokens.createdBy))
    .where(eq(wallboardTokens.orgId, orgId))
    .orderBy(sql`${wallboardTokens.revokedAt} nulls first`, desc(wallboardTokens.createdAt), desc(wallboardTokens.id));
}

/** Revokes one of the org's live tokens; false when the org has no such live token. */
export async function revokeWallboardToken(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.orm
    .update(wallboardTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(wallboardTokens.orgId, orgId), eq(wallboardTokens.id, id), isNull(wallboardTokens.revokedAt)))
    .returning({ id: wallboardTokens.id });
  return rows.length > 0;
}
