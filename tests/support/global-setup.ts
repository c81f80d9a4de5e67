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

// Migrates once per run: a PGlite data folder (and its snapshot as a tarball), and (when
// TEST_DATABASE_URL is set) a PostgreSQL template database that each test file clones.
export default async function setup(project: TestProject): Promise<() => void> {
  const work = mkdtempSync(path.join(tmpdir(), "msp-kpi-pglite-"));
  const pgliteDir = path.join(work, "migrated");
  const pglite = await openDatabase({ kind: "pglite", dataDir: pgliteDir });
  const dump = await pglite.dumpDataDir!();
  await pglite.close();
  const snapshotPath = path.join(work, "snapshot.tar");
  writeFileSync(snapshotPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSnapshot", snapshotPath);
  project.provide("pgliteDir", pgliteDir);
  const cleanUp = () => rmSync(work, { recursive: true, force: true });

  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    project.provide("postgresTemplateUrl", null);
    return cleanUp;
  }
  const admin = await openDatabase({ kind: "postgres", url, max: 2, migrate: false });
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.close();
  const templateUrl = withDatabase(url, TEMPLATE_DB);
  const template = await openDatabase({ kind: "postgres", url: templateUrl, max: 2 });
  await template.close();
  project.provide("postgresTemplateUrl", templateUrl);
  return cleanUp;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
