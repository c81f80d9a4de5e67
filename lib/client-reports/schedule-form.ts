import { z } from "zod";
import { LOCALES } from "@/lib/format/locale";
import { CADENCES, MAX_DAYS_AFTER } from "./schedule";

/** The client page's report schedule form, as its server action receives it. */
export const ClientReportScheduleForm = z.object({
  clientId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  // An unchecked checkbox is not sent at all.
  enabled: z.literal("on").optional().transform((v) => v === "on"),
  recipients: z
    .string()
    .transform((v) => v.split(/[,;\s]+/).filter(Boolean))
    .pipe(z.array(z.email("is not an e-mail address")).max(20, "at most 20 addresses")),
  cadence: z.enum(CADENCES),
  daysAfter: z.coerce.number().int().min(1).max(MAX_DAYS_AFTER),
  holdForReview: z.literal("on").optional().transform((v) => v === "on"),
  locale: z.enum(LOCALES),
}).refine((form) => !form.enabled || form.recipients.length > 0, { path: ["recipients"], message: "needs at least one address" });
export type ClientReportScheduleForm = z.infer<typeof ClientReportScheduleForm>;
