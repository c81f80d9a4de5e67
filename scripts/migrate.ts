// `npm run db:migrate`: applies the migrations in drizzle/ to the configured database and exits.
import "./lib/allow-server-only.mjs";
import { readEnv } from "@/lib/env";

// db/ modules import "server-only": they load once the hook above is registered.
const { openDatabase } = await import("@/db/client");

const env = readEnv();
const db = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL, max: 2 } : { kind: "pglite", dataDir: env.PGLITE_DIR },
);
await db.close();
console.log(`Migrated ${env.DATABASE_URL ? "the PostgreSQL database" : `the embedded database in ${env.PGLITE_DIR}`}.`);
