import "server-only";
import { redirect } from "next/navigation";
import { getDb, type Database } from "@/db";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { AppError } from "@/lib/errors";

/** Roles per org, weakest first: viewer reads dashboards, manager changes data, owner everything. */
export const ROLES = ["viewer", "manager", "owner"] as const;
export type Role = (typeof ROLES)[number];

export interface RequestContext {
  db: Database;
  orgId: number;
  /** Who acts, as written to run and audit records ("user:<id>", "token:<id>"). */
  actor: string;
  role: Role;
}

export function roleAtLeast(role: Role, minRole: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minRole);
}

async function resolveContext(): Promise<RequestContext | null> {
  const db = await getDb();
  return { db, orgId: await getDefaultOrgId(db), actor: "web", role: "owner" };
}

/** Route handlers and server actions: throws 401 when nobody is signed in, 403 below minRole. */
export async function requestContext(minRole: Role = "viewer"): Promise<RequestContext> {
  const ctx = await resolveContext();
  if (!ctx) throw new AppError("unauthorized", "Sign in first.");
  if (!roleAtLeast(ctx.role, minRole)) throw new AppError("forbidden", `This needs the ${minRole} role.`);
  return ctx;
}

/** Pages: sends anonymous visitors to /sign-in and those below minRole to /forbidden. */
export async function pageContext(minRole: Role = "viewer"): Promise<RequestContext> {
  const ctx = await resolveContext();
  if (!ctx) redirect("/sign-in");
  if (!roleAtLeast(ctx.role, minRole)) redirect("/forbidden");
  return ctx;
}
