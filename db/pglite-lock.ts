import "server-only";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// A PGlite data folder may be opened by one process at a time; a pid file makes a second opener
// (the CLI while the server runs, say) fail with a clear message instead of corrupting the folder.
const LOCK_FILE = ".msp-kpi.pid";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPgliteDir(dataDir: string): () => void {
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const holder = Number(readFileSync(file, "utf8"));
    if (holder !== process.pid && alive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by another msp-kpi process (pid ${holder}). ` +
          "Stop that process first, or point DATABASE_URL at a PostgreSQL server that both can share.",
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}
