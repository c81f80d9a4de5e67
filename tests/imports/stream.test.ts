import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImportStream, planImport, type ImportOptions } from "@/lib/imports";
import { FIXTURES, fixture, importBytes } from "./helpers";

const allFixtures = readdirSync(FIXTURES).flatMap((dir) => readdirSync(path.join(FIXTURES, dir)).map((f) => `${dir}/${f}`));

describe("streaming", () => {
  it("covers every fixture", () => {
    expect(allFixtures.length).toBe(46) // 7 generic + 5 presets × 6 kinds (Syncro: recurring invoices for contracts) + HaloPSA reports + ConnectWise additions + 6 messy;
  });

  it.each(allFixtures)("%s: identical records, errors and lines in 1-byte, 7-byte and whole chunks", async (rel) => {
    const bytes = fixture(rel);
    const { options } = planImport(bytes, { timeZone: "Europe/Berlin" });
    const whole = await importBytes(bytes, options);
    expect(whole.records.length + whole.rejectedLines.length).toBeGreaterThan(0);
    for (const size of [1, 7]) {
      const chunked = await importBytes(bytes, options, size);
      expect(chunked.records, `chunks of ${size}`).toEqual(whole.records);
      expect(chunked.errors, `chunks of ${size}`).toEqual(whole.errors);
    }
  });

  it("keeps multi-byte characters that a chunk boundary splits (2-, 3- and 4-byte UTF-8)", async () => {
    const csv = "client_id,name,segment\nK1,Müller & Söhne,Druck € 🖨️\nK2,Łódź Sp. z o.o.,日本\n";
    const bytes = new TextEncoder().encode(csv);
    const { options } = planImport(bytes, { timeZone: "UTC" });
    for (const size of [1, 2, 3, 5]) {
      const r = await importBytes(bytes, options, size);
      expect(r.records.map((x) => x.record)).toEqual([
        { client_id: "K1", name: "Müller & Söhne", segment: "Druck € 🖨️" },
        { client_id: "K2", name: "Łódź Sp. z o.o.", segment: "日本" },
      ]);
    }
  });

  it("yields batches of batchSize rows (good + rejected) with running rowsRead and bytesRead", async () => {
    const bytes = fixture("messy/bad-time.csv");
    const { options } = planImport(bytes, { timeZone: "UTC" });
    const r = await importBytes(bytes, options, 16, 4);
    expect(r.batches.map((b) => b.records.length + b.rejectedLines.length)).toEqual([4, 4, 1]);
    expect(r.batches.map((b) => b.rowsRead)).toEqual([4, 8, 9]);
    expect(r.batches.map((b) => b.kind)).toEqual(["time", "time", "time"]);
    const progress = r.batches.map((b) => b.bytesRead);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(bytes.length);
    expect(r.batches[0]?.rejectedLines).toEqual([3, 4, 5]);
  });

  it("a header-only file yields one empty batch", async () => {
    const bytes = new TextEncoder().encode("entry_id,technician,client,work_date,hours,billable\r\n");
    const { options } = planImport(bytes, { timeZone: "UTC", kind: "time" });
    const r = await importBytes(bytes, options);
    expect(r.batches).toEqual([{ kind: "time", records: [], errors: [], rejectedLines: [], rowsRead: 0, bytesRead: bytes.length }]);
  });

  it("streams a large generated file without holding it (200,000 rows, 5,000 per batch)", async () => {
    const rows = 200_000;
    async function* generate(): AsyncGenerator<Uint8Array> {
      const enc = new TextEncoder();
      yield enc.encode("entry_id,technician,client,work_date,hours,billable\n");
      for (let i = 0; i < rows; i += 1000) {
        let s = "";
        for (let j = i; j < i + 1000; j++) s += `E${j},tech${j % 7},client${j % 13},2026-03-${String((j % 28) + 1).padStart(2, "0")},${(j % 8) / 4},${j % 2 ? "true" : "false"}\n`;
        yield enc.encode(s);
      }
    }
    const options: ImportOptions = {
      kind: "time",
      format: "generic",
      mapping: { entry_id: "entry_id", technician: "technician", client: "client", work_date: "work_date", hours: "hours", billable: "billable" },
      encoding: "utf-8",
      delimiter: ",",
      dateOrder: "ymd",
      decimalComma: false,
      timeZone: "UTC",
      valueMaps: {},
    };
    let count = 0;
    let batches = 0;
    let last: unknown = null;
    for await (const batch of parseImportStream(generate(), options)) {
      batches++;
      count += batch.records.length;
      expect(batch.errors).toEqual([]);
      last = batch.records.at(-1);
    }
    expect(count).toBe(rows);
    expect(batches).toBe(40);
    expect(last).toEqual({
      line: rows + 1,
      record: { entry_id: "E199999", technician: "tech2", client: "client7", work_date: "2026-03-24", hours: "1.75", billable: true, ticket_id: null, rate: null, amount: null, category: null },
    });
  });
});
