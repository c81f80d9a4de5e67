import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { getKpiSettings, listTechnicianCapacities, updateSettings } from "@/db/queries/org-settings";
import { AppError } from "@/lib/errors";
import { settingsFormValues } from "@/lib/settings/form-values";
import { SettingsForm, settingsFieldErrors, settingsFormInput, toSettingsUpdate, type SettingsUpdate } from "@/lib/settings/schema";
import { createTestOrg, describeEachDatabase } from "../support/db";

async function addTechnician(db: Database, orgId: number, name: string, hours = "40"): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    "insert into technicians (org_id, name, weekly_capacity_hours, source) values ($1, $2, $3::numeric, 'test') returning id",
    [orgId, name, hours],
  );
  return row!.id;
}

/** The FormData the settings page posts for these values. */
function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const VALID = {
  timeZone: "Europe/Berlin",
  currency: "chf",
  holidays: ["2026-12-25", "2026-12-24", "2026-12-25"],
  "sla.P1": "0.5",
  "sla.P2": "2",
  "sla.P3": "7,5", // a German keyboard's decimal comma
  "sla.P4": "48",
  workloadUpper: "95",
  workloadLower: "40",
};

describeEachDatabase("settings (org settings and technician capacities)", (db) => {
  it("stores a valid form and reads it back: settings in minutes and fractions, capacities by id", async () => {
    const orgId = await createTestOrg(db());
    const anna = await addTechnician(db(), orgId, "Anna");
    const ben = await addTechnician(db(), orgId, "Ben", "24");

    const parsed = SettingsForm.safeParse(settingsFormInput(formData({ ...VALID, [`capacity.${anna}`]: "32.5", [`capacity.${ben}`]: "20" })));
    expect(parsed.success).toBe(true);
    await updateSettings(db(), orgId, toSettingsUpdate(parsed.data!, "owner"));

    const settings = await getKpiSettings(db(), orgId);
    expect(settings).toEqual({
      timeZone: "Europe/Berlin",
      currency: "CHF",
      holidays: ["2026-12-24", "2026-12-25"], // sorted, duplicates dropped
      slaTargetMinutes: { P1: 30, P2: 120, P3: 450, P4: 2880 }, // hours × 60
      workloadUpper: 0.95,
      workloadLower: 0.4,
      defaultHourlyCost: null, // the form left the default hourly cost empty: unknown
    });
    const capacities = await listTechnicianCapacities(db(), orgId);
    expect(capacities.map((t) => [t.name, Number(t.weekly_capacity_hours)])).toEqual([["Anna", 32.5], ["Ben", 20]]);

    // What the page shows next is what was saved.
    expect(settingsFormValues(settings, capacities)).toEqual({
      timeZone: "Europe/Berlin",
      currency: "CHF",
      holidays: ["2026-12-24", "2026-12-25"],
      sla: { P1: "0.5", P2: "2", P3: "7.5", P4: "48" },
      workloadUpper: "95",
      workloadLower: "40",
      capacities: { [anna]: "32.5", [ben]: "20" },
    });
  });

  it("rejects invalid input field by field, and nothing is stored", async () => {
    const orgId = await createTestOrg(db());
    const anna = await addTechnician(db(), orgId, "Anna");
    const before = await getKpiSettings(db(), orgId);
    const bad = SettingsForm.safeParse(
      settingsFormInput(
        formData({
          timeZone: "Mars/Olympus_Mons",
          currency: "EURO",
          holidays: ["2026-02-30"],
          "sla.P1": "0",
          "sla.P2": "abc",
          "sla.P3": "",
          "sla.P4": "1000",
          workloadUpper: "90",
          workloadLower: "-5",
          [`capacity.${anna}`]: "200",
        }),
      ),
    );
    expect(bad.success).toBe(false);
    expect(settingsFieldErrors(bad.error!)).toEqual({
      timeZone: "time_zone",
      currency: "currency",
      holidays: "holiday",
      "sla.P1": "sla_hours",
      "sla.P2": "sla_hours",
      "sla.P3": "sla_hours",
      "sla.P4": "sla_hours",
      workloadLower: "percent",
      [`capacity.${anna}`]: "capacity",
    });
    // The lower threshold must lie below the upper one.
    const order = SettingsForm.safeParse(settingsFormInput(formData({ ...VALID, workloadUpper: "50", workloadLower: "50" })));
    expect(order.success ? {} : settingsFieldErrors(order.error)).toEqual({ workloadLower: "thresholds_order" });
    expect(await getKpiSettings(db(), orgId)).toEqual(before);
  });

  it("refuses a technician of another org and rolls the whole update back", async () => {
    const orgId = await createTestOrg(db());
    const mine = await addTechnician(db(), orgId, "Anna");
    const otherOrg = await createTestOrg(db());
    const theirs = await addTechnician(db(), otherOrg, "Eve", "40");
    const before = await getKpiSettings(db(), orgId);

    const update: SettingsUpdate = {
      ...before,
      currency: "USD",
      capacities: [
        { technicianId: mine, weeklyCapacityHours: "10" },
        { technicianId: theirs, weeklyCapacityHours: "1" },
      ],
      hourlyCosts: null,
    };
    const failure = await updateSettings(db(), orgId, update).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "not_found", details: { ids: [theirs] } });

    expect(await getKpiSettings(db(), orgId)).toEqual(before);
    expect((await listTechnicianCapacities(db(), orgId))[0]?.weekly_capacity_hours).toBe("40");
    expect((await listTechnicianCapacities(db(), otherOrg))[0]?.weekly_capacity_hours).toBe("40");
  });
});
