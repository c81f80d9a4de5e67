import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { UsageError, type CliIo } from "./context";
import { DIGEST_USAGE, digestCommand } from "./digest-command";
import { IMPORT_USAGE, importCommand } from "./import-command";
import { KPIS_USAGE, kpisCommand } from "./kpis-command";
import { QBR_USAGE, qbrCommand } from "./qbr-command";
import { REPORTS_USAGE, reportsCommand } from "./reports-command";
import { WEBHOOKS_USAGE, webhooksCommand } from "./webhooks-command";

const USAGE = `msp-kpi — KPIs for managed service providers

Commands:
  ${IMPORT_USAGE.replaceAll("\n", "\n  ")}
  ${KPIS_USAGE.replaceAll("\n", "\n  ")}
  ${QBR_USAGE.replaceAll("\n", "\n  ")}
  ${WEBHOOKS_USAGE.replaceAll("\n", "\n  ")}
  ${DIGEST_USAGE.replaceAll("\n", "\n  ")}
  ${REPORTS_USAGE.replaceAll("\n", "\n  ")}

Database: DATABASE_URL (PostgreSQL) when set, else the embedded database in PGLITE_DIR (default .data/pglite).`;

const commands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  import: importCommand,
  kpis: kpisCommand,
  qbr: qbrCommand,
  webhooks: webhooksCommand,
  digest: digestCommand,
  reports: reportsCommand,
};

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${USAGE}`);
  return command(rest, io);
}

/**
 * Runs `msp-kpi <argv>` and returns its exit code: 2 for a usage error or a refusal, 3 for anything
 * unexpected. A function rather than a process, so tests run it in-process (bin/msp-kpi.mjs wraps it).
 */
export async function runCli(argv: string[], { env, ...io }: Omit<CliIo, "env"> & { env: NodeJS.ProcessEnv }): Promise<number> {
  try {
    return await dispatch(argv, { ...io, env: readEnv(env) });
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof AppError) {
      io.err(`Error: ${e.message}`);
      return 2;
    }
    io.err(e instanceof Error ? `Error: ${e.message}` : String(e));
    return 3;
  }
}
