import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { getDigestSubscriptionByEmail } from "@/db/digest/subscriptions";
import { buildDigest } from "@/server/digest/build";
import { digestJob } from "@/server/digest/job";
import { openCliDatabase, UsageError, type CliIo } from "./context";
import { runDueOnce } from "./run-due";

export const DIGEST_USAGE = `msp-kpi digest --preview --user EMAIL [--out FILE]
  --preview     render the weekly digest the member would get now (last full week) without sending it
  --user        the member's e-mail address
  --out         write the HTML there (default: print it); the plain-text part goes to FILE.txt
msp-kpi digest run-due
  sends the digests that are due now, once, and exits (for cron setups instead of the app's job runner; needs SMTP_URL)`;

export async function digestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { preview: { type: "boolean" }, user: { type: "string" }, out: { type: "string" } },
  });
  if (positionals.length === 1 && positionals[0] === "run-due" && !values.preview) {
    return runDueOnce(io, (smtpUrl) => [digestJob({ smtpUrl })], { what: "digests", done: "sent" });
  }
  if (positionals.length > 0 || !values.preview || !values.user) throw new UsageError(DIGEST_USAGE);
  const { db } = await openCliDatabase(io.env);
  try {
    const member = await getDigestSubscriptionByEmail(db, values.user);
    if (!member) throw new UsageError(`No member has the e-mail address ${values.user}.`);
    const { mail } = await buildDigest(db, member, { now: new Date() });
    if (!values.out) {
      io.out(mail.html);
      return 0;
    }
    writeFileSync(values.out, mail.html);
    writeFileSync(`${values.out}.txt`, mail.text);
    io.out(`${mail.subject}\nWrote ${values.out} and ${values.out}.txt.`);
    return 0;
  } finally {
    await db.close();
  }
}
