import { describe, expect, it } from "vitest";
import { planImport } from "@/lib/imports";
import { importBytes } from "./helpers";

// PowerShell's Export-Csv without -NoTypeInformation: a "#TYPE …" line above the quoted header row.

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n") + "\r\n");

const autotaskTime = bytes([
  "#TYPE System.Management.Automation.PSCustomObject",
  '"id","resourceID","companyID","dateWorked","hoursWorked","isNonBillable","ticketID"',
  '"901","29682885","Acme","2026-03-04T00:00:00","1.5","False","7001"',
  '"902","29682885","Acme","2026-03-05T00:00:00","0.25","True",""',
]);

describe("PowerShell #TYPE line", () => {
  it("is skipped by detection: delimiter, kind and format come from the header row below it", () => {
    const plan = planImport(autotaskTime, { timeZone: "UTC" });
    expect(plan.options).toMatchObject({ kind: "time", format: "autotask", delimiter: "," });
    expect(plan.headers[0]).toBe("id");
    expect(plan.missingRequired).toEqual([]);
    expect(plan.preview.map((r) => [r.line, r.errors])).toEqual([[3, []], [4, []]]);
  });

  it("is skipped by the import; line numbers stay the file's own", async () => {
    const plan = planImport(autotaskTime, { timeZone: "UTC" });
    const r = await importBytes(autotaskTime, plan.options, 7);
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => x.line)).toEqual([3, 4]);
    expect(r.records[0]!.record).toMatchObject({ entry_id: "901", technician: "29682885", hours: "1.5", billable: true, ticket_id: "7001" });
  });

  it("with a byte-order mark before it, and in a semicolon file", () => {
    const text = "\uFEFF#TYPE Selected.System.Management.Automation.PSCustomObject\nticket_id;client;created_at\nT1;Acme;2026-03-04 10:00\n";
    const plan = planImport(new TextEncoder().encode(text), { timeZone: "UTC" });
    expect(plan.options).toMatchObject({ kind: "tickets", format: "generic", delimiter: ";" });
    expect(plan.preview[0]?.record).toMatchObject({ ticket_id: "T1", created_at: "2026-03-04T10:00:00.000Z" });
  });
});
