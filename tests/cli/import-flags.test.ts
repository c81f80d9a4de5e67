import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { saveColumnMapping } from "@/db/queries/column-mappings";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { cliTestTimeout, queryCliDatabase, runCli } from "../support/cli";
import { copyMigratedPglite } from "../support/db";

// The import command can do what the Imports page can: map columns, set the time zone, date order,
// decimal comma, encoding and delimiter, use a saved mapping; and it says what a file lacks.

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-flags-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
copyMigratedPglite(env.PGLITE_DIR);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const query = <T>(sql: string) => queryCliDatabase<T>(env.PGLITE_DIR, sql);

const json = (run: { code: number | null; stdout: string; stderr: string }) => {
  expect(run.stderr.replace(/.*\r/g, "").trim(), run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown> & { notices: { messages: string[] } };
};

// every CLI run starts a process and opens the database: seconds each on a busy machine
describe("msp-kpi import: reading flags", () => {
  const halo = file("halo-report.csv", ["Ref,Customer,Logged,Agent,Priority", "H-1,Acme,04/03/2026 10:00,Leon Wolf,P2", ""].join("\n"));

  it("--map field=Header (repeatable) and --time-zone: a file no preset knows imports as mapped", async () => {
    const run = await runCli(
      ["import", halo, "--kind", "tickets", "--map", "ticket_id=Ref", "--map", "client=Customer", "--map", "created_at=Logged", "--map", "technician=Agent",
        "--date-order", "dmy", "--time-zone", "America/New_York", "--json"],
      env,
    );
    const out = json(run);
    expect(out).toMatchObject({ kind: "tickets", inserted: 1, rejected: 0 });
    const rows = await query<{ external_id: string; created: string; technician: string }>(
      `select t.external_id, to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as created, p.name as technician
       from tickets t join technicians p on p.org_id = t.org_id and p.id = t.technician_id`,
    );
    // 4 March (day first) 10:00 in New York = 15:00 UTC
    expect(rows).toEqual([{ external_id: "H-1", created: "2026-03-04 15:00", technician: "Leon Wolf" }]);
  }, cliTestTimeout(1));

  it("--date-order, --decimal-comma, --encoding and --delimiter are used as given", async () => {
    // Windows-1252 bytes: "ü" is 0xfc
    const text = "entry_id|technician|client|work_date|hours|billable\nF1|Jürgen|Müller GmbH|04/03/2026|1,500|yes\n";
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const cp1252 = file("pipes.csv", bytes);
    const flags = ["--kind", "time", "--delimiter", "pipe", "--encoding", "windows-1252", "--date-order", "mdy", "--decimal-comma", "--json"];
    expect(json(await runCli(["import", cp1252, ...flags], env))).toMatchObject({ inserted: 1, rejected: 0 });
    const [entry] = await query<{ work_date: string; hours: string; client: string }>(
      `select to_char(e.work_date, 'YYYY-MM-DD') as work_date, e.hours::text as hours, c.name as client
       from time_entries e join clients c on c.org_id = e.org_id and c.id = e.client_id where e.external_id = 'F1'`,
    );
    expect(entry).toEqual({ work_date: "2026-04-03", hours: "1.5", client: "Müller GmbH" });
    // the wrong delimiter finds no columns: the flag is not ignored
    const wrong = await runCli(["import", cp1252, "--kind", "time", "--delimiter", ";"], env);
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringContaining("Required columns not found for time") });
  }, cliTestTimeout(2));

  it("--mapping NAME uses a mapping saved on the Imports page; flags win over it", async () => {
    const db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
    try {
      await saveColumnMapping(db, await getDefaultOrgId(db), {
        name: "Halo ticket report",
        kind: "tickets",
        mapping: { ticket_id: "Ref", client: "Customer", created_at: "Logged", technician: "Agent" },
        options: { format: "halopsa", dateOrder: "mdy" },
      });
    } finally {
      await db.close();
    }
    const second = file("halo-report-2.csv", ["Ref,Customer,Logged,Agent,Priority", "H-2,Acme,04/03/2026 10:00,Leon Wolf,P2", ""].join("\n"));
    const out = json(await runCli(["import", second, "--mapping", "Halo ticket report", "--time-zone", "UTC", "--json"], env));
    expect(out).toMatchObject({ kind: "tickets", format: "halopsa", inserted: 1 });
    const [byMapping] = await query<{ created: string }>("select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as created from tickets where external_id = 'H-2'");
    expect(byMapping).toEqual({ created: "2026-04-03 10:00" }); // the saved month-first order
    json(await runCli(["import", second, "--mapping", "halo ticket report", "--date-order", "dmy", "--time-zone", "UTC", "--json"], env));
    const [byFlag] = await query<{ created: string }>("select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as created from tickets where external_id = 'H-2'");
    expect(byFlag).toEqual({ created: "2026-03-04 10:00" });
    expect(await runCli(["import", second, "--mapping", "Nope"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('No saved mapping "Nope". Saved mappings: "Halo ticket report".') });
  }, cliTestTimeout(3));

  it("bad flag values are usage errors (exit 2)", async () => {
    expect(await runCli(["import", halo, "--date-order", "dym"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("--date-order") });
    expect(await runCli(["import", halo, "--time-zone", "Mars/Olympus"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown time zone") });
    expect(await runCli(["import", halo, "--map", "technician"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("field=Header") });
    expect(await runCli(["import", halo, "--delimiter", "x"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("--delimiter") });
  }, cliTestTimeout(4));
});

describe("msp-kpi import: what a file lacks", () => {
  it("a people list is read as technicians where a technicians preset fills it, and refused naming both kinds and --kind where none does", async () => {
    const agents = file("agents.csv", "id,name,email,initials,team,isdisabled,jobtitle\n71,Lena Vogt,lena@msp.example,LV,1st Line,false,Engineer\n");
    expect(json(await runCli(["import", agents, "--json"], env))).toMatchObject({ kind: "technicians", format: "halopsa", inserted: 1 });
    const run = await runCli(["import", agents, "--format", "generic"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could hold technicians \(generic\) or clients \(generic\); say which with --kind technicians or --kind clients/);
  }, cliTestTimeout(2));

  it("--json and the summary list unused look-alike columns and the figures the file cannot feed", async () => {
    const tickets = file("itflow-tickets.csv", ["Ticket Number,Client,Date Opened,Priority,Subject,Agent", "TCK-9,Acme,2026-03-04 10:00:00,High,Printer,Leon Wolf", ""].join("\n"));
    const out = json(await runCli(["import", tickets, "--json"], env));
    expect(out).toMatchObject({ kind: "tickets", format: "itflow", inserted: 1 });
    expect(out.notices).toMatchObject({
      unusedColumns: [{ column: "Agent", field: "technician" }],
      cannotFeed: expect.arrayContaining(["first_response", "csat", "resolution", "ticket_technician"]),
    });
    expect(out.notices.messages).toContain("column 'Agent' not used — map it to technician?");
    expect(out.notices.messages).toContain("no first-response times: SLA met and first response stay empty for these tickets");
    const text = (await runCli(["import", tickets], env)).stdout;
    expect(text).toContain("column 'Agent' not used — map it to technician?");
    expect(text).toContain("no first-response times");
  }, cliTestTimeout(2));
});
