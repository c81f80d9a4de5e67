import { z } from "zod";

/** Roles per org, weakest first: viewer reads dashboards, manager changes data, owner everything. */
export const ROLES = ["viewer", "manager", "owner"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export function roleAtLeast(role: Role, minRole: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minRole);
}

/** The weaker of two roles: what an API token may do, given its own role and its creator's. */
export function weakerRole(a: Role, b: Role): Role {
  return roleAtLeast(a, b) ? b : a;
}

/** The roles above `role`, which a token must lose when its creator is set to `role`. */
export function rolesAbove(role: Role): Role[] {
  return ROLES.slice(ROLES.indexOf(role) + 1);
}
