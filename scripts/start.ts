// `npm start`: build if needed → migrate → load the demo data into an empty embedded database → serve
// (scripts/lib/serve.ts: Next, with webhook deliveries answered by the listener itself).
import "./lib/allow-server-only.mjs";
import { readEnv } from "@/lib/env";
import { buildIfNeeded } from "./lib/build-if-needed";

// db/ and server/ modules import "server-only": they load once the hook above is registered.
const { getDb } = await import("@/server/database");
const { loadDemoDataIfEmpty } = await import("@/server/demo/load-demo");
const { serve } = await import("./lib/serve");

const env = readEnv();
buildIfNeeded();

// The process's one handle (migrated as it opens), which Next's server then uses too: the
// embedded database is opened once, not again by the server (~1 s on the demo data).
const db = await getDb();
// Demo data goes into the embedded database by default; into PostgreSQL only when asked for.
if (env.MSP_KPI_DEMO ?? !env.DATABASE_URL) {
  const loaded = await loadDemoDataIfEmpty(db, { uploadDir: env.UPLOAD_DIR, log: (m) => console.log(m) });
  if (!loaded) console.log("Database already has data: demo data not loaded.");
}

await serve({ dir: process.cwd(), port: env.PORT, trustProxy: env.MSP_KPI_TRUST_PROXY });
console.log(`msp-kpi on http://localhost:${env.PORT} (${env.DATABASE_URL ? "PostgreSQL" : `embedded database in ${env.PGLITE_DIR}`})`);
