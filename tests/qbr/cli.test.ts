import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { cliTestTimeout, runCli } from "../support/cli";
import { copyMigratedPglite } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "../dashboard-pages/fixture";
import { seedDataset } from "../dashboard-pages/seed";

// `msp-kpi qbr` in a child process against a PGlite folder of its own; the PDFs are read back with
// poppler's pdftotext and pdfinfo, as a person opening them would see them.

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-qbr-cli-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
copyMigratedPglite(env.PGLITE_DIR);
const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);

beforeAll(async () => {
  const db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
  try {
    const orgId = await getDefaultOrgId(db);
    await seedDataset(db, orgId, smallBusiness(), SETTINGS);
    await db.query("update orgs set name = 'Kontor IT Services' where id = $1", [orgId]);
    // Names without a Latin letter once all became "qbr-client-…" and overwrote each other.
    await db.query("insert into clients (org_id, name, source) values ($1, '東京商事株式会社', 'test'), ($1, 'ООО Ромашка', 'test')", [orgId]);
    const [acme] = await db.query<{ id: number }>("select id from clients where org_id = $1 and name = 'Acme'", [orgId]);
    await db.query("insert into qbr_notes (org_id, client_id, period_from, period_to, notes, updated_by) values ($1, $2, $3, $4, $5, 'test')", [
      orgId, acme!.id, PERIOD.from, PERIOD.to, "Offer the Security bundle before the renewal.",
    ]);
  } finally {
    await db.close();
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("msp-kpi qbr (CLI)", () => {
  it("--client writes a PDF: a cover with the MSP, client and period, then the figures, page numbers in the footer", async () => {
    const out = path.join(dir, "acme.pdf");
    const run = await runCli(["qbr", "--client", "acme", "--from", PERIOD.from, "--to", PERIOD.to, "--out", out], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}: QBR of Acme, 2026-03-01 … 2026-03-31.`);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const text = pdfText(out);
    const [cover = "", ...rest] = text.split("\f");
    expect(cover).toContain("Kontor IT Services");
    expect(cover).toContain("QUARTERLY BUSINESS REVIEW");
    expect(cover).toContain("Acme");
    expect(cover).toContain("March 1, 2026 – March 31, 2026");
    expect(cover).toMatch(new RegExp(`Page 1 of ${pages}`));
    const body = rest.join("\n");
    expect(body).toContain("Patched devices rose from 0 % to 100 %.");
    expect(body).toContain("Warranty coverage fell from 100 % to 50 %."); // SLA (−40 pp) is the fifth movement: left out
    expect(body).toMatch(/Patching\s+100\.0 %\s+0\.0 %\s+▲ \+100\.0 pp/);
    expect(body).toMatch(/Ticketing \(SLA met\)\s+60\.0 %\s+100\.0 %\s+▼ -40\.0 pp/);
    expect(body).toMatch(/March 2026\s+7\s+5\.5 h\s+1\.3 h/);
    expect(body).toContain("Security"); // the suggestion
    expect(body).toContain("Offer the Security bundle before the renewal.");
    expect(body).toContain(`Page ${pages} of ${pages}`);
  }, cliTestTimeout(1));

  it("--locale de writes the German report", async () => {
    const out = path.join(dir, "acme-de.pdf");
    const run = await runCli(["qbr", "--client", "Acme", "--from", PERIOD.from, "--to", PERIOD.to, "--out", out, "--locale", "de"], env);
    expect(run.code, run.stderr).toBe(0);
    const text = pdfText(out);
    expect(text).toContain("QUARTALSBERICHT (QBR)");
    expect(text).toContain("Der Anteil gepatchter Geräte stieg von 0 % auf 100 %.");
    expect(text).toContain("Seite 1 von");
  }, cliTestTimeout(1));

  it("--all writes one PDF per client into the folder, named apart in any script", async () => {
    const out = path.join(dir, "all");
    const run = await runCli(["qbr", "--all", "--from", PERIOD.from, "--to", PERIOD.to, "--out", out], env);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "qbr-acme-2026-03-01-2026-03-31.pdf",
      "qbr-beta-2026-03-01-2026-03-31.pdf",
      "qbr-gamma-2026-03-01-2026-03-31.pdf",
      "qbr-ооо-ромашка-2026-03-01-2026-03-31.pdf",
      "qbr-東京商事株式会社-2026-03-01-2026-03-31.pdf",
    ]);
    expect(pdfText(path.join(out, "qbr-gamma-2026-03-01-2026-03-31.pdf"))).toContain("No managed devices at the end of the period.");
    expect(pdfText(path.join(out, "qbr-ооо-ромашка-2026-03-01-2026-03-31.pdf"))).toContain("ООО Ромашка");
    expect(run.stdout).toContain("Wrote 5 QBR PDFs");
  }, cliTestTimeout(1));

  it("exit 2 for an unknown client, a missing --out, both or neither of --client/--all, or a bad period", async () => {
    const cases: [string[], RegExp][] = [
      [["qbr", "--client", "Nobody", "--out", path.join(dir, "x.pdf")], /No client named "Nobody"/],
      [["qbr", "--client", "Acme"], /--out is required/],
      [["qbr", "--client", "Acme", "--all", "--out", dir], /either --client NAME or --all/],
      [["qbr", "--out", dir], /either --client NAME or --all/],
      [["qbr", "--all", "--from", "2026-03-01", "--out", dir], /--from and --to go together/],
      [["qbr", "--all", "--from", "2026-04-01", "--to", "2026-03-31", "--out", dir], /--from: must not be after to/],
      [["qbr", "--all", "--out", dir, "--locale", "fr"], /--locale: expected en or de/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, env);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  }, cliTestTimeout(7));
});
