import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { redeemToken } from "@/db/auth/redeem-token";
import { recordAudit } from "@/db/auth/audit";
import { countUsers, membershipOf, rememberUiLocale } from "@/db/auth/users";
import type { Database } from "@/db/client";
import { bearerApiToken } from "@/lib/auth/api-token";
import { roleAtLeast, type Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import { getAuth } from "./auth/better-auth";
import { getDb } from "./database";

export type { Role } from "@/lib/auth/roles";

export interface RequestContext {
  db: Database;
  orgId: number;
  /** Who acts, as written to run and audit records ("user:<id>", "token:<id>"). */
  actor: string;
  /** The member behind the request: the signed-in user, or the creator of the API token. */
  userId: string;
  role: Role;
}

export interface Viewer {
  userId: string;
  name: string;
  email: string;
  orgId: number;
  orgName: string;
  role: Role;
  technicianLinked: boolean;
  /** The UI language last seen on the user's pages, null before the first. */
  uiLocale: Locale | null;
}

/** The signed-in user of this request (once per render), or null. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const db = await getDb();
  const auth = await getAuth(db);
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const membership = await membershipOf(db, session.user.id);
  if (!membership) return null;
  return { userId: session.user.id, name: session.user.name, email: session.user.email, ...membership };
});

async function tokenContext(db: Database, token: string, method: string): Promise<RequestContext> {
  const resolved = await redeemToken(db, "api", token);
  if (!resolved) throw new AppError("unauthorized", "The API token is unknown or revoked, or its creator has left the organisation.");
  const actor = `token:${resolved.id}`;
  // Reads only bump last_used_at; every change made with a token is audited.
  if (method !== "GET" && method !== "HEAD") await recordAudit(db, resolved.orgId, { actor, action: "token.used", details: { method } });
  return { db, orgId: resolved.orgId, actor, userId: resolved.createdBy, role: resolved.role };
}

async function sessionContext(): Promise<RequestContext | null> {
  const viewer = await currentViewer();
  if (!viewer) return null;
  return { db: await getDb(), orgId: viewer.orgId, actor: `user:${viewer.userId}`, userId: viewer.userId, role: viewer.role };
}

/**
 * Route handlers and server actions: a Bearer API token or the session cookie decides the org and
 * role; throws 401 when neither is present and 403 below minRole.
 */
export async function requestContext(minRole: Role = "viewer"): Promise<RequestContext> {
  const h = await headers();
  const token = bearerApiToken(h.get("authorization"));
  const ctx = token ? await tokenContext(await getDb(), token, h.get("x-msp-kpi-method") ?? "POST") : await sessionContext();
  if (!ctx) throw new AppError("unauthorized", "Sign in first, or send an API token as Authorization: Bearer.");
  if (!roleAtLeast(ctx.role, minRole)) throw new AppError("forbidden", `This needs the ${minRole} role.`);
  return ctx;
}

/** Pages: first run → /setup, anonymous → /sign-in, below minRole → /forbidden. */
export async function pageContext(minRole: Role = "viewer"): Promise<RequestContext> {
  const ctx = await sessionContext();
  if (!ctx) {
    if ((await countUsers(await getDb())) === 0) redirect("/setup");
    redirect("/sign-in");
  }
  if (!roleAtLeast(ctx.role, minRole)) redirect("/forbidden");
  // The digest goes out in this language until the member picks one (db/digest/subscriptions.ts).
  const [viewer, locale] = await Promise.all([currentViewer(), getLocale()]);
  if (viewer && viewer.uiLocale !== locale) await rememberUiLocale(ctx.db, ctx.userId, locale);
  return ctx;
}
