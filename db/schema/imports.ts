import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { orgId, refId, rowId } from "./columns";
import { orgs } from "./orgs";

export const importRuns = pgTable(
  "import_runs",
  {
    orgId: orgId(),
    id: rowId(),
    kind: text("kind").notNull(),
    format: text("format").notNull(),
    fileName: text("file_name").notNull(),
    // The uploaded bytes are kept on disk (UPLOAD_DIR) under their hash, so a run can be replayed.
    filePath: text("file_path"),
    fileSha256: text("file_sha256"),
    fileBytes: bigint("file_bytes", { mode: "number" }),
    strict: boolean("strict").notNull().default(false),
    status: text("status").notNull().default("running"),
    rowsTotal: integer("rows_total").notNull().default(0),
    inserted: integer("inserted").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    startedBy: text("started_by").notNull().default("system"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    error: text("error"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "import_runs_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    index("import_runs_org_started").on(t.orgId, t.startedAt),
  ],
);

export const importRowErrors = pgTable(
  "import_row_errors",
  {
    orgId: orgId(),
    id: rowId(),
    importRunId: refId("import_run_id").notNull(),
    line: integer("line").notNull(),
    column: text("column"),
    value: text("value"),
    reason: text("reason").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "import_row_errors_run_fk",
      columns: [t.orgId, t.importRunId],
      foreignColumns: [importRuns.orgId, importRuns.id],
    }).onDelete("cascade"),
    index("import_row_errors_run_line").on(t.orgId, t.importRunId, t.line),
  ],
);

// A column mapping a user saved under a name, to reuse on the next export of the same layout.
export const columnMappings = pgTable(
  "column_mappings",
  {
    orgId: orgId(),
    id: rowId(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    mapping: jsonb("mapping").$type<Record<string, string>>().notNull(),
    options: jsonb("options").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "column_mappings_org_fk", columns: [t.orgId], foreignColumns: [orgs.id] }).onDelete("cascade"),
    uniqueIndex("column_mappings_org_name").on(t.orgId, t.name),
  ],
);
