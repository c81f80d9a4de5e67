import { z } from "zod";
import { LOCALES } from "@/lib/format/locale";

/** The digest settings form (Settings → Weekly digest), as the server action receives it. */
export const DigestSettingsForm = z.object({
  // An unchecked checkbox is not sent at all.
  subscribed: z.literal("on").optional().transform((v) => v === "on"),
  weekday: z.coerce.number().int().min(1).max(7),
  hour: z.coerce.number().int().min(0).max(23),
  locale: z.enum(LOCALES),
});
export type DigestSettingsForm = z.infer<typeof DigestSettingsForm>;
