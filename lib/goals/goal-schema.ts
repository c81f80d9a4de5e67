import { z } from "zod";
import { alertKpi } from "@/lib/alerts/kpis";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";
import { GOAL_METRIC_KEYS } from "./metrics";

// One schema for a goal wherever it enters: the Goals page form and the benchmark defaults.

export const GOAL_SCOPES = ["business", "technician", "client"] as const;
export type GoalScope = (typeof GOAL_SCOPES)[number];

export const GOAL_DIRECTIONS = ["at_least", "at_most"] as const;
export type GoalDirection = (typeof GOAL_DIRECTIONS)[number];

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
// A decimal comma is accepted too (German input); empty is missing, not 0.
const decimal = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? null : Number(v.trim().replace(",", "."))) : v);
const finite = z.number("Enter a number").refine(Number.isFinite, "Enter a number");

export const GoalInput = z
  .object({
    metric: z.enum(GOAL_METRIC_KEYS, "Choose a figure"),
    /** A technician's or client's name; empty sets the goal for every one of them (or the business). */
    subject: z.preprocess(emptyToNull, z.string().trim().max(200).nullable()).default(null),
    direction: z.enum(GOAL_DIRECTIONS, "Choose at least or at most"),
    target: z.preprocess((v) => decimal(v) ?? undefined, finite),
    /** Where "at risk" starts: beyond the target on the good side (an upper warning, like utilization above 85 %) or short of it. */
    warn: z.preprocess(decimal, finite.nullable()).default(null),
    dueDate: z.preprocess(emptyToNull, CalendarDate.nullable()).default(null),
    /** Where the target comes from (a benchmark, a plan). */
    source: z.preprocess(emptyToNull, z.string().trim().max(300, "at most 300 characters").nullable()).default(null),
  })
  .refine((g) => g.warn === null || g.warn !== g.target, { message: "The warning must differ from the target", path: ["warn"] })
  .refine((g) => alertKpi(g.metric).scope !== "business" || g.subject === null, {
    message: "A business-wide figure has no technician or client",
    path: ["subject"],
  });
export type GoalInput = z.infer<typeof GoalInput>;

/** A goal in force: the input plus where it came from. `id` is null for a benchmark default nobody has changed. */
export interface Goal extends GoalInput {
  id: number | null;
  scope: GoalScope;
  defaultKey: string | null;
}
