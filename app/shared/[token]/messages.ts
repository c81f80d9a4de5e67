import type { Locale } from "@/lib/format/locale";

// Wording of what a share link answers when it does not show the report.
const en = {
  goneTitle: "This link does not work",
  goneText: "The report link has expired, was revoked, or was mistyped. Ask whoever sent it to you for a new one.",
  busyTitle: "Too many requests",
  busyText: "This link was opened too often in a short time. Try again in a minute.",
};

export type SharedMessages = typeof en;

const de: SharedMessages = {
  goneTitle: "Dieser Link funktioniert nicht",
  goneText: "Der Link zum Bericht ist abgelaufen, wurde widerrufen oder ist unvollständig. Bitten Sie die Person, die ihn Ihnen geschickt hat, um einen neuen.",
  busyTitle: "Zu viele Aufrufe",
  busyText: "Dieser Link wurde in kurzer Zeit zu oft geöffnet. Versuchen Sie es in einer Minute erneut.",
};

export function sharedMessages(locale: Locale): SharedMessages {
  return locale === "de" ? de : en;
}
