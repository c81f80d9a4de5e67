import { AppError } from "@/lib/errors";
import { UsageError } from "./context";
import { DIGEST_USAGE, digestCommand } from "./digest-command";
import { IMPORT_USAGE, importCommand } from "./import-command";
import { KPIS_USAGE, kpisCommand } from "./kpis-command";
import { QBR_USAGE, qbrCommand } from "./qbr-command";
import { WEBHOOKS_USAGE, webhooksCommand } from "./webhooks-command";

const USAGE = `msp-kpi — KPIs for managed service providers

Commands:
  ${IMPORT_USAGE.replaceAll("\n", "\n  ")}
  ${KPIS_USAGE.replaceAll("\n", "\n  ")}
  ${QBR_USAGE.replaceAll("\n", "\n  ")}
  ${WEBHOOKS_USAGE.replaceAll("\n", "\n  ")}
  ${DIGEST_USAGE.replaceAll("\n", "\n  ")}

Database: DATABASE_URL (PostgreSQL) when set, else the embedded database in PGLITE_DIR (default .data/pglite).`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  import: importCommand,
  kpis: kpisCommand,
  qbr: qbrCommand,
  webhooks: webhooksCommand,
  digest: digestCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${USAGE}`);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(e.message);
      process.exit(2);
    }
    if (e instanceof AppError) {
      console.error(`Error: ${e.message}`);
      process.exit(2);
    }
    console.error(e instanceof Error ? `Error: ${e.message}` : e);
    process.exit(3);
  },
);
