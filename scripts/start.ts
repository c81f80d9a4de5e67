// `npm start`: build if needed → migrate → load the demo data into an empty embedded database → serve
// (scripts/lib/serve.ts: Next, with webhook deliveries answered by the listener itself).
import "./lib/allow-server-only.mjs";
import { readEnv } from "@/lib/env";
import { buildIfNeeded } from "./lib/build-if-needed";

// db/ modules import "server-only": they load once the hook above is registered.
const { openDatabase } = await import("@/db/client");
const { loadDemoDataIfEmpty } = await import("@/server/demo/load-demo");
const { serve } = await import("./lib/serve");

const env = readEnv();
buildIfNeeded();

const db = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL, max: 4 } : { kind: "pglite", dataDir: env.PGLITE_DIR },
);
try {
  // Demo data goes into the embedded database by default; into PostgreSQL only when asked for.
  if (env.MSP_KPI_DEMO ?? !env.DATABASE_URL) {
    const loaded = await loadDemoDataIfEmpty(db, { uploadDir: env.UPLOAD_DIR, log: (m) => console.log(m) });
    if (!loaded) console.log("Database already has data: demo data not loaded.");
  }
} finally {
  // The embedded database can be open once at a time: Next's server opens it next.
  await db.close();
}

await serve({ dir: process.cwd(), port: env.PORT, trustProxy: env.MSP_KPI_TRUST_PROXY });
console.log(`msp-kpi on http://localhost:${env.PORT} (${env.DATABASE_URL ? "PostgreSQL" : `embedded database in ${env.PGLITE_DIR}`})`);
