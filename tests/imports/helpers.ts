import { readFileSync } from "node:fs";
import path from "node:path";
import { parseImportStream, planImport, type ImportOptions, type ImportOverrides, type RowBatch, type RowError } from "@/lib/imports";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/exports");

export function fixture(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, rel)));
}

/** The bytes as an async source, `size` bytes at a time (the whole buffer when size is 0). */
export async function* chunks(bytes: Uint8Array, size = 0): AsyncGenerator<Uint8Array> {
  if (size <= 0) {
    yield bytes;
    return;
  }
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export interface Imported {
  records: { line: number; record: unknown }[];
  errors: RowError[];
  rejectedLines: number[];
  batches: RowBatch[];
}

export async function importBytes(bytes: Uint8Array, options: ImportOptions, chunkSize = 0, batchSize?: number): Promise<Imported> {
  const out: Imported = { records: [], errors: [], rejectedLines: [], batches: [] };
  for await (const batch of parseImportStream(chunks(bytes, chunkSize), options, batchSize)) {
    out.batches.push(batch);
    out.records.push(...batch.records);
    out.errors.push(...batch.errors);
    out.rejectedLines.push(...batch.rejectedLines);
  }
  return out;
}

/** planImport on the fixture, then the whole import with the planned options. */
export async function importFixture(rel: string, overrides: ImportOverrides = { timeZone: "Europe/Berlin" }) {
  const bytes = fixture(rel);
  const plan = planImport(bytes, overrides);
  const result = await importBytes(bytes, plan.options);
  return { plan, ...result, records: result.records.map((r) => r.record), lines: result.records.map((r) => r.line) };
}
