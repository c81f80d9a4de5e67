import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { SqlTx } from "../client";
import { resolveClients, resolveDevices, resolveParentContracts, type UnresolvedRow } from "./resolve";
import { STAGE_TABLE } from "./staging";
import { analyzeIfGrown } from "./statistics";
import { mergeTechnicians, resolveTechnicians } from "./technicians";

export interface MergeCounts {
  inserted: number;
  updated: number;
  clientsCreated: number;
  techniciansCreated: number;
  unresolved: UnresolvedRow[];
}

interface MergeSpec {
  table: string;
  /** SQL expression (over staging row `s`) that is the record's external id. */
  externalId: string;
  conflict: string;
  joins: string;
  /** target column → SQL expression over `s` and the reference maps. */
  columns: Record<string, string>;
  /** columns an empty value does not overwrite: a later file without the column keeps what is known */
  keptWhenEmpty?: readonly string[];
}

const SPECS: Record<Exclude<ImportKind, "clients" | "technicians">, MergeSpec> = {
  contracts: {
    table: "contracts",
    externalId: "s.contract_id",
    conflict: "(org_id, source, external_id)",
    joins: "join client_map cm on cm.key = lower(s.client)",
    columns: {
      client_id: "cm.id",
      service: "s.service",
      monthly_value: "s.monthly_value",
      start_date: "s.start_date",
      end_date: "s.end_date",
      tier: "s.tier",
      units: "s.units",
      salesperson: "s.salesperson",
      monthly_cost: "s.monthly_cost",
    },
    keptWhenEmpty: ["monthly_cost"],
  },
  tickets: {
    table: "tickets",
    externalId: "s.ticket_id",
    conflict: "(org_id, source, external_id)",
    joins: "join client_map cm on cm.key = lower(s.client) left join technician_map tm on tm.key = lower(s.technician)",
    columns: {
      client_id: "cm.id",
      technician_id: "tm.id",
      created_at: "s.created_at",
      first_response_at: "s.first_response_at",
      resolved_at: "s.resolved_at",
      status: "s.status",
      priority: "s.priority",
      csat: "s.csat",
      subject: "s.subject",
      first_response_tracked: "coalesce(s.first_response_tracked, true)",
    },
  },
  time: {
    table: "time_entries",
    externalId: "s.entry_id",
    conflict: "(org_id, source, external_id)",
    joins: "join client_map cm on cm.key = lower(s.client) join technician_map tm on tm.key = lower(s.technician)",
    columns: {
      technician_id: "tm.id",
      client_id: "cm.id",
      work_date: "s.work_date",
      hours: "s.hours",
      billable: "s.billable",
      ticket_ref: "s.ticket_id",
      rate: "s.rate",
      amount: "s.amount",
      category: "s.category",
    },
    keptWhenEmpty: ["category"],
  },
  devices: {
    table: "devices",
    externalId: "s.device_id",
    conflict: "(org_id, source, external_id)",
    joins: "join client_map cm on cm.key = lower(s.client)",
    columns: {
      client_id: "cm.id",
      hostname: "s.hostname",
      kind: "s.kind",
      managed_since: "s.managed_since",
      retired_on: "s.retired_on",
      warranty_end: "s.warranty_end",
    },
  },
  "device-status": {
    table: "device_status",
    externalId: "s.device_id || '@' || to_char(s.observed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
    conflict: "(org_id, source, external_id)",
    joins: "join device_map dm on dm.key = lower(s.device_id)",
    columns: {
      device_id: "dm.id",
      observed_at: "s.observed_at",
      av_ok: "s.av_ok",
      patched: "s.patched",
      patches_missing: "s.patches_missing",
      backup_ok: "s.backup_ok",
      online: "s.online",
      last_seen_at: "s.last_seen_at",
    },
  },
};

/** The SQL expression (over staging row `s`) that is the external id the merge stores for a row of `kind`. */
export const stagedExternalId = (kind: keyof typeof SPECS) => SPECS[kind].externalId;

/** Insert-or-update by (org, source, external id); unchanged rows are neither inserted nor counted as updated. */
function upsertSql(spec: MergeSpec): string {
  const names = Object.keys(spec.columns);
  const target = names.map((n) => `t.${n}`).join(", ");
  const incomingOf = (n: string) => (spec.keptWhenEmpty?.includes(n) ? `coalesce(excluded.${n}, t.${n})` : `excluded.${n}`);
  const incoming = names.map(incomingOf).join(", ");
  return `with merged as (
    insert into ${spec.table} as t (org_id, source, external_id, import_run_id, ${names.join(", ")})
    select $1, $2, ${spec.externalId}, $3, ${Object.values(spec.columns).join(", ")}
    from ${STAGE_TABLE} s ${spec.joins}
    on conflict ${spec.conflict} do update set
      ${names.map((n) => `${n} = ${incomingOf(n)}`).join(", ")}, source = excluded.source,
      external_id = excluded.external_id, import_run_id = excluded.import_run_id, updated_at = now()
    where (${target}) is distinct from (${incoming})
    returning (xmax = 0) as inserted)
  select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated from merged`;
}

// Clients are matched by id first, then by name (a client first seen as a reference in a ticket
// has only a name), so they get their own merge instead of a single upsert.
const CLIENTS_SQL = `with matched as (
    select distinct on (s.client_id) s.client_id, s.name, s.segment,
      coalesce(
        (select c.id from clients c where c.org_id = $1 and c.source = $2 and c.external_id = s.client_id),
        (select c.id from clients c where c.org_id = $1 and lower(c.external_id) = lower(s.client_id) order by c.id limit 1),
        (select c.id from clients c where c.org_id = $1 and lower(c.name) = lower(s.name))) as id
    from ${STAGE_TABLE} s order by s.client_id, s.line desc),
  changed as (
    update clients c set name = m.name, segment = m.segment, source = $2, external_id = m.client_id,
      import_run_id = $3, updated_at = now()
    from matched m where c.org_id = $1 and c.id = m.id
      and (c.name, c.segment, c.source, c.external_id) is distinct from (m.name, m.segment, $2, m.client_id)
    returning 1),
  made as (
    insert into clients (org_id, name, segment, source, external_id, import_run_id)
    select $1, m.name, m.segment, $2, m.client_id, $3 from matched m where m.id is null
    on conflict do nothing returning 1)
  select (select count(*) from made)::int as inserted, (select count(*) from changed)::int as updated`;

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/**
 * Runs the upsert; when the file repeats an external id (PostgreSQL refuses to update one row
 * twice in a statement), keeps the last line of each id and runs it again.
 */
async function upsertKeepingLastDuplicate(tx: SqlTx, sql: string, params: unknown[], key: string) {
  type Counts = { inserted: number; updated: number };
  try {
    const rows = await tx.savepoint((sp) => sp.query<Counts>(sql, params));
    return rows[0] ?? { inserted: 0, updated: 0 };
  } catch (e) {
    if (errorCode(e) !== "21000") throw e;
    const keyOf = (alias: string) => key.replaceAll("s.", `${alias}.`);
    await tx.query(
      `delete from ${STAGE_TABLE} s using ${STAGE_TABLE} d where ${keyOf("s")} = ${keyOf("d")} and s.line < d.line`,
    );
    const rows = await tx.query<Counts>(sql, params);
    return rows[0] ?? { inserted: 0, updated: 0 };
  }
}

export async function mergeStaged(tx: SqlTx, kind: ImportKind, orgId: number, source: string, runId: number): Promise<MergeCounts> {
  const params = [orgId, source, runId];
  let clientsCreated = 0;
  let techniciansCreated = 0;
  let unresolved: UnresolvedRow[] = [];
  if (kind === "clients") {
    const [counts] = await tx.query<{ inserted: number; updated: number }>(CLIENTS_SQL, params);
    return { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0, clientsCreated, techniciansCreated, unresolved };
  }
  if (kind === "technicians") return { ...(await mergeTechnicians(tx, orgId, source, runId)), clientsCreated, techniciansCreated, unresolved };
  if (kind === "contracts") unresolved = await resolveParentContracts(tx, orgId, source);
  if (kind === "contracts" || kind === "tickets" || kind === "time" || kind === "devices") {
    clientsCreated = await resolveClients(tx, orgId, source, runId);
  }
  if (kind === "tickets" || kind === "time") techniciansCreated = await resolveTechnicians(tx, orgId, source, runId);
  if (kind === "device-status") unresolved = await resolveDevices(tx, orgId, source, runId);
  const spec = SPECS[kind];
  const counts = await upsertKeepingLastDuplicate(tx, upsertSql(spec), params, spec.externalId);
  await analyzeIfGrown(tx, spec.table, counts.inserted + counts.updated);
  return { ...counts, clientsCreated, techniciansCreated, unresolved };
}
