"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/server/database";
import { recordAudit } from "@/db/auth/audit";
import { createFirstOwner, membershipOf } from "@/db/auth/users";
import { FirstOwnerForm } from "@/lib/auth/forms";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf, formFields, type ActionState } from "@/lib/forms/action-result";

// What was typed comes back (but the password), since React resets the form after each submission.
// Success redirects to the sign-in page, so only failures come back.
export type SetupState = ActionState;

/** First run only: creates the owner account (refused once any account exists). */
export async function createOwner(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const parsed = FirstOwnerForm.safeParse(Object.fromEntries(formData));
  const values = formFields(formData, ["orgName", "name", "email"]);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const db = await getDb();
  try {
    const userId = await createFirstOwner(db, parsed.data);
    const membership = await membershipOf(db, userId);
    if (membership) await recordAudit(db, membership.orgId, { actor: `user:${userId}`, action: "user.created", subject: parsed.data.email, details: { role: "owner", firstRun: true } });
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message, values };
    throw error;
  }
  redirect(`/sign-in?email=${encodeURIComponent(parsed.data.email)}`);
}
