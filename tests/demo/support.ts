import Papa from "papaparse";
import { z } from "zod";
import { generateDemoData, type DemoFiles } from "@/fixtures/demo/generate";
import { IMPORT_KINDS, recordSchemaByKind, type ImportKind, type RecordOf } from "@/lib/records/schemas";

// A frozen "today": demo tests never read the clock.
export const TODAY = "2026-11-23";

let cached: DemoFiles | undefined;
export function demo(): DemoFiles {
  cached ??= generateDemoData({ today: TODAY });
  return cached;
}

export const KINDS: readonly ImportKind[] = IMPORT_KINDS;

export function parseCsv(text: string) {
  return Papa.parse<Record<string, string>>(text, { header: true });
}

/** What the generic importer does with a cell: empty = null (absent for optional fields), true/false and integers typed as the schema wants. */
export function toRecordInput(kind: ImportKind, row: Record<string, string>): Record<string, unknown> {
  const shape = recordSchemaByKind[kind].shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    const raw = row[field];
    if (raw === undefined || raw === "") {
      if (!(schema instanceof z.ZodOptional)) out[field] = null;
      continue;
    }
    const inner = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
    if (inner instanceof z.ZodBoolean) out[field] = raw === "true" ? true : raw === "false" ? false : raw;
    else if (inner instanceof z.ZodNumber) out[field] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
    else out[field] = raw;
  }
  return out;
}

const parsedFiles = new WeakMap<DemoFiles, Map<ImportKind, unknown[]>>();

/** Every row of a file, validated against its record schema (throws on the first bad row). Cached per file set. */
export function records<K extends ImportKind>(kind: K, files: DemoFiles = demo()): RecordOf<K>[] {
  const byKind = parsedFiles.get(files) ?? new Map<ImportKind, unknown[]>();
  parsedFiles.set(files, byKind);
  const hit = byKind.get(kind);
  if (hit) return hit as RecordOf<K>[];
  const parsed = parseCsv(files[kind]);
  if (parsed.errors.length > 0) throw new Error(`${kind}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const rows = parsed.data.map((row, i) => {
    const result = recordSchemaByKind[kind].safeParse(toRecordInput(kind, row));
    if (!result.success) throw new Error(`${kind} row ${i + 2}: ${result.error.message}`);
    return result.data as RecordOf<K>;
  });
  byKind.set(kind, rows);
  return rows;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWeekday(date: string): boolean {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}
