import { randomBytes } from "node:crypto";
import { cpSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { withDatabase } from "./global-setup";

export type TestDatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return inject("postgresTemplateUrl") ? ["pglite", "postgres"] : ["pglite"];
}

/** A clone of the PostgreSQL template: its URL, and how to drop it once every handle is closed. */
async function clonePostgresTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const templateUrl = inject("postgresTemplateUrl");
  if (!templateUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `msp_kpi_test_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ kind: "postgres", url: withDatabase(templateUrl, "postgres"), max: 1, migrate: false });
  const template = new URL(templateUrl).pathname.slice(1);
  await admin.query(`create database ${name} template ${template}`);
  return {
    url: withDatabase(templateUrl, name),
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

/**
 * The migrated snapshot as an uncompressed tarball PGlite reads without a copy. Each open used to
 * gunzip it and read it through Node 20's Blob, which copies a 43 MB blob chunk by chunk: together
 * ~0.25 of the ~1 CPU-s an open costs. Unzipped once per worker.
 */
let tarBytes: Uint8Array | undefined;
class TarBlob extends Blob {
  constructor(private readonly tar: Uint8Array) {
    super([], { type: "application/x-tar" });
  }
  override get size(): number {
    return this.tar.byteLength;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    // A copy: PGlite may keep or change what it is given, and the next open needs the original.
    return Promise.resolve(this.tar.slice().buffer);
  }
}
function snapshotTar(): Blob {
  tarBytes ??= gunzipSync(readFileSync(inject("pgliteSnapshot")));
  return new TarBlob(tarBytes);
}

/** A migrated database of its own: PGlite from the snapshot, or a clone of the PostgreSQL template. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === "pglite") {
    return openDatabase({ kind: "pglite", dataDir: "memory://", loadDataDir: snapshotTar(), sharedBuffers: "16MB" });
  }
  const clone = await clonePostgresTemplate();
  const db = await openDatabase({ kind: "postgres", url: clone.url, max: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      await clone.drop();
    },
  };
}

/**
 * Two app instances' handles on one database: on PostgreSQL two connection pools, as two servers
 * would hold; PGlite allows one handle per folder, so there both instances share it.
 */
export async function openTwoInstances(kind: TestDatabaseKind): Promise<{ first: Database; second: Database; close: () => Promise<void> }> {
  if (kind === "pglite") {
    const db = await openTestDatabase(kind);
    return { first: db, second: db, close: () => db.close() };
  }
  const clone = await clonePostgresTemplate();
  const first = await openDatabase({ kind: "postgres", url: clone.url, max: 4 });
  const second = await openDatabase({ kind: "postgres", url: clone.url, max: 4 });
  return {
    first,
    second,
    async close() {
      await Promise.all([first.close(), second.close()]);
      await clone.drop();
    },
  };
}

/**
 * Fills dataDir with a migrated PGlite folder, so the first process that opens it (a CLI child
 * process, say) does not spend its time limit on initdb and every migration.
 */
export function copyMigratedPglite(dataDir: string): void {
  cpSync(inject("pgliteDir"), dataDir, { recursive: true });
}

/** Runs the suite once per database kind, each with a fresh database shared by its tests. */
export function describeEachDatabase(name: string, suite: (db: () => Database) => void): void {
  describe.each(testDatabaseKinds())(`${name} [%s]`, (kind) => {
    let db: Database | undefined;
    beforeAll(async () => {
      db = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await db?.close();
    });
    suite(() => {
      if (!db) throw new Error("database not open yet");
      return db;
    });
  });
}

/** A fresh org with default settings, so tests sharing a database never see each other's rows. */
export async function createTestOrg(db: Database, slug = `org-${randomBytes(4).toString("hex")}`): Promise<number> {
  const [org] = await db.query<{ id: number }>("insert into orgs (name, slug) values ($1, $1) returning id", [slug]);
  if (!org) throw new Error("org not created");
  await db.query("insert into org_settings (org_id) values ($1)", [org.id]);
  return org.id;
}

/** The org's audit log as stored, newest first (details parsed from JSON). */
export async function auditEntries(db: Database, orgId: number): Promise<{ actor: string; action: string; subject: string | null; details: unknown }[]> {
  return db.query("select actor, action, subject, details from audit_log where org_id = $1 order by at desc, id desc", [orgId]);
}
