import { describe, expect, it } from "vitest";
import { canonicalFields, missingRequiredFields, planImport, SAMPLE_BYTES } from "@/lib/imports";
import { fixture } from "./helpers";

const enc = (text: string) => new TextEncoder().encode(text);

describe("planImport", () => {
  it("detects everything from the sample and previews the first rows with the import's own converter", () => {
    const plan = planImport(fixture("connectwise/time.csv"), { timeZone: "Europe/Berlin" });
    expect(plan.detected).toEqual({ kind: "time", format: "connectwise", confidence: 1 });
    expect(plan.headers).toEqual(["id", "company/identifier", "chargeToId", "chargeToType", "member/identifier", "workType/name", "timeStart", "timeEnd", "actualHours", "billableOption", "hourlyRate", "notes"]);
    expect(plan.options).toEqual({
      kind: "time",
      format: "connectwise",
      mapping: {
        entry_id: "id",
        technician: "member/identifier",
        client: "company/identifier",
        start_time: "timeStart",
        end_time: "timeEnd",
        hours: "actualHours",
        billable: "billableOption",
        ticket_id: "chargeToId",
        charge_to_type: "chargeToType",
        rate: "hourlyRate",
      },
      encoding: "utf-8",
      delimiter: ",",
      dateOrder: "mdy",
      decimalComma: false,
      timeZone: "Europe/Berlin",
      valueMaps: {},
    });
    expect(plan.missingRequired).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.preview).toHaveLength(5);
    expect(plan.preview[0]).toMatchObject({
      line: 2,
      raw: { id: "900101", billableOption: "Billable", notes: "Reset VPN profile, tested with user" },
      record: { entry_id: "900101", hours: "1.5", billable: true },
      errors: [],
    });
  });

  it("shows bad rows in the preview with their errors", () => {
    const plan = planImport(fixture("messy/bad-time.csv"), { timeZone: "UTC" });
    expect(plan.preview.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11]);
    expect(plan.preview[1]).toMatchObject({ record: null, errors: [{ line: 3, column: "hours", value: "-2", reason: "hours must not be negative" }] });
  });

  it("previews at most 10 data rows", () => {
    const rows = Array.from({ length: 25 }, (_, i) => `C${i},Client ${i},`);
    const plan = planImport(enc(["client_id,name,segment", ...rows].join("\n")), { timeZone: "UTC" });
    expect(plan.preview).toHaveLength(10);
    expect(plan.preview[9]?.line).toBe(11);
  });

  it("lets overrides win: kind, format, mapping (empty = unmapped), dateOrder, decimalComma, delimiter, encoding", () => {
    const plan = planImport(fixture("generic/time.csv"), {
      timeZone: "UTC",
      kind: "time",
      format: "generic",
      mapping: { rate: "", amount: "rate" },
      dateOrder: "dmy",
      decimalComma: true,
      encoding: "windows-1252",
    });
    expect(plan.options.mapping.rate).toBeUndefined();
    expect(plan.options.mapping.amount).toBe("rate");
    expect(plan.options).toMatchObject({ dateOrder: "dmy", decimalComma: true, encoding: "windows-1252" });
    // read with a decimal comma, "1.5" and "95.00" are no longer numbers; amount now reads the "rate" column
    expect(plan.preview[0]?.errors).toEqual([
      { line: 2, column: "hours", value: "1.5", reason: "not a number of hours: expected e.g. 1.5 or 01:30" },
      { line: 2, column: "rate", value: "95.00", reason: "not a number: expected e.g. 1234,56" },
    ]);

    const semicolon = planImport(fixture("generic/time.csv"), { timeZone: "UTC", delimiter: ";" });
    expect(semicolon.headers).toEqual(["entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount"]);
    expect(semicolon.missingRequired.length).toBeGreaterThan(0);
  });

  it("with only a kind given, picks the best format for it; detected still reports the header's own guess", () => {
    const plan = planImport(fixture("itflow/tickets.csv"), { timeZone: "UTC", kind: "tickets" });
    expect(plan.options.format).toBe("itflow");
    const forced = planImport(fixture("itflow/tickets.csv"), { timeZone: "UTC", kind: "tickets", format: "generic" });
    expect(forced.detected).toMatchObject({ kind: "tickets", format: "itflow" });
    expect(forced.options.format).toBe("generic");
    expect(forced.missingRequired).toEqual(["ticket_id", "created_at"]); // "Client" matches client
  });

  it("fills the priority value map from the preset's guess, the tenant's entries on top", () => {
    const plan = planImport(fixture("halopsa/tickets.csv"), { timeZone: "UTC", valueMaps: { priority: { "1": "P2", "9": "P4" } } });
    expect(plan.options.valueMaps.priority).toEqual({ "1": "P2", "2": "P2", "3": "P3", "4": "P4", "9": "P4" });
    expect(plan.preview[2]?.record).toMatchObject({ ticket_id: "3303", priority: "P2" });
  });

  it("recognises an unknown layout as nothing, with every required field missing", () => {
    const plan = planImport(enc("foo,bar\n1,2\n"), { timeZone: "UTC" });
    expect(plan.detected).toEqual({ kind: null, format: "generic", confidence: 0 });
    expect(plan.options.kind).toBe("time");
    expect(plan.missingRequired).toEqual(["technician", "client", "work_date", "hours", "billable"]);
    expect(planImport(new Uint8Array(), { timeZone: "UTC" })).toMatchObject({ headers: [], preview: [] });
  });

  it("confidence drops with columns the preset does not know", () => {
    const plan = planImport(enc("ticket_id,client,created_at,Farbe,Laune\nT1,Acme,2026-03-02T10:00:00Z,rot,gut\n"), { timeZone: "UTC" });
    expect(plan.detected).toEqual({ kind: "tickets", format: "generic", confidence: 0.8 });
  });

  it("ignores a record cut off at the end of a full-size sample", () => {
    const header = "client_id,name,segment\n";
    const row = "C1,Nordlicht Logistik GmbH,Logistics\n";
    let text = header;
    while (text.length + row.length <= SAMPLE_BYTES) text += row;
    text += "C2,\"Cut off";
    const sample = enc(text).subarray(0, SAMPLE_BYTES);
    const plan = planImport(sample, { timeZone: "UTC" });
    expect(plan.preview.every((p) => p.errors.length === 0)).toBe(true);
  });
});

describe("field lists", () => {
  it("canonicalFields lists the record fields first, then the helper inputs", () => {
    expect(canonicalFields("time").map((f) => [f.name, f.required])).toEqual([
      ["entry_id", true], ["technician", true], ["client", true], ["work_date", true], ["hours", true], ["billable", true],
      ["ticket_id", false], ["rate", false], ["amount", false], ["category", false],
      ["start_time", false], ["end_time", false], ["duration_seconds", false], ["non_billable", false], ["charge_to_type", false], ["task_id", false], ["entry_seq", false],
    ]);
    expect(canonicalFields("clients").map((f) => f.name)).toEqual(["client_id", "name", "segment"]);
  });

  it("missingRequiredFields accepts stand-ins: start/end for hours, non_billable for billable, an amount per cycle", () => {
    expect(missingRequiredFields("time", {})).toEqual(["technician", "client", "work_date", "hours", "billable"]);
    expect(missingRequiredFields("time", { technician: "t", client: "c", start_time: "s", end_time: "e", non_billable: "n" })).toEqual([]);
    expect(missingRequiredFields("time", { technician: "t", client: "c", start_time: "s", billable: "b" })).toEqual(["hours"]);
    expect(missingRequiredFields("contracts", { contract_id: "i", client: "c", service: "s", period_amount: "a", start_date: "d" })).toEqual([]);
    expect(missingRequiredFields("clients", { name: "Client Name" })).toEqual([]);
    expect(missingRequiredFields("devices", { client: "c", hostname: "" })).toEqual(["device_id"]);
  });
});
