import type { Locale } from "@/lib/format/locale";
import { importsDe } from "./messages-de";
import { importsEn, type ImportsMessages } from "./messages-en";

export type { ImportsMessages } from "./messages-en";

export function importsMessages(locale: Locale): ImportsMessages {
  return locale === "de" ? importsDe : importsEn;
}
