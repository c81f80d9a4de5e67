import { IMPORT_KINDS, type ImportKind } from "@/lib/records/schemas";
import { tokenize } from "./csv/tokenizer";
import { FIELD_SPECS, missingRequiredFields, type ValueType } from "./fields";
import { findHeader, withoutTypeInformationLine } from "./headers";
import { IMPORT_FORMATS, type DateOrder, type Delimiter, type ImportFormat } from "./options";
import { headerSubject } from "./people";
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

export interface Candidate {
  kind: ImportKind;
  format: ImportFormat;
}

export interface Detection {
  /** null when nothing matches, or when the file could be either of `candidates` */
  kind: ImportKind | null;
  format: ImportFormat;
  confidence: number;
  /** present when two kinds fit about equally well, or people and companies cannot be told apart: ask which */
  candidates?: [Candidate, Candidate];
}

interface Scored extends Candidate {
  score: number;
  /** every required field has a column */
  complete: boolean;
}

/** Kinds whose best scores are closer than this are a question for the user, not a guess. */
const CLOSE = 0.05;

function scoreAll(headers: readonly string[], kind?: ImportKind, format?: ImportFormat): Scored[] {
  const scored: Scored[] = [];
  for (const f of format ? [format] : IMPORT_FORMATS) {
    for (const k of kind ? [kind] : IMPORT_KINDS) {
      if (!PRESETS[f].kinds[k]) continue;
      const explained = explainedShare(f, k, headers);
      if (explained === 0) continue;
      const required = FIELD_SPECS[k].filter((s) => s.required);
      const missing = missingRequiredFields(k, presetMapping(f, k, headers)).length;
      const score = 0.5 * explained + 0.5 * ((required.length - missing) / required.length);
      scored.push({ kind: k, format: f, score, complete: missing === 0 });
    }
  }
  // best first; earlier formats and kinds win ties (the sort is stable)
  return scored.sort((a, b) => b.score - a.score);
}

const detection = (c: Scored): Detection => ({ kind: c.kind, format: c.format, confidence: Math.round(c.score * 100) / 100 });
const ask = (first: Candidate, second: Candidate, format: ImportFormat): Detection => ({
  kind: null,
  format,
  confidence: 0,
  candidates: [{ kind: first.kind, format: first.format }, { kind: second.kind, format: second.format }],
});

/**
 * Scores every preset (format × kind) against the header row: half for the share of the file's
 * headers the preset knows, half for the share of its required fields it can fill. The best wins
 * (earlier formats and kinds win ties); confidence is that score, 0..1. It asks instead (kind null,
 * two candidates) when another kind scores within CLOSE of the best, and it never guesses between
 * people and companies: a file whose headers are a person's (people.ts) is read as technicians when
 * a technicians preset fills it, and is a question otherwise; likewise a company list is never
 * read as technicians.
 */
export function detectFormatAndKind(headers: readonly string[], kind?: ImportKind, format?: ImportFormat): Detection {
  const scored = scoreAll(headers, kind, format);
  const best = scored[0];
  if (!best) return { kind: null, format: format ?? "generic", confidence: 0 };
  if (kind) return detection(best);
  const subject = headerSubject(headers);
  const wanted: ImportKind | null = subject === "people" ? "technicians" : subject === "companies" ? "clients" : null;
  const shunned: ImportKind | null = subject === "people" ? "clients" : subject === "companies" ? "technicians" : null;
  if (wanted && best.kind !== wanted && (best.kind === shunned || !best.complete)) {
    const fit = scored.find((c) => c.kind === wanted);
    if (fit?.complete) return detection(fit);
    return ask(fit ?? { kind: wanted, format: format ?? "generic" }, best, best.format);
  }
  const rival = scored.find((c) => c.kind !== best.kind && c.kind !== shunned);
  if (rival && best.score - rival.score < CLOSE) return ask(best, rival, best.format);
  return detection(best);
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
