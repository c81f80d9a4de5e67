import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    /** A migrated PGlite data folder, for tests whose child processes (the CLI) open a folder. */
    pgliteDir: string;
    postgresTemplateUrl: string | null;
  }
}

const TEMPLATE_DB = "msp_kpi_test_template";

interface TestDatabases {
  work: string;
  pgliteSnapshot: string;
  pgliteDir: string;
  postgresTemplateUrl: string | null;
}

/** A migrated PGlite folder and its snapshot (a gzipped tarball) in work/. */
async function migratePglite(work: string): Promise<{ pgliteDir: string; pgliteSnapshot: string }> {
  const pgliteDir = path.join(work, "migrated");
  const pglite = await openDatabase({ kind: "pglite", dataDir: pgliteDir });
  const dump = await pglite.dumpDataDir!();
  await pglite.close();
  const pgliteSnapshot = path.join(work, "snapshot.tar.gz");
  writeFileSync(pgliteSnapshot, Buffer.from(await dump.arrayBuffer()));
  return { pgliteDir, pgliteSnapshot };
}

/** A migrated PostgreSQL template database on the server at url, or null without one. */
async function migratePostgresTemplate(url: string | undefined): Promise<string | null> {
  if (!url) return null;
  const admin = await openDatabase({ kind: "postgres", url, max: 2, migrate: false });
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.close();
  const templateUrl = withDatabase(url, TEMPLATE_DB);
  const template = await openDatabase({ kind: "postgres", url: templateUrl, max: 2 });
  await template.close();
  return templateUrl;
}

async function prepareTestDatabases(): Promise<TestDatabases> {
  const work = mkdtempSync(path.join(tmpdir(), "msp-kpi-pglite-"));
  const [pglite, postgresTemplateUrl] = await Promise.all([migratePglite(work), migratePostgresTemplate(process.env.TEST_DATABASE_URL)]);
  return { work, ...pglite, postgresTemplateUrl };
}

// vitest runs this setup for every project (and the root config): the databases are migrated once
// per run, both kinds side by side, and shared, so each project does not wait ~6 s for its own.
const prepared = globalThis as { mspKpiTestDatabases?: Promise<TestDatabases>; mspKpiTestDatabaseUsers?: number };

// Migrates once per run: a PGlite data folder (and its snapshot as a tarball), and (when
// TEST_DATABASE_URL is set) a PostgreSQL template database that each test file clones.
export default async function setup(project: TestProject): Promise<() => void> {
  const databases = await (prepared.mspKpiTestDatabases ??= prepareTestDatabases());
  prepared.mspKpiTestDatabaseUsers = (prepared.mspKpiTestDatabaseUsers ?? 0) + 1;
  project.provide("pgliteSnapshot", databases.pgliteSnapshot);
  project.provide("pgliteDir", databases.pgliteDir);
  project.provide("postgresTemplateUrl", databases.postgresTemplateUrl);
  return () => {
    prepared.mspKpiTestDatabaseUsers = (prepared.mspKpiTestDatabaseUsers ?? 1) - 1;
    if (prepared.mspKpiTestDatabaseUsers === 0) rmSync(databases.work, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
