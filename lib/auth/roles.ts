import { z } from "zod";

/** Roles per org, weakest first: viewer reads dashboards, manager changes data, owner everything. */
export const ROLES = ["viewer", "manager", "owner"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export function roleAtLeast(role: Role, minRole: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minRole);
}
