import { openDatabase, type Database } from "@/db/client";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import type { Env } from "@/lib/env";

export class UsageError extends Error {}

/** What a command reads and writes besides its arguments: bin/msp-kpi.mjs passes the process's own. */
export interface CliIo {
  env: Env;
  /** Prints one line of the result (stdout). */
  out: (text: string) => void;
  /** Prints one line of an error (stderr). */
  err: (text: string) => void;
  /** Where the progress bar is drawn, when it is a terminal. */
  progress?: NodeJS.WriteStream;
}

/** Opens the same database the app uses: DATABASE_URL when set, else PGlite at PGLITE_DIR. */
export async function openCliDatabase(env: Env): Promise<{ db: Database; orgId: number }> {
  const db = await openDatabase(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL, max: 4 } : { kind: "pglite", dataDir: env.PGLITE_DIR },
  );
  return { db, orgId: await getDefaultOrgId(db) };
}
