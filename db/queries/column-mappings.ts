import "server-only";
import type { SqlRunner } from "../client";

export interface SavedMapping {
  id: number;
  name: string;
  kind: string;
  mapping: Record<string, string>;
  options: Record<string, unknown>;
}

export async function listColumnMappings(db: SqlRunner, orgId: number): Promise<SavedMapping[]> {
  return db.query<SavedMapping>(
    "select id, name, kind, mapping, options from column_mappings where org_id = $1 order by name",
    [orgId],
  );
}

/** Saves (or replaces) a named mapping. */
export async function saveColumnMapping(
  db: SqlRunner,
  orgId: number,
  mapping: Omit<SavedMapping, "id">,
): Promise<SavedMapping> {
  const [row] = await db.query<SavedMapping>(
    `insert into column_mappings (org_id, name, kind, mapping, options) values ($1, $2, $3, $4::text::jsonb, $5::text::jsonb)
     on conflict (org_id, name) do update set kind = excluded.kind, mapping = excluded.mapping, options = excluded.options
     returning id, name, kind, mapping, options`,
    [orgId, mapping.name, mapping.kind, JSON.stringify(mapping.mapping), JSON.stringify(mapping.options)],
  );
  if (!row) throw new Error("mapping not saved");
  return row;
}
