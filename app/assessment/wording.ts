import type { Locale } from "@/lib/format/locale";
import { wordingDe } from "./wording-de";
import { wordingEn, type AssessmentWording } from "./wording-en";

export type { AssessmentWording } from "./wording-en";

export function assessmentWording(locale: Locale): AssessmentWording {
  return locale === "de" ? wordingDe : wordingEn;
}
