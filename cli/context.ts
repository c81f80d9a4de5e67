import { openDatabase, type Database } from "@/db/client";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { readEnv } from "@/lib/env";

export class UsageError extends Error {}

/** Opens the same database the app uses: DATABASE_URL when set, else PGlite at PGLITE_DIR. */
export async function openCliDatabase(): Promise<{ db: Database; orgId: number }> {
  const env = readEnv();
  const db = await openDatabase(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL, max: 4 } : { kind: "pglite", dataDir: env.PGLITE_DIR },
  );
  return { db, orgId: await getDefaultOrgId(db) };
}
