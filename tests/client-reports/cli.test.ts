import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { saveClientReportSchedule } from "@/db/client-reports/schedules";
import { ensureJob } from "@/db/jobs/jobs";
import { startSmtpServer } from "../alerts-db/helpers";
import { cliTestTimeout, runCliAsync } from "../support/cli";
import { copyMigratedPglite, createTestOrg } from "../support/db";
import { readReportMail } from "./mail";

// `msp-kpi reports run-due`, as cron runs it: the client report due by the real clock is made and
// sent with its PDF, and the command exits.

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-reports-cli-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  copyMigratedPglite(env.PGLITE_DIR);
});

afterAll(async () => {
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("`reports run-due` makes and sends the due client report, then exits", async () => {
  const db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
  const orgId = await createTestOrg(db);
  const [client] = await db.query<{ id: number }>("insert into clients (org_id, name, source) values ($1, 'Cron Client', 'test') returning id", [orgId]);
  await saveClientReportSchedule(db, orgId, client!.id, { recipients: ["it@cron.example"], cadence: "quarterly", daysAfter: 3, holdForReview: false, locale: "en" }, null);
  // Planned earlier and due an hour ago by the real clock.
  await ensureJob(db, "client-report", `${orgId}:${client!.id}`, new Date(Date.now() - 3_600_000));
  await db.close();

  const run = await runCliAsync(["reports", "run-due"], { ...env, SMTP_URL: smtp.url });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toBe(`client-report ${orgId}:${client!.id}: done, late\nclient-report-outbox all: done\n2 of 2 due client report jobs done.\n`);
  expect(smtp.received.map((m) => m.to)).toEqual([["it@cron.example"]]);
  const mail = readReportMail(smtp.received[0]!.data);
  expect(mail.subject).toMatch(/: quarterly report for Cron Client, /);
  expect(mail.pdf?.text).toContain("Cron Client");
}, cliTestTimeout(1));
