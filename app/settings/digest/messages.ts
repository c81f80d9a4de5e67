import type { Locale } from "@/lib/format/locale";

// Wording of the digest settings page (GET /settings/digest).
const en = {
  title: "Weekly digest",
  subtitle: "A weekly e-mail with your headline KPIs, the clients and technicians that moved most, and the week's alerts.",
  form: {
    legend: "Your subscription",
    subscribed: "Send me the weekly digest",
    weekday: "Day",
    hour: "Time",
    hourHint: (timeZone: string) => `In the organisation's time zone (${timeZone}).`,
    locale: "Language of the digest",
    save: "Save",
    saved: "Saved.",
  },
  next: (when: string) => `Next digest: ${when}.`,
  notSubscribed: "You are not subscribed: no digest is sent to you.",
  noSmtp: "No SMTP server is configured (SMTP_URL), so no digests are sent yet.",
  test: { button: "Send me a test", sent: (email: string) => `Test digest sent to ${email}.` },
  preview: {
    title: "Preview",
    hint: "Exactly what the digest would hold if it were sent now: last week against the week before.",
    frame: "Preview of the digest e-mail",
    text: "Plain-text part",
  },
};

const de: typeof en = {
  title: "Wöchentlicher Überblick",
  subtitle: "Eine wöchentliche E-Mail mit Ihren wichtigsten Kennzahlen, den Kunden und Technikern mit den größten Veränderungen und den Warnungen der Woche.",
  form: {
    legend: "Ihr Abonnement",
    subscribed: "Den wöchentlichen Überblick an mich senden",
    weekday: "Tag",
    hour: "Uhrzeit",
    hourHint: (timeZone) => `In der Zeitzone der Organisation (${timeZone}).`,
    locale: "Sprache des Überblicks",
    save: "Speichern",
    saved: "Gespeichert.",
  },
  next: (when) => `Nächster Überblick: ${when}.`,
  notSubscribed: "Sie haben den Überblick nicht abonniert: Ihnen wird nichts gesendet.",
  noSmtp: "Es ist kein SMTP-Server eingerichtet (SMTP_URL), daher werden noch keine Überblicke versendet.",
  test: { button: "Test an mich senden", sent: (email) => `Test-Überblick an ${email} gesendet.` },
  preview: {
    title: "Vorschau",
    hint: "Genau das, was der Überblick enthielte, wenn er jetzt versendet würde: die letzte Woche gegenüber der Vorwoche.",
    frame: "Vorschau der Überblicks-E-Mail",
    text: "Textteil",
  },
};

export function digestSettingsMessages(locale: Locale): typeof en {
  return locale === "de" ? de : en;
}
