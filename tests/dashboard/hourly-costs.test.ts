import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { getHourlyCosts, getKpiSettings, listTechnicianCapacities, updateSettings } from "@/db/queries/org-settings";
import { settingsFormValues } from "@/lib/settings/form-values";
import { SettingsForm, settingsFieldErrors, settingsFormInput, toSettingsUpdate } from "@/lib/settings/schema";
import { createTestOrg, describeEachDatabase } from "../support/db";

// Hourly costs on the settings form: each technician's beside their capacity, and the org default.
// Only an owner may post them (they are close to salaries); empty means unknown, never 0.

async function addTechnician(db: Database, orgId: number, name: string): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    "insert into technicians (org_id, name, weekly_capacity_hours, source) values ($1, $2, 40, 'test') returning id",
    [orgId, name],
  );
  return row!.id;
}

const BASE = {
  timeZone: "UTC",
  currency: "EUR",
  "sla.P1": "1",
  "sla.P2": "4",
  "sla.P3": "8",
  "sla.P4": "24",
  workloadUpper: "90",
  workloadLower: "50",
};

function parse(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...BASE, ...fields })) data.append(name, value);
  return SettingsForm.safeParse(settingsFormInput(data));
}

describeEachDatabase("hourly costs on the settings form", (db) => {
  it("an owner stores each technician's cost and the default; empty is unknown; a form without costs keeps them", async () => {
    const orgId = await createTestOrg(db());
    const anna = await addTechnician(db(), orgId, "Anna");
    const ben = await addTechnician(db(), orgId, "Ben");
    const form = parse({ [`capacity.${anna}`]: "40", [`capacity.${ben}`]: "40", [`hourlyCost.${anna}`]: "52,50", [`hourlyCost.${ben}`]: "", defaultHourlyCost: "45" });
    expect(form.success).toBe(true);
    await updateSettings(db(), orgId, toSettingsUpdate(form.data!, "owner"));
    expect(await getHourlyCosts(db(), orgId)).toEqual({ defaultHourlyCost: "45", technicians: { [anna]: "52.5", [ben]: null } });

    const settings = await getKpiSettings(db(), orgId);
    const capacities = await listTechnicianCapacities(db(), orgId);
    expect(settingsFormValues(settings, capacities, await getHourlyCosts(db(), orgId)).hourlyCosts).toEqual({
      defaultHourlyCost: "45",
      technicians: { [anna]: "52.5", [ben]: "" },
    });
    expect(settingsFormValues(settings, capacities)).not.toHaveProperty("hourlyCosts");

    const withoutCosts = parse({ [`capacity.${anna}`]: "30", [`capacity.${ben}`]: "40" });
    await updateSettings(db(), orgId, toSettingsUpdate(withoutCosts.data!, "owner"));
    expect(await getHourlyCosts(db(), orgId)).toEqual({ defaultHourlyCost: "45", technicians: { [anna]: "52.5", [ben]: null } });

    const cleared = parse({ [`capacity.${anna}`]: "30", [`capacity.${ben}`]: "40", [`hourlyCost.${anna}`]: "", [`hourlyCost.${ben}`]: "38", defaultHourlyCost: "" });
    await updateSettings(db(), orgId, toSettingsUpdate(cleared.data!, "owner"));
    expect(await getHourlyCosts(db(), orgId)).toEqual({ defaultHourlyCost: null, technicians: { [anna]: null, [ben]: "38" } });
  });

  it("refuses costs from a manager or viewer and stores nothing; their form without costs is fine", async () => {
    const orgId = await createTestOrg(db());
    const anna = await addTechnician(db(), orgId, "Anna");
    for (const role of ["manager", "viewer"] as const) {
      for (const costs of [{ [`hourlyCost.${anna}`]: "60" }, { defaultHourlyCost: "50" }]) {
        const form = parse({ [`capacity.${anna}`]: "40", ...costs });
        expect(form.success).toBe(true);
        expect(() => toSettingsUpdate(form.data!, role)).toThrow(expect.objectContaining({ code: "forbidden" }));
      }
      expect(toSettingsUpdate(parse({ [`capacity.${anna}`]: "40" }).data!, role).hourlyCosts).toBeNull();
    }
    expect(await getHourlyCosts(db(), orgId)).toEqual({ defaultHourlyCost: null, technicians: { [anna]: null } });
  });

  it("answers a negative, non-numeric or huge cost next to its field", async () => {
    const bad = parse({ "capacity.1": "40", "hourlyCost.1": "-5", "hourlyCost.2": "abc", defaultHourlyCost: "20000" });
    expect(bad.success).toBe(false);
    expect(settingsFieldErrors(bad.error!)).toEqual({ "hourlyCost.1": "hourly_cost", "hourlyCost.2": "hourly_cost", defaultHourlyCost: "hourly_cost" });
  });

  it("refuses a cost for another org's technician and rolls everything back", async () => {
    const orgId = await createTestOrg(db());
    const anna = await addTechnician(db(), orgId, "Anna");
    const eve = await addTechnician(db(), await createTestOrg(db()), "Eve");
    const form = parse({ [`capacity.${anna}`]: "40", [`hourlyCost.${anna}`]: "50", [`hourlyCost.${eve}`]: "1", defaultHourlyCost: "45" });
    await expect(updateSettings(db(), orgId, toSettingsUpdate(form.data!, "owner"))).rejects.toMatchObject({ code: "not_found", details: { ids: [eve] } });
    expect(await getHourlyCosts(db(), orgId)).toEqual({ defaultHourlyCost: null, technicians: { [anna]: null } });
  });
});
