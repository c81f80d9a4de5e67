import type { Locale } from "@/lib/format/locale";

// Wording of the client page's scheduled-report card.
const en = {
  title: "Scheduled client report",
  hint: "The QBR of the month or quarter just ended, as a PDF attached to a short letter written from its summary, e-mailed to the client's contacts. It holds no costs.",
  enabled: "Send this client scheduled reports",
  recipients: "Recipients",
  recipientsHint: "The client's contacts: e-mail addresses separated by commas.",
  cadence: "Cadence",
  cadences: { monthly: "Monthly", quarterly: "Quarterly" },
  daysAfter: "Day after the period ends",
  daysAfterHint: "1 is the day after; sent at 07:00 in the organisation's time zone.",
  hold: "Hold for review",
  holdHint: "The report waits in Reports → Outbox until a manager approves or skips it.",
  language: "Language of the report",
  save: "Save schedule",
  saved: "Saved.",
  noSmtp: "SMTP_URL is not set: reports are made and sent only once it is.",
  nextDue: (when: string) => `Next report: ${when}.`,
  queueNow: "Put the last period's report in the outbox",
  queued: "The report is in the outbox for review.",
  alreadyQueued: "The outbox already has this client's report for the last period.",
  noSchedule: "Save a schedule first.",
  openOutbox: "Open the outbox",
  errors: {
    recipients: "Enter the e-mail addresses of the client's contacts, separated by commas (at most 20).",
    daysAfter: "Enter a day from 1 to 28.",
    noClient: "This client no longer exists.",
  },
};

export type ClientReportMessages = typeof en;

const de: ClientReportMessages = {
  title: "Geplanter Kundenbericht",
  hint: "Der QBR des gerade beendeten Monats oder Quartals als PDF, angehängt an ein kurzes Anschreiben aus seiner Zusammenfassung, per E-Mail an die Ansprechpartner des Kunden. Er enthält keine Kosten.",
  enabled: "Diesem Kunden geplante Berichte senden",
  recipients: "Empfänger",
  recipientsHint: "Die Ansprechpartner des Kunden: E-Mail-Adressen, durch Kommas getrennt.",
  cadence: "Rhythmus",
  cadences: { monthly: "Monatlich", quarterly: "Quartalsweise" },
  daysAfter: "Tag nach Ende des Zeitraums",
  daysAfterHint: "1 ist der Tag danach; gesendet um 07:00 in der Zeitzone der Organisation.",
  hold: "Zur Prüfung zurückhalten",
  holdHint: "Der Bericht wartet unter Berichte → Postausgang, bis eine Führungskraft ihn freigibt oder überspringt.",
  language: "Sprache des Berichts",
  save: "Zeitplan speichern",
  saved: "Gespeichert.",
  noSmtp: "SMTP_URL ist nicht gesetzt: Berichte werden erst erstellt und gesendet, wenn es gesetzt ist.",
  nextDue: (when) => `Nächster Bericht: ${when}.`,
  queueNow: "Bericht des letzten Zeitraums in den Postausgang legen",
  queued: "Der Bericht liegt zur Prüfung im Postausgang.",
  alreadyQueued: "Der Postausgang hat den Bericht dieses Kunden für den letzten Zeitraum schon.",
  noSchedule: "Speichern Sie zuerst einen Zeitplan.",
  openOutbox: "Postausgang öffnen",
  errors: {
    recipients: "Geben Sie die E-Mail-Adressen der Ansprechpartner des Kunden ein, durch Kommas getrennt (höchstens 20).",
    daysAfter: "Geben Sie einen Tag von 1 bis 28 ein.",
    noClient: "Diesen Kunden gibt es nicht mehr.",
  },
};

export function clientReportMessages(locale: Locale): ClientReportMessages {
  return locale === "de" ? de : en;
}
