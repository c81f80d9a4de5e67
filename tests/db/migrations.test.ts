import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { expect, it } from "vitest";

// drizzle's migrator applies only the migrations whose journal time (`when`) is later than that of
// the newest one a database has: a migration dated earlier than its predecessor is skipped on every
// database that already has the predecessor, with no error.

const FOLDER = path.resolve(import.meta.dirname, "../../drizzle");
const JOURNAL = path.join(FOLDER, "meta/_journal.json");

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

const journal = (): Journal => JSON.parse(readFileSync(JOURNAL, "utf8")) as Journal;

it("dates each migration in the journal later than the one before it", () => {
  const late = journal().entries.filter((entry, i, all) => i > 0 && entry.when <= all[i - 1]!.when);
  expect(late.map((e) => e.tag)).toEqual([]);
});

it("upgrades a database that has every migration but the last", async () => {
  const { entries } = journal();
  const older = mkdtempSync(path.join(tmpdir(), "msp-kpi-migrations-"));
  const pg = new PGlite();
  try {
    cpSync(FOLDER, older, { recursive: true });
    writeFileSync(path.join(older, "meta/_journal.json"), JSON.stringify({ ...journal(), entries: entries.slice(0, -1) }));
    const orm = drizzle(pg);
    await migrate(orm, { migrationsFolder: older });
    await migrate(orm, { migrationsFolder: FOLDER });
    const applied = await pg.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
    expect(applied.rows[0]?.n).toBe(entries.length);
  } finally {
    await pg.close();
    rmSync(older, { recursive: true, force: true });
  }
}, 60_000);
