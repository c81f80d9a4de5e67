"use server";

import { revalidatePath } from "next/cache";
import { saveAssessment } from "@/db/assessment/history";
import { AssessmentAnswers, answersFromFormData, invalidStatements } from "@/lib/assessment/schema";
import { isAppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-result";
import { requestContext } from "@/server/request-context";

/** "invalid" names each statement still unscored in `fieldErrors`, in the order they are asked. */
export type SaveAssessmentState = ActionState<{ id: number; takenAt: string }, "invalid" | "forbidden" | "unknown", "missing">;

/** Saves a completed self-assessment: owner only → every statement scored 1–5 → store → refresh the history. */
export async function saveAssessmentAction(_previous: SaveAssessmentState, formData: FormData): Promise<SaveAssessmentState> {
  try {
    const ctx = await requestContext("owner");
    const parsed = AssessmentAnswers.safeParse(answersFromFormData(formData));
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: Object.fromEntries(invalidStatements(parsed.error).map((id) => [id, "missing"])) };
    const saved = await saveAssessment(ctx.db, ctx.orgId, { answers: parsed.data, takenBy: ctx.actor });
    revalidatePath("/assessment");
    return { ok: true, id: saved.id, takenAt: saved.takenAt };
  } catch (error) {
    if (isAppError(error) && (error.code === "forbidden" || error.code === "unauthorized")) return { ok: false, error: "forbidden" };
    console.error(error);
    return { ok: false, error: "unknown" };
  }
}
