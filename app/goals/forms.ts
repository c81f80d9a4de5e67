import { z } from "zod";
import type { GoalRef } from "@/db/goals/goals";
import { RecordId } from "@/lib/forms/record-id";
import { BENCHMARK_KEYS } from "@/lib/goals/defaults";

// Which goal a form is about, as the Goals page's forms post it (a "use server" file may export only actions):
// "12" for a stored goal, "default:csat" for an untouched benchmark default.

export const GoalRefField = z.union([
  RecordId.transform((id): GoalRef => ({ id })),
  z.templateLiteral(["default:", z.enum(BENCHMARK_KEYS)]).transform((v): GoalRef => ({ defaultKey: v.slice("default:".length) })),
]);

/** The goal form's hidden ref: empty sets a new goal. */
export const GoalFormRef = z.preprocess((v) => (v === "" || v === null ? undefined : v), GoalRefField.optional());
