import { z } from "zod";
import { RecordId } from "@/lib/forms/record-id";

// The alerts page's forms as their server actions read them (a "use server" file may export only actions).

/** The rule form's hidden id: a positive number edits that rule, empty creates one. */
export const RuleId = z.preprocess((v) => (v === "" || v === null ? undefined : v), RecordId.optional());
export const RuleActionForm = z.object({ ruleId: RecordId, action: z.enum(["test", "mute", "unmute", "delete"]) });
export const PresetForm = z.object({ preset: z.string() });
export const FiringForm = z.object({ firingId: RecordId });
export const DeliveryForm = z.object({ deliveryId: RecordId });
export const ScheduleForm = z.discriminatedUnion("action", [
  z.object({ action: z.literal("evaluate") }),
  z.object({ action: z.literal("schedule"), everyMinutes: z.coerce.number().int().min(1).max(1440) }),
]);
