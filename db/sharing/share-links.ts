import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { generateSecretToken, hashApiToken } from "@/lib/auth/api-token";
import type { Period } from "@/lib/kpi/period";
import { SHARE_TOKEN_PREFIX } from "@/lib/sharing/tokens";
import type { SqlRunner } from "../client";
import { clients, shareLinks, users } from "../schema";

export interface ShareLinkRow {
  id: number;
  prefix: string;
  period: Period;
  createdByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** What a live link opens: one client's report of one period in one org. */
export interface SharedReport {
  linkId: number;
  orgId: number;
  clientId: number;
  period: Period;
}

/** Creates a link and returns its token in clear text (the only time anyone sees it); null when the org has no such client. */
export async function createShareLink(
  db: SqlRunner,
  orgId: number,
  input: { clientId: number; period: Period; expiresAt: Date; createdBy: string },
): Promise<{ id: number; token: string } | null> {
  const [client] = await db.orm.select({ id: clients.id }).from(clients).where(and(eq(clients.orgId, orgId), eq(clients.id, input.clientId)));
  if (!client) return null;
  const { token, hash, prefix } = generateSecretToken(SHARE_TOKEN_PREFIX);
  const [row] = await db.orm
    .insert(shareLinks)
    .values({
      orgId, clientId: input.clientId, periodFrom: input.period.from, periodTo: input.period.to,
      tokenHash: hash, prefix, createdBy: input.createdBy, expiresAt: input.expiresAt,
    })
    .returning({ id: shareLinks.id });
  return { id: row!.id, token };
}

/** The client's links, live ones first, newest first. */
export async function listShareLinks(db: SqlRunner, orgId: number, clientId: number): Promise<ShareLinkRow[]> {
  const rows = await db.orm
    .select({
      id: shareLinks.id,
      prefix: shareLinks.prefix,
      from: shareLinks.periodFrom,
      to: shareLinks.periodTo,
      createdByName: users.name,
      createdAt: shareLinks.createdAt,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
    })
    .from(shareLinks)
    .leftJoin(users, eq(users.id, shareLinks.createdBy))
    .where(and(eq(shareLinks.orgId, orgId), eq(shareLinks.clientId, clientId)))
    .orderBy(sql`${shareLinks.revokedAt} nulls first`, desc(shareLinks.createdAt), desc(shareLinks.id));
  return rows.map(({ from, to, ...r }) => ({ ...r, period: { from, to } }));
}

/** Revokes one of the org's live links; returns its client, or null when there is no such live link. */
export async function revokeShareLink(db: SqlRunner, orgId: number, id: number): Promise<{ clientId: number } | null> {
  const [row] = await db.orm
    .update(shareLinks)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(shareLinks.orgId, orgId), eq(shareLinks.id, id), isNull(shareLinks.revokedAt)))
    .returning({ clientId: shareLinks.clientId });
  return row ?? null;
}

/** The report a presented token opens; null when unknown, revoked or expired. */
export async function resolveShareLink(db: SqlRunner, token: string): Promise<SharedReport | null> {
  const [row] = await db.orm
    .select({ linkId: shareLinks.id, orgId: shareLinks.orgId, clientId: shareLinks.clientId, from: shareLinks.periodFrom, to: shareLinks.periodTo })
    .from(shareLinks)
    .where(and(eq(shareLinks.tokenHash, hashApiToken(token)), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, sql`now()`)));
  if (!row) return null;
  const { from, to, ...rest } = row;
  return { ...rest, period: { from, to } };
}
