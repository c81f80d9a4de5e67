import "server-only";
import { asc, eq } from "drizzle-orm";
import type { SqlRunner } from "../client";
import { columnMappings } from "../schema";

export interface SavedMapping {
  id: number;
  name: string;
  kind: string;
  mapping: Record<string, string>;
  options: Record<string, unknown>;
}

const savedMapping = {
  id: columnMappings.id,
  name: columnMappings.name,
  kind: columnMappings.kind,
  mapping: columnMappings.mapping,
  options: columnMappings.options,
};

export async function listColumnMappings(db: SqlRunner, orgId: number): Promise<SavedMapping[]> {
  return db.orm.select(savedMapping).from(columnMappings).where(eq(columnMappings.orgId, orgId)).orderBy(asc(columnMappings.name));
}

/** Saves (or replaces) a named mapping. */
export async function saveColumnMapping(
  db: SqlRunner,
  orgId: number,
  mapping: Omit<SavedMapping, "id">,
): Promise<SavedMapping> {
  const [row] = await db.orm
    .insert(columnMappings)
    .values({ orgId, ...mapping })
    .onConflictDoUpdate({
      target: [columnMappings.orgId, columnMappings.name],
      set: { kind: mapping.kind, mapping: mapping.mapping, options: mapping.options },
    })
    .returning(savedMapping);
  if (!row) throw new Error("mapping not saved");
  return row;
}
