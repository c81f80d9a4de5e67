import "server-only";
import type { SqlTableSource } from "../tables/sql-table";
import type { SqlRunner } from "../client";
import { shownActorSql } from "../auth/audit";

export interface RowErrorRow {
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface ImportRunRow {
  id: number;
  kind: string;
  format: string;
  file_name: string;
  file_bytes: number | null;
  strict: boolean;
  status: "running" | "completed" | "aborted" | "failed";
  rows_total: number;
  inserted: number;
  updated: number;
  rejected: number;
  /** who started it, as stored ("user:<id>", "token:<id>", "cli", "demo") */
  started_by: string;
  /** started_by as people read it: a member's e-mail, a token's name */
  started_by_shown: string;
  started_at: Date;
  finished_at: Date | null;
  duration_ms: number | null;
  error: string | null;
}

export interface NewImportRun {
  orgId: number;
  kind: string;
  format: string;
  fileName: string;
  filePath: string | null;
  fileSha256: string | null;
  fileBytes: number | null;
  strict: boolean;
  startedBy: string;
}

export async function createImportRun(db: SqlRunner, run: NewImportRun): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `insert into import_runs (org_id, kind, format, file_name, file_path, file_sha256, file_bytes, strict, started_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [run.orgId, run.kind, run.format, run.fileName, run.filePath, run.fileSha256, run.fileBytes, run.strict, run.startedBy],
  );
  if (!row) throw new Error("import run not created");
  return row.id;
}

export async function finishImportRun(
  db: SqlRunner,
  orgId: number,
  runId: number,
  result: { status: ImportRunRow["status"]; rowsTotal: number; inserted: number; updated: number; rejected: number; durationMs: number; error?: string | null },
): Promise<void> {
  await db.query(
    `update import_runs set status = $3, rows_total = $4, inserted = $5, updated = $6, rejected = $7,
       duration_ms = $8, error = $9, finished_at = now()
     where org_id = $1 and id = $2`,
    [orgId, runId, result.status, result.rowsTotal, result.inserted, result.updated, result.rejected, result.durationMs, result.error ?? null],
  );
}

export async function saveImportRowErrors(db: SqlRunner, orgId: number, runId: number, errors: RowErrorRow[]): Promise<void> {
  const BATCH = 5_000;
  for (let i = 0; i < errors.length; i += BATCH) {
    const batch = errors.slice(i, i + BATCH);
    await db.query(
      `insert into import_row_errors (org_id, import_run_id, line, "column", value, reason)
       select $1, $2, * from unnest($3::int[], $4::text[], $5::text[], $6::text[])`,
      [orgId, runId, batch.map((e) => e.line), batch.map((e) => e.column), batch.map((e) => e.value), batch.map((e) => e.reason)],
    );
  }
}

const RUN_COLUMNS = `id, kind, format, file_name, file_bytes, strict, status, rows_total, inserted, updated, rejected,
  started_by, ${shownActorSql("started_by")} as started_by_shown, started_at, finished_at, duration_ms, error`;

/** The org's import runs as a server-side table (the import history); sort and filter ids are its columns'. */
export function importRunsSource(orgId: number): SqlTableSource<ImportRunRow> {
  const text = (expr: string) => ({ expr, text: true });
  return {
    sql: `select ${RUN_COLUMNS} from import_runs where org_id = $1`,
    params: [orgId],
    sort: {
      when: { expr: "started_at" },
      file: text("file_name"),
      kind: text("kind"),
      format: text("format"),
      status: text("status"),
      rows: { expr: "rows_total" },
      inserted: { expr: "inserted" },
      updated: { expr: "updated" },
      rejected: { expr: "rejected" },
      duration: { expr: "duration_ms" },
      who: text("started_by_shown"),
    },
    search: ["file_name", "kind", "format", "status", "started_by_shown"],
    filters: {
      file: { expr: "file_name", kind: "text" },
      kind: { expr: "kind", kind: "select" },
      format: { expr: "format", kind: "select" },
      status: { expr: "status", kind: "select" },
      who: { expr: "started_by_shown", kind: "select" },
    },
    key: "id",
    toRow: (record) => record as unknown as ImportRunRow,
  };
}

export async function listImportRuns(db: SqlRunner, orgId: number, limit = 50): Promise<ImportRunRow[]> {
  return db.query<ImportRunRow>(
    `select ${RUN_COLUMNS} from import_runs where org_id = $1 order by started_at desc, id desc limit $2`,
    [orgId, limit],
  );
}

export async function getImportRun(db: SqlRunner, orgId: number, runId: number): Promise<ImportRunRow | null> {
  const [row] = await db.query<ImportRunRow>(
    `select ${RUN_COLUMNS} from import_runs where org_id = $1 and id = $2`,
    [orgId, runId],
  );
  return row ?? null;
}

export async function listImportRowErrors(db: SqlRunner, orgId: number, runId: number, limit = 10_000): Promise<RowErrorRow[]> {
  return db.query<RowErrorRow>(
    `select line, "column", value, reason from import_row_errors
     where org_id = $1 and import_run_id = $2 order by line, id limit $3`,
    [orgId, runId, limit],
  );
}
