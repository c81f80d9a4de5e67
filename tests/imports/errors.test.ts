import { describe, expect, it } from "vitest";
import { ImportError, planImport, type ImportOptions } from "@/lib/imports";
import { AppError } from "@/lib/errors";
import { fixture, importBytes, importFixture } from "./helpers";

const enc = (text: string) => new TextEncoder().encode(text);

const timeOptions: ImportOptions = {
  kind: "time",
  format: "generic",
  mapping: { entry_id: "entry_id", technician: "technician", client: "client", work_date: "work_date", hours: "hours", billable: "billable" },
  encoding: "utf-8",
  delimiter: ",",
  dateOrder: "ymd",
  decimalComma: false,
  timeZone: "Europe/Berlin",
  valueMaps: {},
};

describe("bad rows", () => {
  it("time entries: each problem with its line, source column, raw value and reason; good rows still land", async () => {
    const r = await importFixture("messy/bad-time.csv");
    expect(r.lines).toEqual([2, 10]);
    expect(r.records.map((e) => (e as { entry_id: string }).entry_id)).toEqual(["E-1", "E-8"]);
    expect(r.errors).toEqual([
      { line: 3, column: "hours", value: "-2", reason: "hours must not be negative" },
      { line: 4, column: "entry_id", value: "", reason: "required value missing" },
      { line: 5, column: "work_date", value: "next monday", reason: "not a date: expected yyyy-mm-dd" },
      { line: 6, column: "billable", value: "maybe", reason: "not a yes/no value: expected true/false, yes/no, 1/0 or x" },
      { line: 7, column: "hours", value: "abc", reason: "not a number of hours: expected e.g. 1.5 or 01:30" },
      // line 8 is blank: skipped, but still counted
      { line: 9, column: "technician", value: "", reason: "required value missing" },
      { line: 11, column: "work_date", value: "2026-13-04", reason: "not a real calendar date" },
      { line: 11, column: "rate", value: "-95", reason: "rate must not be negative" },
    ]);
    expect(r.rejectedLines).toEqual([3, 4, 5, 6, 7, 9, 11]);
    expect(r.batches.at(-1)?.rowsRead).toBe(9);
  });

  it("tickets: line numbers stay right after quoted fields that span CRLF lines", async () => {
    const r = await importFixture("messy/multiline-bad.csv");
    expect(r.lines).toEqual([2, 11]);
    expect((r.records[0] as { subject: string }).subject).toBe('Line one\r\nline two, with comma\r\nand "quotes"');
    expect(r.errors).toEqual([
      { line: 5, column: "created_at", value: "yesterday", reason: "not a date and time: expected yyyy-mm-dd hh:mm[:ss]" },
      { line: 6, column: "ticket_id", value: "", reason: "required value missing" },
      { line: 8, column: "csat", value: "7", reason: "csat must be a whole number from 1 to 5" },
      { line: 10, column: "created_at", value: "2026-02-30T11:00:00Z", reason: "not a real date and time" },
      { line: 10, column: "priority", value: "whenever", reason: 'unknown priority "whenever": map it to P1–P4 in the priority value map' },
      { line: 10, column: "csat", value: "0", reason: "csat must be a whole number from 1 to 5" },
    ]);
    expect(r.rejectedLines).toEqual([5, 6, 8, 10]);
  });

  it("reports the source header, not the canonical name, and errors in the expected format of the file", async () => {
    const csv = "Entry ID;Tech;Kunde;Datum;Stunden;Abrechenbar\nA-1;anna;Acme;31.02.2026;1,5;ja\nA-2;anna;Acme;gestern;-0,5;ja\n";
    const options: ImportOptions = {
      ...timeOptions,
      delimiter: ";",
      dateOrder: "dmy",
      decimalComma: true,
      mapping: { entry_id: "Entry ID", technician: "Tech", client: "Kunde", work_date: "Datum", hours: "Stunden", billable: "Abrechenbar" },
    };
    const r = await importBytes(enc(csv), options);
    expect(r.errors).toEqual([
      { line: 2, column: "Datum", value: "31.02.2026", reason: "not a real calendar date" },
      { line: 3, column: "Datum", value: "gestern", reason: "not a date: expected dd.mm.yyyy" },
      { line: 3, column: "Stunden", value: "-0,5", reason: "hours must not be negative" },
    ]);
  });

  it("a number with a decimal comma when the file is read with decimal points says how to fix it", async () => {
    const r = await importBytes(enc("entry_id,technician,client,work_date,hours,billable\nA,anna,Acme,2026-03-02,\"1,5\",true\n"), timeOptions);
    expect(r.errors).toEqual([{ line: 2, column: "hours", value: "1,5", reason: "not a number of hours: expected e.g. 1.5 or 01:30" }]);
  });

  it("derived values: an end time before its start time, a negative amount per cycle", async () => {
    const syncro: ImportOptions = {
      ...timeOptions,
      format: "syncro",
      mapping: { entry_id: "id", technician: "user_id", client: "customer_id", start_time: "start_time", end_time: "end_time", billable: "billable" },
    };
    const t = await importBytes(enc("id,user_id,customer_id,start_time,end_time,billable\n1,7,9,2026-03-02T10:00:00Z,2026-03-02T09:00:00Z,true\n"), syncro);
    expect(t.errors).toEqual([{ line: 2, column: "end_time", value: "2026-03-02T09:00:00Z", reason: "end time is before start time" }]);

    const contracts: ImportOptions = {
      ...timeOptions,
      kind: "contracts",
      mapping: { contract_id: "id", client: "client", service: "service", period_amount: "amount", bill_cycle: "cycle", start_date: "start" },
    };
    const c = await importBytes(enc("id,client,service,amount,cycle,start\nK1,Acme,MS,-100,monthly,2026-01-01\nK2,Acme,MS,100,weekly-ish,2026-01-01\n"), contracts);
    expect(c.errors).toEqual([
      { line: 2, column: "amount", value: "-100", reason: "monthly_value must not be negative" },
      { line: 3, column: "cycle", value: "weekly-ish", reason: 'unknown bill cycle "weekly-ish": expected monthly, quarterly, half-yearly or yearly' },
    ]);
  });

  it("a quote never closed rejects the record it starts", async () => {
    const r = await importBytes(enc('entry_id,technician,client,work_date,hours,billable\nA,anna,Acme,2026-03-02,1,true\nB,"anna,Acme,2026-03-02,1,true\n'), timeOptions);
    expect(r.records).toHaveLength(1);
    expect(r.errors).toEqual([{ line: 3, column: null, value: null, reason: "a quoted field is never closed" }]);
  });
});

describe("problems that stop the import", () => {
  async function failure(bytes: Uint8Array, options: ImportOptions): Promise<unknown> {
    try {
      await importBytes(bytes, options);
    } catch (e) {
      return e;
    }
    return null;
  }

  it("a required field without a column", async () => {
    const e = await failure(fixture("generic/time.csv"), { ...timeOptions, mapping: { ...timeOptions.mapping, hours: "" } });
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ reason: "missing_columns", code: "unprocessable", message: 'required field "hours" has no column' });
  });

  it("a mapped header that is not in the file, a field the kind does not have", async () => {
    const e = await failure(fixture("generic/time.csv"), { ...timeOptions, mapping: { ...timeOptions.mapping, technician: "Tech", colour: "x" } });
    expect(e).toMatchObject({ reason: "missing_columns" });
    expect((e as Error).message).toContain('"colour" is not a field of time imports');
    expect((e as Error).message).toContain('column "Tech" (mapped to technician) is not in the file');
  });

  it("invalid options and an empty file", async () => {
    expect(await failure(fixture("generic/time.csv"), { ...timeOptions, timeZone: "Mars/Olympus" })).toMatchObject({ reason: "bad_options", code: "bad_request" });
    expect(await failure(enc("\n\n"), timeOptions)).toMatchObject({ reason: "bad_file", message: "the file is empty: no header row" });
  });

  it("planImport refuses UTF-16 and bad overrides", () => {
    expect(() => planImport(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), { timeZone: "UTC" })).toThrow(/UTF-16/);
    expect(() => planImport(fixture("generic/time.csv"), { timeZone: "Nowhere/Else" })).toThrow(ImportError);
  });
});
