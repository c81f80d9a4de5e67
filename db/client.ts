import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle as drizzleProxy } from "drizzle-orm/pg-proxy";
import postgres from "postgres";
import { lockPgliteDir } from "./pglite-lock";
import * as schema from "./schema";

/** drizzle's query builder over the tables of db/schema (no relational queries). */
export type Orm = PgDatabase<PgQueryResultHKT>;

/** Raw SQL with `$1` placeholders. Results: numeric → string, int8 → number, date → "YYYY-MM-DD", timestamptz → Date. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * drizzle on the same connection or transaction as `query`, for the simple CRUD modules, so a
   * renamed column fails the type check. It cannot open transactions: use `Database.transaction`.
   */
  orm: Orm;
}

export interface SqlTx extends SqlRunner {
  /** Streams CSV text into a `COPY … FROM STDIN WITH (FORMAT csv)` statement. */
  copyFrom(copyStatement: string, chunks: AsyncIterable<string>): Promise<void>;
  /** Runs fn inside a savepoint: if it throws, only its own work is rolled back, and the error rethrown. */
  savepoint<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

export interface Database extends SqlRunner {
  kind: "pglite" | "postgres";
  /** drizzle on the driver itself, able to open its own transactions: for libraries that need that (better-auth). */
  driverOrm: PgDatabase<PgQueryResultHKT, typeof schema>;
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a gzipped tarball, to start other instances from (tests). */
  dumpDataDir?(): Promise<Blob>;
}

export type DatabaseOptions =
  | { kind: "postgres"; url: string; max?: number; /** false: admin connections (create/drop database) */ migrate?: boolean }
  | {
      kind: "pglite";
      dataDir: string;
      loadDataDir?: Blob;
      /**
       * PostgreSQL's shared_buffers; PGlite's default of 128MB costs ~0.3 CPU-s to set up on each
       * open, which a test's database of a few MB does not need.
       */
      sharedBuffers?: string;
    };

const migrationsFolder = path.join(process.cwd(), "drizzle");
// One lock id for "migrating": several app instances may start at once against one server.
const MIGRATION_LOCK = 7_301_001;

type RunRows = (text: string, params: unknown[], rowMode: "array" | "object", typings: unknown[]) => Promise<unknown[]>;

// drizzle's proxy driver over a connection or transaction we already hold. Built without the
// schema, which costs milliseconds per handle: transactions and savepoints each get their own.
function ormOver(run: RunRows): Orm {
  return drizzleProxy(async (text, params, method, typings = []) => ({
    rows: await run(text, params, method === "all" ? "array" : "object", typings),
  })) as unknown as Orm;
}

const pgliteParsers = {
  20: (v: string) => Number(v),
  1700: (v: string) => v,
  1082: (v: string) => v,
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === "postgres" ? openPostgres(options.url, options.max, options.migrate ?? true) : openPglite(options);
}

async function openPglite(options: Extract<DatabaseOptions, { kind: "pglite" }>): Promise<Database> {
  const inMemory = options.dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(path.resolve(options.dataDir), { recursive: true });
  const unlock = inMemory ? () => undefined : lockPgliteDir(options.dataDir);
  const startParams = options.sharedBuffers ? [...PGlite.defaultStartParams, "-c", `shared_buffers=${options.sharedBuffers}`] : undefined;
  const pg = new PGlite(options.dataDir, { loadDataDir: options.loadDataDir, parsers: pgliteParsers, startParams });
  await pg.exec("SET TIME ZONE 'UTC'");
  const driverOrm = drizzlePglite(pg, { schema });
  const runner = (q: Pick<PGlite, "query">): SqlRunner => ({
    query: async <T,>(text: string, params: unknown[] = []) => (await q.query<T>(text, params)).rows,
    orm: ormOver(async (text, params, rowMode) => (await q.query(text, params, { rowMode })).rows),
  });
  const db: Database = {
    kind: "pglite",
    driverOrm,
    ...runner(pg),
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          ...runner(tx),
          async copyFrom(statement, chunks) {
            // PGlite has no COPY streaming; each chunk becomes one COPY from an in-memory blob.
            const blobStatement = statement.replace(/from\s+stdin/i, "FROM '/dev/blob'");
            for await (const chunk of chunks) {
              if (chunk.length > 0) await tx.query(blobStatement, [], { blob: new Blob([chunk]) });
            }
          },
          async savepoint(inner) {
            await tx.query("savepoint sp");
            try {
              const result = await inner(runner(tx));
              await tx.query("release savepoint sp");
              return result;
            } catch (e) {
              await tx.query("rollback to savepoint sp");
              throw e;
            }
          },
        }),
      ),
    close: async () => {
      await pg.close();
      unlock();
    },
    // Mostly zeros (a 16 MB WAL segment, empty pages): 43 MB as a tarball, 6 MB gzipped, which
    // each load then reads and copies in a seventh of the time.
    dumpDataDir: () => pg.dumpDataDir("gzip"),
  };
  await migratePglite(driverOrm, { migrationsFolder });
  await ensureDefaultOrg(db);
  return db;
}

async function openPostgres(url: string, max = 10, migrate = true): Promise<Database> {
  const common = { onnotice: () => undefined, connection: { TimeZone: "UTC" } } as const;
  // drizzle rewrites the parsers of the client it is given, so raw work gets a client of its own.
  const ormClient = postgres(url, { ...common, max: Math.max(2, Math.floor(max / 2)) });
  const sql = postgres(url, {
    ...common,
    max,
    types: {
      bigint: { to: 20, from: [20], serialize: (v: number) => String(v), parse: (v: string) => Number(v) },
      date: { to: 1082, from: [1082], serialize: (v: string) => v, parse: (v: string) => v },
    },
  });
  const driverOrm = drizzlePostgres(ormClient, { schema });
  const unsafe = (q: postgres.Sql | postgres.TransactionSql, text: string, params: unknown[]) =>
    q.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
  const runner = (q: postgres.Sql | postgres.TransactionSql): SqlRunner => ({
    query: async <T,>(text: string, params: unknown[] = []) => (await unsafe(q, text, params)) as unknown as T[],
    orm: ormOver(async (text, params, rowMode, typings) => {
      // drizzle hands JSON values over as text; this client's jsonb serializer would encode them again.
      const values = params.map((value, i) => (typings[i] === "json" && typeof value === "string" ? JSON.parse(value) : value));
      const rows = unsafe(q, text, values);
      return rowMode === "array" ? rows.values() : rows;
    }),
  });
  const db: Database = {
    kind: "postgres",
    driverOrm,
    ...runner(sql),
    transaction: async (fn) =>
      (await sql.begin((tx) =>
        fn({
          ...runner(tx),
          async copyFrom(statement, chunks) {
            const stream = (await tx.unsafe(statement).writable()) as Writable;
            await pipeline(Readable.from(chunks), stream);
          },
          // postgres.js fails the whole transaction after any failed query unless it ran in tx.savepoint.
          savepoint: async (inner) => (await tx.savepoint((sp) => inner(runner(sp)))) as Awaited<ReturnType<typeof inner>>,
        }),
      )) as Awaited<ReturnType<typeof fn>>,
    close: async () => {
      await Promise.all([sql.end({ timeout: 5 }), ormClient.end({ timeout: 5 })]);
    },
  };
  if (!migrate) return db;
  await db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await migratePostgres(driverOrm, { migrationsFolder });
  });
  await ensureDefaultOrg(db);
  return db;
}

async function ensureDefaultOrg(db: SqlRunner): Promise<void> {
  await db.query(
    "insert into orgs (name, slug) values ('My MSP', 'default') on conflict (slug) do nothing",
  );
  await db.query(
    "insert into org_settings (org_id) select id from orgs where slug = 'default' on conflict do nothing",
  );
}
