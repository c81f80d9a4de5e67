// `npm start`: build if needed → migrate → load the demo data into an empty embedded database → serve.
import { spawn } from "node:child_process";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { loadDemoDataIfEmpty } from "@/db/demo/load-demo";
import { readEnv } from "@/lib/env";
import { buildIfNeeded } from "./lib/build-if-needed";

const env = readEnv();
buildIfNeeded();

const db = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL, max: 4 } : { kind: "pglite", dataDir: env.PGLITE_DIR },
);
try {
  // Demo data goes into the embedded database by default; into PostgreSQL only when asked for.
  if (!env.DATABASE_URL || env.MSP_KPI_DEMO) {
    const loaded = await loadDemoDataIfEmpty(db, { uploadDir: env.UPLOAD_DIR, log: (m) => console.log(m) });
    if (!loaded) console.log("Database already has data: demo data not loaded.");
  }
} finally {
  // The embedded database can be open in one process at a time: the server opens it next.
  await db.close();
}

console.log(`msp-kpi on http://localhost:${env.PORT} (${env.DATABASE_URL ? "PostgreSQL" : `embedded database in ${env.PGLITE_DIR}`})`);
const server = spawn(
  process.execPath,
  [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(env.PORT)],
  { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
