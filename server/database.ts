import "server-only";
import { openDatabase, type Database } from "@/db/client";
import { env } from "@/lib/env";
import { processSingletons } from "./process-singletons";

/** The process's one database handle: postgres.js when DATABASE_URL is set, else embedded PGlite. */
export function getDb(): Promise<Database> {
  processSingletons.database ??= openDatabase(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DIR },
  );
  return processSingletons.database;
}
