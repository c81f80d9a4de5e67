import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliTestTimeout, queryCliDatabase, runCli } from "../support/cli";

// The acceptance set of fixtures/scorecards goes in through `msp-kpi import`, one file per run,
// into a fresh embedded database: tickets with technicians and CSAT, contracts with salespeople
// (some replacing earlier contracts of the same service), Leon Wolf both technician and salesperson.
// Peer reviews are given in the app, not imported: the test writes the README's four. `kpis --json`
// must then give the scorecards fixtures/scorecards/README.md works out by hand.

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/scorecards");
const FILES = [
  ["clients.csv", "clients"],
  ["technicians.csv", "technicians"],
  ["contracts.csv", "contracts"],
  ["tickets.csv", "tickets"],
] as const;

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-scorecards-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REVIEWS = [
  ["2026-Q1", "Leon Wolf", "Anna Berg", 4],
  ["2026-Q1", "Mia Schulz", "Anna Berg", 5],
  ["2026-Q1", "Leon Wolf", "Mia Schulz", 3],
  ["2025-Q4", "Anna Berg", "Leon Wolf", 2],
] as const;

const card = (tickets_resolved: number, csat: number | null, csat_positive: number | null, sla_met: number | null, first_response_minutes: number | null, peer_review: number | null) =>
  ({ tickets_resolved, csat, csat_positive, sla_met, first_response_minutes, peer_review });
const sales = (booked_upsell_mrr: number, booked_new_service_mrr: number, new_service_share: number | null) =>
  ({ booked_upsell_mrr, booked_new_service_mrr, new_service_share });

describe("fixtures/scorecards through msp-kpi import", () => {
  it("imports every file without a rejected row; the peer reviews go in as the app stores them", async () => {
    for (const [name, kind] of FILES) {
      const run = await runCli(["import", path.join(FIXTURES, name), "--json"], env);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ kind, format: "generic", rejected: 0 });
    }
    const values = REVIEWS.map(([q, from, to, score]) => `('${q}', '${from}', '${to}', ${score})`).join(", ");
    await queryCliDatabase(env.PGLITE_DIR, `insert into peer_reviews (org_id, quarter, reviewer_id, reviewee_id, score)
      select a.org_id, r.quarter, a.id, b.id, r.score from (values ${values}) as r(quarter, reviewer, reviewee, score)
        join technicians a on a.name = r.reviewer join technicians b on b.org_id = a.org_id and b.name = r.reviewee`);
    expect(await queryCliDatabase(env.PGLITE_DIR, "select count(*)::int as n from peer_reviews")).toEqual([{ n: 4 }]);
  }, cliTestTimeout(FILES.length + 1));

  it("gives kpis --json the hand-worked scorecards of March 2026 and of the previous period", async () => {
    const run = await runCli(["kpis", "--from", "2026-03-01", "--to", "2026-03-31", "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.scorecards).toEqual({
      technicians: {
        "Anna Berg": card(4, 4, 0.75, 0.75, 32.5, 4.5),
        "Leon Wolf": card(2, 3, 0, 0.5, 37.5, null),
        "Mia Schulz": card(1, 5, 1, 1, 30, 3),
      },
      salespeople: {
        "Leon Wolf": sales(1600, 450, 0.2195),
        "Sven Richter": sales(2400, 1200, 0.3333),
      },
    });
    expect(report.previous.scorecards).toEqual({
      technicians: {
        "Anna Berg": card(1, 3, 0, 0.5, 75, 4.5),
        "Leon Wolf": card(1, 4, 1, 1, 40, null),
        "Mia Schulz": card(1, 5, 1, null, null, 3),
      },
      salespeople: {
        "Leon Wolf": sales(0, 250, 1),
        "Sven Richter": sales(1200, 150, 0.1111),
      },
    });
  }, cliTestTimeout(1));
});
