import type { ImportKind, ImportRecordOf } from "@/lib/records/schemas";
import { createDecoder } from "./csv/decode";
import { CsvTokenizer, type CsvRecords } from "./csv/tokenizer";
import { createConverter, type RowConverter } from "./convert/row-converter";
import { ImportError } from "./errors";
import { isTypeInformationLine, stripBom } from "./headers";
import { ImportOptions, type RowError } from "./options";

// parseImportStream: bytes in, batches of canonical records out. Memory stays flat: bytes are
// decoded chunk by chunk (a streaming decoder keeps multi-byte characters split across chunks),
// long chunks are tokenized in slices of at most 1 MB, and only the current batch is held.

export type RowBatch<K extends ImportKind = ImportKind> = {
  [P in K]: {
    kind: P;
    /** good rows of this batch, with the line each starts on */
    records: Array<{ line: number; record: ImportRecordOf<P> }>;
    /** problems of this batch's bad rows (a row can have several) */
    errors: RowError[];
    /** lines of this batch's rejected rows, ascending */
    rejectedLines: number[];
    /** data rows read so far in the whole file (running total; blank lines not counted) */
    rowsRead: number;
    /** bytes taken from the source so far (running total), for a progress bar */
    bytesRead: number;
  };
}[K];

const SLICE = 1024 * 1024;

function isBlank(cells: readonly string[]): boolean {
  const first = cells[0]!;
  if (first.length > 0 && first.charCodeAt(0) > 32 && first.charCodeAt(0) !== 160) return false;
  if (first.trim() !== "") return false;
  for (let i = 1; i < cells.length; i++) if (cells[i]!.trim() !== "") return false;
  return true;
}

/**
 * Reads a whole file. Throws ImportError before the first batch when the options are invalid, the
 * file is empty, or a required field has no column; bad rows never throw, they become RowErrors.
 * Batches hold `batchSize` rows (good + rejected), the last one the rest; an empty file with a
 * header still yields one (empty) batch.
 */
export async function* parseImportStream<K extends ImportKind>(
  source: AsyncIterable<Uint8Array>,
  options: ImportOptions & { kind: K },
  batchSize = 5000,
): AsyncGenerator<RowBatch<K>> {
  const parsed = ImportOptions.safeParse(options);
  if (!parsed.success) {
    throw new ImportError("bad_options", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  const opts = parsed.data;
  const decoder = createDecoder(opts.encoding);
  const tokenizer = new CsvTokenizer(opts.delimiter);
  let converter: RowConverter | null = null;
  let rowsRead = 0;
  let bytesRead = 0;
  let yielded = false;
  let firstLine = true;
  // built untyped, handed out as RowBatch<K>: the records are the zod output of opts.kind's schema
  type Batch = { kind: ImportKind; records: { line: number; record: unknown }[]; errors: RowError[]; rejectedLines: number[]; rowsRead: number; bytesRead: number };
  const empty = (): Batch => ({ kind: opts.kind, records: [], errors: [], rejectedLines: [], rowsRead, bytesRead });
  const out = (b: Batch) => b as unknown as RowBatch<K>;
  let batch = empty();
  let inBatch = 0;

  function take(out: CsvRecords, i: number): void {
    const cells = out.rows[i]!;
    if (isBlank(cells)) return;
    const line = out.lines[i]!;
    const typeLine = firstLine && isTypeInformationLine(cells);
    firstLine = false;
    if (typeLine) return;
    if (converter === null) {
      const headers = cells.map((h, c) => (c === 0 ? stripBom(h) : h));
      converter = createConverter(opts, headers);
      const problems = [...converter.problems, ...converter.missingRequired.map((f) => `required field "${f}" has no column`)];
      if (problems.length > 0) throw new ImportError("missing_columns", problems.join("; "));
      return;
    }
    rowsRead++;
    inBatch++;
    if (out.unterminated[i]) {
      batch.rejectedLines.push(line);
      batch.errors.push({ line, column: null, value: null, reason: "a quoted field is never closed" });
      return;
    }
    const record = converter.convert(cells, line);
    if (record !== null) batch.records.push({ line, record });
    else {
      batch.rejectedLines.push(line);
      for (const e of converter.errors()) batch.errors.push(e);
    }
  }

  function* drain(records: CsvRecords): Generator<RowBatch<K>> {
    for (let i = 0; i < records.rows.length; i++) {
      take(records, i);
      if (inBatch >= batchSize) {
        batch.rowsRead = rowsRead;
        batch.bytesRead = bytesRead;
        yield out(batch);
        yielded = true;
        batch = empty();
        inBatch = 0;
      }
    }
  }

  for await (const chunk of source) {
    bytesRead += chunk.byteLength;
    const text = decoder.decode(chunk);
    for (let at = 0; at < text.length; at += SLICE) {
      yield* drain(tokenizer.feed(text.slice(at, at + SLICE), false));
    }
  }
  yield* drain(tokenizer.feed(decoder.decode(), true));
  if (converter === null) throw new ImportError("bad_file", "the file is empty: no header row");
  if (inBatch > 0 || !yielded) {
    batch.rowsRead = rowsRead;
    batch.bytesRead = bytesRead;
    yield out(batch);
  }
}
