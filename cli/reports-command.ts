import { clientReportJobs } from "@/server/client-reports/job";
import { UsageError, type CliIo } from "./context";
import { runDueOnce } from "./run-due";

export const REPORTS_USAGE = `msp-kpi reports run-due
  makes the scheduled client reports that are due now (held ones wait in Reports → Outbox) and sends
  the due ones, including approved reports and retries, once, and exits (for cron setups; needs SMTP_URL)`;

export async function reportsCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0] !== "run-due") throw new UsageError(REPORTS_USAGE);
  return runDueOnce(io, (smtpUrl) => clientReportJobs({ smtpUrl }), { what: "client report jobs", done: "done" });
}
