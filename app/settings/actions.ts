"use server";

import { revalidatePath } from "next/cache";
import { updateSettings } from "@/db/queries/settings";
import { isAppError } from "@/lib/errors";
import type { SaveSettingsState } from "@/lib/settings/form-values";
import { SettingsForm, settingsFieldErrors, settingsFormInput, toSettingsUpdate } from "@/lib/settings/schema";
import { requestContext, type RequestContext } from "../server-context";

// Until sign-in exists every request acts for the default org; a role check belongs here.
function authorize(ctx: RequestContext): RequestContext {
  return ctx;
}

/** Saves the settings form: authorize → validate → store → revalidate every page (they all use the settings). */
export async function saveSettings(_previous: SaveSettingsState, formData: FormData): Promise<SaveSettingsState> {
  const ctx = authorize(await requestContext());
  const parsed = SettingsForm.safeParse(settingsFormInput(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error) };
  try {
    await updateSettings(ctx.db, ctx.orgId, toSettingsUpdate(parsed.data));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return { status: "failed", reason: "not_found" };
    console.error(error);
    return { status: "failed", reason: "unknown" };
  }
  revalidatePath("/", "layout");
  return { status: "saved", savedAt: Date.now() };
}
