import { z } from "zod";
import { canonicalFields, DateOrder, Delimiter, Encoding, IMPORT_FORMATS, ImportOptions } from "@/lib/imports";
import { isTimeZone } from "@/lib/imports/options";
import { IMPORT_KINDS, ImportKind } from "@/lib/records/schemas";
import { UsageError } from "./context";

// The import command's reading flags, the CLI's side of what the Imports page lets a user choose.
// Parsed once here (zod), then handed on as the same overrides the page sends.

const DELIMITER_NAMES: Record<string, Delimiter> = { comma: ",", semicolon: ";", tab: "\t", "\\t": "\t", pipe: "|" };

const MapFlag = z
  .string()
  .regex(/^[a-z_]+=.*$/, "expected field=Header, e.g. technician=Agent")
  .transform((flag) => {
    const at = flag.indexOf("=");
    return [flag.slice(0, at), flag.slice(at + 1)] as const;
  });

export const ImportFlags = z.object({
  kind: z.enum(IMPORT_KINDS, { error: (i) => `Unknown kind "${String(i.input)}". Kinds: ${IMPORT_KINDS.join(", ")}` }).optional(),
  format: z.enum(IMPORT_FORMATS, { error: (i) => `Unknown format "${String(i.input)}". Formats: ${IMPORT_FORMATS.join(", ")}` }).optional(),
  map: z.array(MapFlag).default([]),
  "time-zone": z.string().refine(isTimeZone, "unknown time zone (expected an IANA zone such as Europe/Berlin)").optional(),
  "date-order": DateOrder.optional(),
  "decimal-comma": z.boolean().optional(),
  encoding: Encoding.optional(),
  delimiter: z
    .string()
    .transform((d) => DELIMITER_NAMES[d.toLowerCase()] ?? d)
    .pipe(Delimiter)
    .optional(),
  mapping: z.string().trim().min(1).optional(),
  strict: z.boolean().default(false),
});
export type ImportFlags = z.infer<typeof ImportFlags>;

/** Overrides for planning and importing; the org's time zone applies when timeZone is absent. */
type CliOverrides = Partial<ImportOptions>;

export function parseImportFlags(values: Record<string, unknown>): ImportFlags {
  const parsed = ImportFlags.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? "?")}: ${i.message}`).join("\n"));
  }
  return parsed.data;
}

/** A mapping saved on the Imports page (db/queries/column-mappings.ts), as both transports return it. */
export interface SavedMappingLike {
  name: string;
  kind: string;
  mapping: Record<string, string>;
  options: Record<string, unknown>;
}

const SavedOptions = ImportOptions.pick({ format: true, dateOrder: true, decimalComma: true }).partial();

/**
 * The overrides of the flags, over those of a saved mapping when --mapping names one. As on the
 * page, fields the saved mapping leaves out are sent as "" so the format's preset does not fill
 * them back in; --map, --kind and the reading flags win over the saved mapping.
 */
export function importOverrides(flags: ImportFlags, saved: SavedMappingLike | null): CliOverrides {
  const base: CliOverrides = {};
  if (saved) {
    const kind = ImportKind.parse(saved.kind);
    Object.assign(base, SavedOptions.parse(saved.options), {
      kind,
      mapping: Object.fromEntries(canonicalFields(kind).map((f) => [f.name, saved.mapping[f.name] ?? ""])),
    });
  }
  const set = <K extends keyof CliOverrides>(key: K, value: CliOverrides[K] | undefined) => {
    if (value !== undefined) base[key] = value;
  };
  set("kind", flags.kind);
  set("format", flags.format);
  set("timeZone", flags["time-zone"]);
  set("dateOrder", flags["date-order"]);
  set("decimalComma", flags["decimal-comma"]);
  set("encoding", flags.encoding);
  set("delimiter", flags.delimiter);
  if (flags.map.length > 0) base.mapping = { ...base.mapping, ...Object.fromEntries(flags.map) };
  return base;
}

/** The saved mapping called `name`, or a usage error naming the ones there are. */
export function findSavedMapping<M extends SavedMappingLike>(mappings: readonly M[], name: string): M {
  const found = mappings.find((m) => m.name === name) ?? mappings.find((m) => m.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  const names = mappings.map((m) => `"${m.name}"`).join(", ");
  throw new UsageError(`No saved mapping "${name}". ${names ? `Saved mappings: ${names}.` : "Save one on the Imports page first."}`);
}
