import type { ImportsMessages } from "./messages";
import type { ImportPlan } from "./types";

/** What to ask when detection could not decide the kind: which of two candidates, or just "choose". */
export function kindQuestion(plan: ImportPlan, t: ImportsMessages): string {
  const candidates = plan.question;
  if (!candidates) return t.preview.notDetected;
  const [first, second] = candidates.map((c) => t.kinds[c.kind] ?? c.kind);
  return t.notices.question(first!, second!);
}
