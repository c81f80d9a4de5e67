import type { z } from "zod";
import { importRecordSchemaByKind, type ImportKind } from "@/lib/records/schemas";
import { FIELD_SPECS, missingRequiredFields } from "../fields";
import { findHeader } from "../headers";
import type { ImportOptions, RowError } from "../options";
import { priorityMap } from "../presets";
import { foldValue, type PriorityValue } from "../values/enums";
import { DERIVE, type DeriveContext, type Values } from "./derive";
import { Fail, makeParser, type CellParser } from "./parsers";

// Row -> canonical record: parse each mapped cell (parsers.ts), turn helpers into canonical fields
// (derive.ts), check required values, then let the kind's zod schema from lib/records/schemas.ts do
// the final validation. Everything that depends only on the options and the header row is
// computed once here, so the per-row work is a loop over precomputed column indexes.

export interface RowConverter {
  /** problems that make the whole import impossible (unknown field, mapped header not in the file) */
  problems: string[];
  missingRequired: string[];
  /** the row's canonical record, or null when it is rejected (see errors()) */
  convert(cells: readonly string[], line: number): Record<string, unknown> | null;
  /** the problems of the last row converted; empty when it was good */
  errors(): RowError[];
}

const NO_ERRORS: RowError[] = [];

interface Slot {
  field: string;
  index: number;
  header: string;
  parse: CellParser;
}

const isBlankish = (c: number) => c <= 32 || c === 160;

/** Rejected rows keep the start of a bad value, storable: a NUL shows as U+FFFD, a huge cell is cut. */
const SHOWN_VALUE_LENGTH = 200;
function shownValue(raw: string): string {
  const cut = raw.length > SHOWN_VALUE_LENGTH ? `${raw.slice(0, SHOWN_VALUE_LENGTH)}…` : raw;
  return cut.replaceAll("\0", "\uFFFD");
}

export function createConverter(options: ImportOptions, headers: readonly string[]): RowConverter {
  const kind: ImportKind = options.kind;
  const specs = FIELD_SPECS[kind];
  const schema = importRecordSchemaByKind[kind] as z.ZodType<Record<string, unknown>>;
  const priorities = new Map<string, PriorityValue>();
  for (const [key, p] of Object.entries(priorityMap(options.format, options.valueMaps.priority))) priorities.set(foldValue(key), p);
  const parserContext = { dateOrder: options.dateOrder, decimalComma: options.decimalComma, timeZone: options.timeZone, priorities };

  const problems: string[] = [];
  const columns = new Map<string, Slot>();
  for (const [field, header] of Object.entries(options.mapping)) {
    if (header.trim() === "") continue;
    const spec = specs.find((f) => f.name === field);
    if (!spec) {
      problems.push(`"${field}" is not a field of ${kind} imports`);
      continue;
    }
    const index = findHeader(headers, header);
    if (index < 0) {
      problems.push(`column "${header}" (mapped to ${field}) is not in the file`);
      continue;
    }
    columns.set(field, { field, index, header: headers[index]!, parse: makeParser(spec.type, field, parserContext) });
  }
  const slots = specs.flatMap((s) => columns.get(s.name) ?? []);
  const missingRequired = missingRequiredFields(kind, Object.fromEntries([...columns].map(([f, s]) => [f, s.header])));

  // where to point an error about a field: its own column, else the first mapped stand-in
  const sourceOf = new Map<string, Slot | undefined>();
  const related = new Map<string, Set<string>>();
  for (const spec of specs) {
    const stand = spec.alternatives.flat().map((f) => columns.get(f)).filter((s) => s !== undefined);
    sourceOf.set(spec.name, columns.get(spec.name) ?? stand[0]);
    related.set(spec.name, new Set([columns.get(spec.name), ...stand].flatMap((s) => (s ? [s.header] : []))));
  }
  const required = specs.filter((s) => s.required && !s.helper).map((s) => s.name);
  // a required value may stay empty when the row fills a stand-in the database resolves later
  // (a contract line's agreement); the record schema has the last word
  const standIns = new Map(specs.map((s) => [s.name, s.alternatives.filter((group) => group.length > 0)]));
  const template: Values = Object.fromEntries(specs.map((s) => [s.name, null]));

  let cells: readonly string[] = [];
  let line = 0;
  let errors: RowError[] | null = null;
  const report = (field: string, reason: string) => {
    const slot = sourceOf.get(field) ?? columns.get(field);
    (errors ??= []).push({ line, column: slot?.header ?? null, value: slot ? shownValue(cells[slot.index] ?? "") : null, reason });
  };
  const deriveContext: DeriveContext = {
    timeZone: options.timeZone,
    mapped: (field) => columns.has(field),
    fail: report,
    seen: new Map(),
  };
  const derive = DERIVE[kind];

  function convert(rowCells: readonly string[], rowLine: number): Record<string, unknown> | null {
    cells = rowCells;
    line = rowLine;
    errors = null;
    const v: Values = { ...template };
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const raw = rowCells[slot.index];
      if (raw === undefined || raw.length === 0) continue;
      let text = raw;
      if (isBlankish(raw.charCodeAt(0)) || isBlankish(raw.charCodeAt(raw.length - 1))) {
        text = raw.trim();
        if (text.length === 0) continue;
      }
      const value = slot.parse(text);
      if (value instanceof Fail) (errors ??= []).push({ line, column: slot.header, value: shownValue(raw), reason: value.reason });
      else v[slot.field] = value;
    }
    derive(v, deriveContext);
    for (let i = 0; i < required.length; i++) {
      const field = required[i]!;
      if (v[field] !== null) continue;
      if (standIns.get(field)!.some((group) => group.every((f) => v[f] !== null))) continue;
      const near = related.get(field)!;
      if (errors !== null && (errors as RowError[]).some((e) => e.column !== null && near.has(e.column))) continue;
      report(field, "required value missing");
    }
    if (errors !== null) return null;
    const parsed = schema.safeParse(v);
    if (parsed.success) return parsed.data;
    const seenFields = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (seenFields.has(field)) continue;
      seenFields.add(field);
      report(field, issueReason(field, issue, v[field]));
    }
    return null;
  }

  return { problems, missingRequired, convert, errors: () => errors ?? NO_ERRORS };
}

function issueReason(field: string, issue: z.core.$ZodIssue, value: unknown): string {
  if (value === null || value === undefined) return "required value missing";
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return "required value missing";
      return Number(issue.minimum) === 0 ? `${field} must not be negative` : `${field} must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `${field} must be at most ${String(issue.maximum)}`;
    case "invalid_value":
      return `${field} must be one of ${issue.values.map(String).join(", ")}`;
    case "custom":
      return `${field} ${issue.message}`;
    default:
      return `${field}: ${issue.message}`;
  }
}
