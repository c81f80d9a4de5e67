import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database } from "./client";

export type { Database, SqlRunner, SqlTx } from "./client";

const cache = globalThis as unknown as { __mspKpiDb?: Promise<Database> };

/** The process's one database handle: postgres.js when DATABASE_URL is set, else embedded PGlite. */
export function getDb(): Promise<Database> {
  cache.__mspKpiDb ??= openDatabase(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DIR },
  );
  return cache.__mspKpiDb;
}
