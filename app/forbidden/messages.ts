import type { Locale } from "@/lib/format/locale";

// Wording of the page a too-low role is sent to.
const en = {
  title: "Not allowed",
  text: (role: string) => `Your role (${role}) does not allow this page. Ask an owner of your organisation if you need it.`,
  back: "Back to the overview",
};

export type ForbiddenMessages = typeof en;

const de: ForbiddenMessages = {
  title: "Nicht erlaubt",
  text: (role: string) => `Ihre Rolle (${role}) erlaubt diese Seite nicht. Fragen Sie einen Inhaber Ihrer Organisation.`,
  back: "Zurück zur Übersicht",
};

export function forbiddenMessages(locale: Locale): ForbiddenMessages {
  return locale === "de" ? de : en;
}
