import { describe, expect, it } from "vitest";
import { planImport, type ImportOverrides } from "@/lib/imports";
import { importBytes } from "./helpers";

// The profitability inputs (docs/kpis.md): a contract's monthly_cost and a time entry's category,
// read by their canonical names and derived from what the tools export.

async function importCsv(text: string, overrides: Omit<ImportOverrides, "timeZone">) {
  const plan = planImport(new TextEncoder().encode(text), { ...overrides, timeZone: "UTC" });
  const result = await importBytes(new TextEncoder().encode(text), plan.options);
  return { plan, errors: result.errors, records: result.records.map((r) => r.record as Record<string, unknown>) };
}

const pick = (records: Record<string, unknown>[], ...fields: string[]) =>
  records.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])));

describe("generic files", () => {
  it("read monthly_cost, and period_cost or unit_cost per bill cycle like monthly_value", async () => {
    const csv = [
      "contract_id,client,service,monthly_value,start_date,monthly_cost,period_cost,unit_cost,units,bill_cycle",
      "K-1,NORDLICHT,Managed Workplace,1470,2026-01-01,380.50,,,42,",
      "K-2,NORDLICHT,Backup,1200,2026-01-01,,2400,,,yearly",
      "K-3,BERGFELD,Security,300,2026-01-01,,,7.5,30,quarterly",
      "K-4,BERGFELD,Phone,150,2026-01-01,,,,,",
      "",
    ].join("\n");
    const r = await importCsv(csv, { kind: "contracts", format: "generic" });
    expect(r.errors).toEqual([]);
    expect(pick(r.records, "contract_id", "monthly_cost")).toEqual([
      { contract_id: "K-1", monthly_cost: "380.5" },
      { contract_id: "K-2", monthly_cost: "200" }, // 2,400 a year / 12
      { contract_id: "K-3", monthly_cost: "75" }, // 30 × 7.50 a quarter / 3
      { contract_id: "K-4", monthly_cost: null }, // unknown, not 0
    ]);
  });

  it("German Excel: semicolons and decimal commas with thousands points", async () => {
    const csv = [
      "contract_id;client;service;monthly_value;start_date;monthly_cost",
      "K-1;NORDLICHT;Managed Workplace;2.450,00;01.01.2026;1.234,50",
      "K-2;BERGFELD;Backup;99,50;01.02.2026;",
      "",
    ].join("\n");
    const r = await importCsv(csv, {});
    expect(r.plan.options).toMatchObject({ kind: "contracts", format: "generic", delimiter: ";", decimalComma: true });
    expect(r.errors).toEqual([]);
    expect(pick(r.records, "contract_id", "monthly_value", "monthly_cost")).toEqual([
      { contract_id: "K-1", monthly_value: "2450", monthly_cost: "1234.5" },
      { contract_id: "K-2", monthly_value: "99.5", monthly_cost: null },
    ]);
  });

  it("read category in any case; empty = none; an unknown word rejects the row naming the column and the allowed values", async () => {
    const csv = [
      "entry_id;technician;client;work_date;hours;billable;ticket_id;category",
      "E-1;Anna Berg;NORDLICHT;2026-03-02;1,5;ja;T-1;Reactive",
      "E-2;Anna Berg;NORDLICHT;2026-03-02;2;nein;;PROACTIVE",
      "E-3;Leon Wolf;BERGFELD;2026-03-03;0,75;ja;;project",
      "E-4;Leon Wolf;BERGFELD;2026-03-03;1;nein;; internal ",
      "E-5;Leon Wolf;BERGFELD;2026-03-04;1;nein;T-2;",
      "E-6;Leon Wolf;BERGFELD;2026-03-04;1;nein;T-2;urgent",
      "",
    ].join("\n");
    const r = await importCsv(csv, {});
    expect(r.plan.options).toMatchObject({ kind: "time", format: "generic", decimalComma: true });
    expect(pick(r.records, "entry_id", "hours", "category")).toEqual([
      { entry_id: "E-1", hours: "1.5", category: "reactive" },
      { entry_id: "E-2", hours: "2", category: "proactive" },
      { entry_id: "E-3", hours: "0.75", category: "project" },
      { entry_id: "E-4", hours: "1", category: "internal" },
      { entry_id: "E-5", hours: "1", category: null },
    ]);
    expect(r.errors).toEqual([
      { line: 7, column: "category", value: "urgent", reason: 'unknown category "urgent": expected one of reactive, proactive, project, internal' },
    ]);
  });
});

describe("presets", () => {
  it("ConnectWise: chargeToType gives the category (service ticket reactive, project ticket project, charge code internal, activity none)", async () => {
    const csv = [
      "id,company/identifier,chargeToId,chargeToType,member/identifier,timeStart,actualHours,billableOption",
      "1,NORDLICHT,48211,ServiceTicket,jberg,2026-03-02T08:00:00Z,1,Billable",
      "2,NORDLICHT,7001,ProjectTicket,jberg,2026-03-02T10:00:00Z,2,Billable",
      "3,NORDLICHT,17,ChargeCode,jberg,2026-03-02T13:00:00Z,0.5,DoNotBill",
      "4,NORDLICHT,55,Activity,jberg,2026-03-02T14:00:00Z,0.25,DoNotBill",
      "",
    ].join("\n");
    const r = await importCsv(csv, { kind: "time", format: "connectwise" });
    expect(r.errors).toEqual([]);
    expect(pick(r.records, "entry_id", "ticket_id", "category")).toEqual([
      { entry_id: "1", ticket_id: "48211", category: "reactive" },
      { entry_id: "2", ticket_id: "7001", category: "project" },
      { entry_id: "3", ticket_id: null, category: "internal" },
      { entry_id: "4", ticket_id: null, category: null },
    ]);
  });

  it("Autotask: time on a project task is project, on a ticket reactive, on neither left empty", async () => {
    const csv = [
      "id,ticketID,taskID,resourceID,companyID,dateWorked,hoursWorked,isNonBillable",
      "1,12001,,29682885,174,2026-03-02T00:00:00.000Z,1.5,false",
      "2,,4410,29682885,174,2026-03-02T00:00:00.000Z,3,false",
      "3,,,29682885,174,2026-03-02T00:00:00.000Z,0.5,true",
      "",
    ].join("\n");
    const r = await importCsv(csv, { kind: "time", format: "autotask" });
    expect(r.plan.options.mapping).toMatchObject({ task_id: "taskID" });
    expect(r.errors).toEqual([]);
    expect(pick(r.records, "entry_id", "category")).toEqual([
      { entry_id: "1", category: "reactive" },
      { entry_id: "2", category: "project" },
      { entry_id: "3", category: null },
    ]);
  });

  it("a generic category column wins over what a preset would derive", async () => {
    const csv = "id,chargeToId,chargeToType,member/identifier,company/identifier,timeStart,actualHours,billableOption,category\n1,48211,ServiceTicket,jberg,NORDLICHT,2026-03-02T08:00:00Z,1,Billable,proactive\n";
    const plan = planImport(new TextEncoder().encode(csv), { timeZone: "UTC", kind: "time", format: "connectwise" });
    const r = await importBytes(new TextEncoder().encode(csv), { ...plan.options, mapping: { ...plan.options.mapping, category: "category" } });
    expect(r.records.map((x) => (x.record as { category: string }).category)).toEqual(["proactive"]);
  });
});
