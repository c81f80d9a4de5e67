import { createDecoder, detectEncoding } from "./csv/decode";
import { tokenize } from "./csv/tokenizer";
import { createConverter } from "./convert/row-converter";
import { detectDateOrder, detectDecimalComma, detectDelimiter, detectFormatAndKind, type Detection } from "./detect";
import { ImportError } from "./errors";
import { FIELD_SPECS } from "./fields";
import { isTypeInformationLine, stripBom } from "./headers";
import { importNotices, type ImportNotices } from "./notices";
import { ImportOptions, SAMPLE_BYTES, type RowError } from "./options";
import { PRESETS, presetMapping, priorityMap } from "./presets";

// planImport: look at the first bytes of a file and propose how to read it. It runs the same
// converter as the import itself on the first 10 data rows, so the preview is what the import does.

export type ImportOverrides = Partial<ImportOptions> & { timeZone: string };

export interface PreviewRow {
  line: number;
  raw: Record<string, string>;
  record: unknown | null;
  errors: RowError[];
}

export interface ImportPlan {
  options: ImportOptions;
  headers: string[];
  /** what the header row alone suggests, whatever the overrides say */
  detected: Detection;
  /** two kinds the file could hold, within the chosen format, while no kind is chosen: ask which */
  question?: Detection["candidates"];
  missingRequired: string[];
  /** mapping problems: a mapped header that is not in the file, a field the kind does not have */
  problems: string[];
  /** unused columns that look like a field, and figures the file cannot feed */
  notices: ImportNotices;
  /** the first 10 data rows */
  preview: PreviewRow[];
}

const PREVIEW_ROWS = 10;
const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === "");

/** `sample` is the first SAMPLE_BYTES (256 KB) of the file, or the whole file when it is smaller. */
export function planImport(sample: Uint8Array, overrides: ImportOverrides): ImportPlan {
  const encoding = overrides.encoding ?? detectEncoding(sample);
  if (encoding === null) throw new ImportError("bad_file", "the file is UTF-16 text; save it as CSV (UTF-8) and try again");
  const text = createDecoder(encoding).decode(sample);
  const complete = sample.byteLength < SAMPLE_BYTES;
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  const { rows, lines, unterminated } = tokenize(text, delimiter, complete);

  const firstAt = rows.findIndex((r) => !isBlank(r));
  const headerAt = firstAt >= 0 && isTypeInformationLine(rows[firstAt]!) ? rows.findIndex((r, i) => i > firstAt && !isBlank(r)) : firstAt;
  const headers = headerAt < 0 ? [] : rows[headerAt]!.map((h, i) => (i === 0 ? stripBom(h) : h));
  const data: number[] = [];
  for (let i = headerAt + 1; headerAt >= 0 && i < rows.length; i++) if (!isBlank(rows[i]!)) data.push(i);
  const dataRows = data.map((i) => rows[i]!);

  const detected = detectFormatAndKind(headers);
  const chosen = overrides.kind || overrides.format ? detectFormatAndKind(headers, overrides.kind, overrides.format) : detected;
  // with a question open, the preview shows the first candidate until the user answers
  const kind = overrides.kind ?? chosen.kind ?? chosen.candidates?.[0].kind ?? "time";
  const format = overrides.format ?? chosen.format;

  const mapping: Record<string, string> = presetMapping(format, kind, headers);
  for (const [field, header] of Object.entries(overrides.mapping ?? {})) {
    if (header.trim() === "") delete mapping[field];
    else mapping[field] = header;
  }
  const dateOrder = overrides.dateOrder ?? detectDateOrder(dataRows, headers, kind, mapping, PRESETS[format].dateOrder);
  const decimalComma = overrides.decimalComma ?? detectDecimalComma(dataRows, headers, kind, mapping, delimiter);
  const usesPriority = FIELD_SPECS[kind].some((f) => f.type === "priority");
  const priority = usesPriority ? priorityMap(format, overrides.valueMaps?.priority) : overrides.valueMaps?.priority;

  const parsed = ImportOptions.safeParse({
    kind,
    format,
    mapping,
    encoding,
    delimiter,
    dateOrder,
    decimalComma,
    timeZone: overrides.timeZone,
    valueMaps: priority && Object.keys(priority).length > 0 ? { priority } : {},
  });
  if (!parsed.success) {
    throw new ImportError("bad_options", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  const options = parsed.data;
  const converter = createConverter(options, headers);
  const preview = data.slice(0, PREVIEW_ROWS).map((i): PreviewRow => {
    const cells = rows[i]!;
    const line = lines[i]!;
    const raw = Object.fromEntries(headers.map((h, c) => [h, cells[c] ?? ""]));
    if (unterminated[i]) return { line, raw, record: null, errors: [{ line, column: null, value: null, reason: "a quoted field is never closed" }] };
    const record = converter.convert(cells, line);
    return { line, raw, record, errors: [...converter.errors()] };
  });
  const notices = importNotices(kind, format, headers, options.mapping);
  const question = overrides.kind ? undefined : chosen.candidates;
  return { options, headers, detected, question, missingRequired: converter.missingRequired, problems: converter.problems, notices, preview };
}
