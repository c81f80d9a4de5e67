"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/auth/audit";
import { confirmTechnician, updateSettings } from "@/db/queries/org-settings";
import { isAppError } from "@/lib/errors";
import { RecordId } from "@/lib/forms/record-id";
import type { SaveSettingsState } from "@/lib/settings/form-values";
import { SettingsForm, settingsFieldErrors, settingsFormInput, toSettingsUpdate } from "@/lib/settings/schema";
import { requestContext } from "@/server/request-context";
import { wakeJobRunner } from "@/server/jobs/wake";

/**
 * Saves the settings form: owner only → validate → store → wake the job runner (it rebuilds the
 * rollups for changed settings in the background) → revalidate every page (they all use the
 * settings). Hourly costs are checked again on their own (toSettingsUpdate): they stay owner-only
 * even should the rest of the form open to managers.
 */
export async function saveSettings(_previous: SaveSettingsState, formData: FormData): Promise<SaveSettingsState> {
  const ctx = await requestContext("owner");
  const parsed = SettingsForm.safeParse(settingsFormInput(formData));
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: settingsFieldErrors(parsed.error) };
  try {
    const update = toSettingsUpdate(parsed.data, ctx.role);
    await updateSettings(ctx.db, ctx.orgId, update);
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "settings.changed", details: update });
    // A new time zone or SLA target: the job runner's next pass rebuilds the rollups; pages show the
    // old figures, marked, until that commits.
    wakeJobRunner();
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) return { ok: false, error: error.code };
    console.error(error);
    return { ok: false, error: "unknown" };
  }
  revalidatePath("/", "layout");
  return { ok: true, savedAt: Date.now() };
}

const ConfirmTechnicianForm = z.object({ technicianId: RecordId });

/** The Confirm button beside a technician who is not confirmed: owner only → confirm → revalidate every page. */
export async function confirmTechnicianAction(formData: FormData): Promise<void> {
  const ctx = await requestContext("owner");
  const { technicianId } = ConfirmTechnicianForm.parse({ technicianId: formData.get("technicianId") });
  await confirmTechnician(ctx.db, ctx.orgId, technicianId);
  await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "technician.confirmed", subject: `technician:${technicianId}` });
  revalidatePath("/", "layout");
}
