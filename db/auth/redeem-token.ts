import "server-only";
import { hashApiToken } from "@/lib/auth/api-token";
import { Role, weakerRole } from "@/lib/auth/roles";
import type { SqlRunner } from "../client";

// API tokens and wallboard tokens are redeemed alike: by the hash of the presented secret, live,
// and only while their creator is still a member of the token's org, on whose behalf they act.

const TOKEN_TABLES = { api: "api_tokens", wallboard: "wallboard_tokens" } as const;
export type TokenKind = keyof typeof TOKEN_TABLES;

export interface RedeemedToken {
  id: number;
  orgId: number;
  /** The token's role (a wallboard token's is viewer), capped at its creator's current role in the org. */
  role: Role;
  /** The member who created the token, on whose behalf it acts. */
  createdBy: string;
}

/** The live token of that kind for a presented secret, marking it used; null when unknown, revoked, or its creator has left the org. */
export async function redeemToken(db: SqlRunner, kind: TokenKind, token: string): Promise<RedeemedToken | null> {
  const [row] = await db.query<{ id: number | string; org_id: number | string; role: string; created_by: string; creator_role: string }>(
    `update ${TOKEN_TABLES[kind]} as t set last_used_at = now() from memberships as m
     where t.token_hash = $1 and t.revoked_at is null and m.org_id = t.org_id and m.user_id = t.created_by
     returning t.id, t.org_id, ${kind === "api" ? "t.role" : "'viewer'"} as role, m.user_id as created_by, m.role as creator_role`,
    [hashApiToken(token)],
  );
  if (!row) return null;
  return { id: Number(row.id), orgId: Number(row.org_id), role: weakerRole(Role.parse(row.role), Role.parse(row.creator_role)), createdBy: row.created_by };
}
