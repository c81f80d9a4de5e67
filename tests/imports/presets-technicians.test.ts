import { describe, expect, it } from "vitest";
import { IMPORT_FORMATS, planImport } from "@/lib/imports";
import { importBytes, importFixture } from "./helpers";

// Every preset reads its tool's user list (ConnectWise members, Autotask resources, HaloPSA
// agents, Syncro users, ITFlow users) as technicians: the name, the id and login other files
// name them by, the role, whether they left, and the hourly cost where the tool keeps one (the database ends those without a date on their
// last logged day: technician-references.test.ts).

const zone = { timeZone: "Europe/Berlin" };
const tech = (technician: string, technician_id: string, login: string, rest: Record<string, unknown> = {}) => ({
  technician, technician_id, login, weekly_capacity_hours: "40", active_from: null, active_to: null, role: null, inactive: null, hourly_cost: null, ...rest,
});

const expected = () => ({
  connectwise: [
    tech("Julia Berg", "148", "jberg", { role: "Senior Engineer", active_from: "2021-04-01", inactive: false, hourly_cost: "52" }),
    tech("Markus Schulz", "152", "mschulz", { role: "Service Desk", active_from: "2023-09-15", weekly_capacity_hours: "30", inactive: false, hourly_cost: "38.5" }),
    tech("Paul Koch", "160", "pkoch", { role: "Field Technician", active_from: "2019-02-01", active_to: "2025-12-31", inactive: true, hourly_cost: "41" }),
  ],
  autotask: [
    tech("Katrin Vogt", "29682885", "kvogt", { role: "Service Desk Lead", inactive: false }),
    tech("Tobias Lehmann", "29682886", "tlehmann", { role: "Network Engineer", inactive: false }),
    tech("Sven Roth", "29682887", "sroth", { role: "Field Technician", inactive: true }),
  ],
  halopsa: [
    tech("Jonas Krüger", "4", "jonas.krueger@msp.example", { role: "Engineer", inactive: false, hourly_cost: "45" }),
    tech("Mia Schulz", "5", "mia.schulz@msp.example", { role: "Service Desk Analyst", inactive: false, hourly_cost: "32" }),
    tech("Ole Brandt", "6", "ole.brandt@msp.example", { role: "Project Engineer", inactive: true, hourly_cost: "48" }),
  ],
  syncro: [
    tech("Lena Hofer", "88", "lena@alpenit.example", { role: "Technicians" }),
    tech("Florian Egger", "89", "florian@alpenit.example", { role: "Technicians" }),
    tech("Claudia Wimmer", "90", "claudia@alpenit.example", { role: "Admins" }),
  ],
  itflow: [
    tech("Anna Berg", "2", "anna@itflow-msp.example", { active_from: "2024-01-08", inactive: false }),
    tech("Leon Wolf", "4", "leon@itflow-msp.example", { active_from: "2025-03-01", inactive: false }),
    tech("Nina Roth", "6", "nina@itflow-msp.example", { active_from: "2023-05-02", active_to: "2025-11-30", inactive: true }),
  ],
});

describe("technician lists of every tool", () => {
  for (const tool of IMPORT_FORMATS.filter((f) => f !== "generic")) {
    it(`${tool}: with --kind technicians --format ${tool}`, async () => {
      const r = await importFixture(`${tool}/technicians.csv`, { ...zone, kind: "technicians", format: tool });
      expect(r.errors).toEqual([]);
      expect(r.records).toEqual(expected()[tool]);
    });
  }

  it("generic files may name first and last name and a daily capacity instead", async () => {
    const csv = new TextEncoder().encode("first_name,last_name,daily_capacity_hours,active\nAda,Lovelace,7.5,no\n");
    const plan = planImport(csv, { ...zone, kind: "technicians", format: "generic" });
    const r = await importBytes(csv, plan.options);
    expect(r.records.map((x) => x.record)).toEqual([tech("Ada Lovelace", "", "", { technician_id: null, login: null, weekly_capacity_hours: "37.5", inactive: true })]);
  });
});
