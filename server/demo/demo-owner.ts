import "server-only";
import type { SqlRunner } from "@/db/client";
import { createMember, userExists } from "@/db/auth/users";

// The demo MSP's owner. It exists only where the demo data is loaded (npm start on the embedded
// database, or MSP_KPI_DEMO=1); the sign-in page fills it in when it exists.
export const DEMO_OWNER = { name: "Demo Owner", email: "owner@demo.example", password: "demo-owner-pass" } as const;

/** Creates the demo owner in orgId unless an account with that e-mail exists; true when created. */
export async function ensureDemoOwner(db: SqlRunner, orgId: number): Promise<boolean> {
  if (await userExists(db, DEMO_OWNER.email)) return false;
  await createMember(db, orgId, { ...DEMO_OWNER, role: "owner" });
  return true;
}
