"use server";

import { revalidatePath } from "next/cache";
import { saveAssessment } from "@/db/assessment/history";
import { AssessmentAnswers, answersFromFormData, invalidStatements } from "@/lib/assessment/schema";
import type { StatementId } from "@/lib/assessment/statements";
import { isAppError } from "@/lib/errors";
import { requestContext } from "@/server/request-context";

export type SaveAssessmentState =
  | { status: "idle" }
  | { status: "saved"; id: number; takenAt: string }
  | { status: "invalid"; missing: StatementId[] }
  | { status: "failed"; reason: "forbidden" | "unknown" };

/** Saves a completed self-assessment: owner only → every statement scored 1–5 → store → refresh the history. */
export async function saveAssessmentAction(_previous: SaveAssessmentState, formData: FormData): Promise<SaveAssessmentState> {
  try {
    const ctx = await requestContext("owner");
    const parsed = AssessmentAnswers.safeParse(answersFromFormData(formData));
    if (!parsed.success) return { status: "invalid", missing: invalidStatements(parsed.error) };
    const saved = await saveAssessment(ctx.db, ctx.orgId, { answers: parsed.data, takenBy: ctx.actor });
    revalidatePath("/assessment");
    return { status: "saved", id: saved.id, takenAt: saved.takenAt };
  } catch (error) {
    if (isAppError(error) && (error.code === "forbidden" || error.code === "unauthorized")) return { status: "failed", reason: "forbidden" };
    console.error(error);
    return { status: "failed", reason: "unknown" };
  }
}
