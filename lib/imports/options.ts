import { z } from "zod";
import { ImportKind, Priority } from "@/lib/records/schemas";

// The import options are a boundary (the web form and the CLI send them), so they are a zod schema
// and every type here is inferred from one.

export const IMPORT_FORMATS = ["generic", "connectwise", "autotask", "halopsa", "syncro", "itflow"] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const Encoding = z.enum(["utf-8", "windows-1252"]);
export type Encoding = z.infer<typeof Encoding>;
export const Delimiter = z.enum([",", ";", "\t", "|"]);
export type Delimiter = z.infer<typeof Delimiter>;
/** Order of day, month and year in slash/dot dates such as 04/03/2026 (ISO dates are always read as such). */
export const DateOrder = z.enum(["ymd", "dmy", "mdy"]);
export type DateOrder = z.infer<typeof DateOrder>;

const zoneCache = new Map<string, boolean>();
export function isTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      ok = zone.length > 0;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

export const ImportOptions = z.object({
  kind: ImportKind,
  format: ImportFormat,
  /** canonical (or helper) field name -> source header, as it appears in the file */
  mapping: z.record(z.string(), z.string()),
  encoding: Encoding,
  delimiter: Delimiter,
  dateOrder: DateOrder,
  /** "1,5" = 1.5 and "1.234,56" = 1234.56 */
  decimalComma: z.boolean(),
  /** IANA zone; timestamps without a zone are read in it */
  timeZone: z.string().refine(isTimeZone, "unknown time zone"),
  /** per-tenant picklists, e.g. Autotask priority 4 -> P1; keys are matched trimmed and case-insensitively */
  valueMaps: z.object({ priority: z.record(z.string(), Priority).optional() }),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const RowError = z.object({
  /** 1-based physical line where the record starts (the header is line 1) */
  line: z.number().int().positive(),
  /** the source header as it appears in the file; null for a row-level problem */
  column: z.string().nullable(),
  /** the raw cell value */
  value: z.string().nullable(),
  reason: z.string(),
});
export type RowError = z.infer<typeof RowError>;

/** How many bytes planImport wants to see (the first 256 KB of the file). */
export const SAMPLE_BYTES = 256 * 1024;
