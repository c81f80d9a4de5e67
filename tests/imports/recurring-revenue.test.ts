import { describe, expect, it } from "vitest";
import { planImport } from "@/lib/imports";
import { importFixture } from "./helpers";

// Where recurring revenue comes from when the contract record does not carry it: ConnectWise
// agreements billed through additions, and Syncro's recurring invoices (its contracts only hold
// an estimated deal amount). Read alike with and without --format.

const zone = { timeZone: "Europe/Berlin" };
const contract = (contract_id: string, client: string | null, service: string, monthly_value: string, start_date: string, tier: string, units: string, monthly_cost: string, end_date: string | null = null) => ({
  contract_id, client, service, monthly_value, start_date, end_date, tier, units, salesperson: null,
  parent_contract_id: contract_id.split("/")[0], monthly_cost,
});

describe("ConnectWise agreement additions", () => {
  for (const overrides of [zone, { ...zone, kind: "contracts" as const, format: "connectwise" as const }]) {
    // the additions API names only the agreement: the database adds its client (tool-fixture-sets)
    it(`one contract per billed addition: quantity × unitPrice, quantity × unitCost, cancelled ones end (${overrides === zone ? "detected" : "--format"})`, async () => {
      const r = await importFixture("connectwise/additions.csv", overrides);
      expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "connectwise" });
      expect(r.records).toEqual([
        contract("3104/5501", null, "MS-WORKSTATION", "1080", "2026-01-01", "Managed Workplace Silver", "24", "288"),
        contract("3104/5502", null, "MS-SERVER", "360", "2026-01-01", "Managed Workplace Silver", "2", "80"),
        contract("3104/5503", null, "MS-M365-BACKUP", "84", "2026-02-01", "Managed Workplace Silver", "24", "28.8", "2026-04-30"),
      ]);
      expect(r.errors).toEqual([{ line: 5, column: "billCustomer", value: "NoCharge", reason: "not billed to the client: no recurring revenue" }]);
    });
  }
});

describe("Syncro recurring invoices", () => {
  for (const overrides of [zone, { ...zone, kind: "contracts" as const, format: "syncro" as const }]) {
    it(`one contract per recurring line: quantity × retail_cents / 100 (and cost_cents) per frequency (${overrides === zone ? "detected" : "--format"})`, async () => {
      const r = await importFixture("syncro/recurring-invoices.csv", overrides);
      expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "syncro" });
      expect(r.records).toEqual([
        contract("61/7101", "Alpenblick Hotels GmbH", "Managed Workstation", "810", "2025-12-15", "Hotel managed IT", "18", "198"),
        contract("61/7102", "Alpenblick Hotels GmbH", "Managed Server", "350", "2025-12-15", "Hotel managed IT", "2", "60"),
        // 360.00 a quarter (cost 90.00); 3 × 24.00 a year (cost 3 × 15.00)
        contract("62/7110", "Müller & Söhne Druckerei", "Cloud Backup 500 GB", "120", "2025-09-20", "Print shop backup", "1", "30"),
        contract("63/7111", "Müller & Söhne Druckerei", "Domain renewal", "6", "2025-09-20", "Domains", "3", "3.75"),
      ]);
      expect(r.errors).toEqual([{ line: 4, column: "one_time_charge", value: "true", reason: "a one-time charge, not recurring revenue" }]);
    });
  }

  it("Syncro contracts are not read as monthly fees: contract_amount is an estimate, so monthly_value stays unmapped", async () => {
    const contracts = "id,customer_id,customer_business_then_name,name,contract_amount,start_date,end_date,status,likelihood\n301,501,Alpenblick Hotels GmbH,Managed IT Hotel Package,2400.00,2026-01-01,2026-12-31,Active,100\n";
    const plan = planImport(new TextEncoder().encode(contracts), zone);
    expect(plan.detected).toMatchObject({ kind: "contracts", format: "syncro" });
    expect(plan.options.mapping).not.toHaveProperty("period_amount");
    expect(plan.missingRequired).toEqual(["monthly_value"]);
  });
});
