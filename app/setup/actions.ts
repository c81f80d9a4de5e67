"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/server/database";
import { recordAudit } from "@/db/auth/audit";
import { createFirstOwner, membershipOf } from "@/db/auth/users";
import { fieldErrors, FirstOwnerForm, typedValues } from "@/lib/auth/forms";
import { isAppError } from "@/lib/errors";

// What was typed comes back (but the password), since React resets the form after each submission.
export type SetupState = { fieldErrors?: Record<string, string>; error?: string; values?: Record<string, string> };

/** First run only: creates the owner account (refused once any account exists). */
export async function createOwner(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const parsed = FirstOwnerForm.safeParse(Object.fromEntries(formData));
  const values = typedValues(formData, ["orgName", "name", "email"]);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const db = await getDb();
  try {
    const userId = await createFirstOwner(db, parsed.data);
    const membership = await membershipOf(db, userId);
    if (membership) await recordAudit(db, membership.orgId, { actor: `user:${userId}`, action: "user.created", subject: parsed.data.email, details: { role: "owner", firstRun: true } });
  } catch (error) {
    if (isAppError(error)) return { error: error.message, values };
    throw error;
  }
  redirect(`/sign-in?email=${encodeURIComponent(parsed.data.email)}`);
}
