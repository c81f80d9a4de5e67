import { z } from "zod";
import { SCORES, STATEMENT_IDS, type StatementId } from "./statements";

// The answer set the save action accepts: every one of the 20 statements scored 1–5. Drafts stay
// in the browser (the page scores them live); only complete assessments are saved, so every
// saved row has a stage and history points are comparable.

const ScoreValue = z.coerce.number().int().min(1).max(5).pipe(z.union(SCORES.map((s) => z.literal(s))));

export const AssessmentAnswers = z.strictObject(
  Object.fromEntries(STATEMENT_IDS.map((id) => [id, ScoreValue])) as Record<StatementId, typeof ScoreValue>,
);
export type AssessmentAnswers = z.infer<typeof AssessmentAnswers>;

/** The answers in a submitted form (one radio group per statement id); absent groups stay absent. */
export function answersFromFormData(form: FormData): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const id of STATEMENT_IDS) {
    const value = form.get(id);
    if (typeof value === "string" && value !== "") answers[id] = value;
  }
  return answers;
}

/** The statements a rejected answer set lacks or scores out of range, in questionnaire order. */
export function invalidStatements(error: z.ZodError): StatementId[] {
  const ids = new Set(error.issues.map((issue) => String(issue.path[0])));
  return STATEMENT_IDS.filter((id) => ids.has(id));
}
