import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { SqlTx } from "../client";

type Column = readonly [name: string, pgType: string];

// Canonical fields of each kind as typed staging columns; COPY does the last type check.
const STAGING_COLUMNS: Record<ImportKind, readonly Column[]> = {
  clients: [["client_id", "text"], ["name", "text"], ["segment", "text"]],
  technicians: [
    ["technician", "text"], ["weekly_capacity_hours", "numeric"], ["active_from", "date"], ["active_to", "date"], ["role", "text"],
    ["technician_id", "text"], ["login", "text"], ["inactive", "boolean"], ["hourly_cost", "numeric"],
  ],
  contracts: [
    ["contract_id", "text"], ["client", "text"], ["service", "text"], ["monthly_value", "numeric"], ["start_date", "date"],
    ["end_date", "date"], ["tier", "text"], ["units", "numeric"], ["salesperson", "text"], ["parent_contract_id", "text"],
    ["monthly_cost", "numeric"],
  ],
  tickets: [
    ["ticket_id", "text"], ["client", "text"], ["created_at", "timestamptz"], ["first_response_at", "timestamptz"],
    ["resolved_at", "timestamptz"], ["status", "text"], ["priority", "text"], ["technician", "text"], ["csat", "smallint"],
    ["subject", "text"], ["first_response_tracked", "boolean"],
  ],
  time: [
    ["entry_id", "text"], ["technician", "text"], ["client", "text"], ["work_date", "date"], ["hours", "numeric"],
    ["billable", "boolean"], ["ticket_id", "text"], ["rate", "numeric"], ["amount", "numeric"], ["category", "text"],
  ],
  devices: [
    ["device_id", "text"], ["client", "text"], ["hostname", "text"], ["kind", "text"], ["managed_since", "date"],
    ["retired_on", "date"], ["warranty_end", "date"],
  ],
  "device-status": [
    ["device_id", "text"], ["observed_at", "timestamptz"], ["av_ok", "boolean"], ["patched", "boolean"],
    ["patches_missing", "integer"], ["backup_ok", "boolean"], ["online", "boolean"], ["last_seen_at", "timestamptz"],
    ["client", "text"], ["hostname", "text"],
  ],
};

export const STAGE_TABLE = "import_stage";

export async function createStagingTable(tx: SqlTx, kind: ImportKind): Promise<void> {
  const columns = STAGING_COLUMNS[kind].map(([name, type]) => `${name} ${type}`).join(", ");
  await tx.query(`create temp table ${STAGE_TABLE} (line integer not null, ${columns}) on commit drop`);
}

export function copyStatement(kind: ImportKind): string {
  const columns = ["line", ...STAGING_COLUMNS[kind].map(([name]) => name)].join(", ");
  return `copy ${STAGE_TABLE} (${columns}) from stdin with (format csv)`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  const text = String(value);
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/** One record as a CSV line in staging column order, with its source line number first. */
export function stagingLine(kind: ImportKind, line: number, record: Record<string, unknown>): string {
  let out = String(line);
  for (const [name] of STAGING_COLUMNS[kind]) out += "," + csvCell(record[name]);
  return out + "\n";
}
