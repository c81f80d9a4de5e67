import { IMPORT_KINDS, type ImportKind } from "@/lib/records/schemas";
import { tokenize } from "./csv/tokenizer";
import { FIELD_SPECS, missingRequiredFields, type ValueType } from "./fields";
import { findHeader, withoutTypeInformationLine } from "./headers";
import { IMPORT_FORMATS, type DateOrder, type Delimiter, type ImportFormat } from "./options";
import { PRESETS, explainedShare, presetMapping } from "./presets";
import { dateOrderEvidence, isDotDate } from "./values/dates";
import { decimalSeparatorEvidence } from "./values/numbers";

// Detection from a sample: delimiter, then kind + format from the header row, then day/month order
// and decimal separator from the values of the mapped date and number columns.

const DELIMITERS: Delimiter[] = [",", ";", "\t", "|"];

/**
 * The delimiter that splits the first records into the same number (> 1) of fields most often;
 * ties go to the one giving more fields, then to the order , ; tab |. A PowerShell "#TYPE" line is skipped.
 */
export function detectDelimiter(text: string): Delimiter {
  const head = withoutTypeInformationLine(text).slice(0, 64 * 1024);
  let best: Delimiter = ",";
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const { rows } = tokenize(head, d, false);
    const sample = rows.filter((r) => r.length > 1 || r[0] !== "").slice(0, 30);
    const width = sample[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = sample.filter((r) => r.length === width).length / sample.length;
    const score = consistent * 1000 + Math.min(width, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export interface Detection {
  kind: ImportKind | null;
  format: ImportFormat;
  confidence: number;
}

/**
 * Scores every preset (format × kind) against the header row: half for the share of the file's
 * headers the preset knows, half for the share of its required fields it can fill. The best wins
 * (earlier formats and kinds win ties); confidence is that score, 0..1.
 */
export function detectFormatAndKind(headers: readonly string[], kind?: ImportKind, format?: ImportFormat): Detection {
  let best: Detection = { kind: null, format: format ?? "generic", confidence: 0 };
  let bestScore = 0;
  for (const f of format ? [format] : IMPORT_FORMATS) {
    for (const k of kind ? [kind] : IMPORT_KINDS) {
      if (!PRESETS[f].kinds[k]) continue;
      const explained = explainedShare(f, k, headers);
      if (explained === 0) continue;
      const required = FIELD_SPECS[k].filter((s) => s.required);
      const missing = missingRequiredFields(k, presetMapping(f, k, headers)).length;
      const score = 0.5 * explained + 0.5 * ((required.length - missing) / required.length);
      if (score > bestScore) {
        bestScore = score;
        best = { kind: k, format: f, confidence: Math.round(score * 100) / 100 };
      }
    }
  }
  return best;
}

function columnsOfType(kind: ImportKind, mapping: Record<string, string>, headers: readonly string[], types: ValueType[]): number[] {
  return FIELD_SPECS[kind]
    .filter((s) => types.includes(s.type) && mapping[s.name])
    .map((s) => findHeader(headers, mapping[s.name]!))
    .filter((i) => i >= 0);
}

/** dmy or mdy when some date value has a day > 12 (majority wins); else dmy for dot dates; else the fallback. */
export function detectDateOrder(
  rows: readonly (readonly string[])[],
  headers: readonly string[],
  kind: ImportKind,
  mapping: Record<string, string>,
  fallback: DateOrder,
): DateOrder {
  const cols = columnsOfType(kind, mapping, headers, ["date", "instant"]);
  let dmy = 0;
  let mdy = 0;
  let dots = 0;
  for (const row of rows) {
    for (const c of cols) {
      const v = row[c];
      if (!v) continue;
      const e = dateOrderEvidence(v);
      if (e === "dmy") dmy++;
      else if (e === "mdy") mdy++;
      if (isDotDate(v)) dots++;
    }
  }
  if (dmy !== mdy) return dmy > mdy ? "dmy" : "mdy";
  if (dots > 0) return "dmy";
  return fallback;
}

/** true when the number columns' values use a decimal comma (majority of decided values); undecided: the delimiter is ";". */
export function detectDecimalComma(
  rows: readonly (readonly string[])[],
  headers: readonly string[],
  kind: ImportKind,
  mapping: Record<string, string>,
  delimiter: Delimiter,
): boolean {
  const cols = columnsOfType(kind, mapping, headers, ["decimal", "nonneg", "hours", "seconds", "count"]);
  let comma = 0;
  let dot = 0;
  for (const row of rows) {
    for (const c of cols) {
      const v = row[c];
      if (!v) continue;
      const e = decimalSeparatorEvidence(v);
      if (e === "comma") comma++;
      else if (e === "dot") dot++;
    }
  }
  if (comma !== dot) return comma > dot;
  return delimiter === ";";
}
