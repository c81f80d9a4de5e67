import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ThrowawayPostgres {
  url: string;
  /** The temp folder holding the data directory; `stopThrowawayPostgres(dir)` removes it. */
  dir: string;
  stop(): void;
}

/** Finds Debian's PostgreSQL binaries (pg_ctl, initdb), newest version first. */
function pgBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => path.join(root, v, "bin")).find((d) => existsSync(path.join(d, "pg_ctl")));
  if (!dir) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql (or set DATABASE_URL)");
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** initdb into a fresh temp folder, start on a free loopback port, create database `msp_kpi`. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-pg-"));
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  const uid = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString()) : undefined;
  const gid = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString()) : undefined;
  if (uid !== undefined && gid !== undefined) {
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  run("pg_ctl", [
    "-D", dataDir, "-l", path.join(dir, "server.log"), "-w", "-o",
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`, "start",
  ]);
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "msp_kpi"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/msp_kpi`,
    dir,
    stop: () => stopThrowawayPostgres(dir),
  };
}

export function stopThrowawayPostgres(dir: string): void {
  try {
    run("pg_ctl", ["-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const asRoot = process.getuid?.() === 0;

// PostgreSQL refuses to run as root, so as root the binaries run as the `postgres` user.
function run(cmd: string, args: string[]): Buffer {
  const bin = pgBinDir();
  return asRoot
    ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { stdio: "pipe" })
    : execFileSync(path.join(bin, cmd), args, { stdio: "pipe" });
}
