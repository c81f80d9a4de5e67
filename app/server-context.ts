import "server-only";
import { getDb, type Database } from "@/db";
import { getDefaultOrgId } from "@/db/queries/org-settings";

export interface RequestContext {
  db: Database;
  orgId: number;
  actor: string;
}

/** Who is asking, for which org. Until sign-in exists every request acts for the default org. */
export async function requestContext(): Promise<RequestContext> {
  const db = await getDb();
  return { db, orgId: await getDefaultOrgId(db), actor: "web" };
}
