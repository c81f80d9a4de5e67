import type { ClientReportStatus } from "@/lib/client-reports/status";
import type { Locale } from "@/lib/format/locale";

// Wording of Reports → Outbox.
const en = {
  title: "Outbox",
  subtitle: "Scheduled client reports: review the held ones, and see every send",
  back: "Reports",
  breadcrumb: "Breadcrumb",
  heldHeading: "Waiting for review",
  heldNone: "No report waits for review.",
  heldHint: "Edit the notes if you like (they appear in the PDF and the letter), then approve to send the report, or skip it.",
  period: (range: string) => `Period ${range}`,
  to: (recipients: string) => `To: ${recipients}`,
  approve: "Approve and send",
  skip: "Skip",
  retry: "Retry",
  sent: "Approved and sent.",
  sendFailed: (error: string) => `Approved, but sending failed: ${error}. It is retried automatically; see the log below.`,
  skipped: "Skipped: this report is not sent.",
  retried: "Sent.",
  retryFailed: (error: string) => `Sending failed again: ${error}.`,
  gone: "This report has changed meanwhile; the page now shows it as it is.",
  logHeading: "Send log",
  caption: "Client reports and their delivery",
  exportName: "client-reports.csv",
  empty: "No client report has been made yet. Set a schedule on a client's page.",
  col: {
    client: "Client",
    period: "Period",
    recipients: "Recipients",
    status: "Status",
    attempts: "Attempts",
    decided: "Approved or skipped by",
    delivered: "Sent",
    created: "Made",
    actions: "Actions",
  },
  status: { held: "Held for review", pending: "Sending", delivered: "Sent", failed: "Failed", skipped: "Skipped" } satisfies Record<ClientReportStatus, string>,
  late: "made late",
  nextTry: (when: string) => `next try ${when}`,
  formerMember: "former member",
};

export type OutboxMessages = typeof en;

const de: OutboxMessages = {
  title: "Postausgang",
  subtitle: "Geplante Kundenberichte: die zurückgehaltenen prüfen und jeden Versand sehen",
  back: "Berichte",
  breadcrumb: "Brotkrümelnavigation",
  heldHeading: "Wartet auf Prüfung",
  heldNone: "Kein Bericht wartet auf Prüfung.",
  heldHint: "Passen Sie bei Bedarf die Anmerkungen an (sie stehen im PDF und im Anschreiben), dann geben Sie den Bericht zum Versand frei oder überspringen ihn.",
  period: (range) => `Zeitraum ${range}`,
  to: (recipients) => `An: ${recipients}`,
  approve: "Freigeben und senden",
  skip: "Überspringen",
  retry: "Erneut senden",
  sent: "Freigegeben und gesendet.",
  sendFailed: (error) => `Freigegeben, aber der Versand schlug fehl: ${error}. Er wird automatisch wiederholt; siehe Protokoll unten.`,
  skipped: "Übersprungen: Dieser Bericht wird nicht gesendet.",
  retried: "Gesendet.",
  retryFailed: (error) => `Der Versand schlug erneut fehl: ${error}.`,
  gone: "Dieser Bericht hat sich inzwischen geändert; die Seite zeigt ihn jetzt, wie er ist.",
  logHeading: "Versandprotokoll",
  caption: "Kundenberichte und ihr Versand",
  exportName: "kundenberichte.csv",
  empty: "Noch kein Kundenbericht erstellt. Legen Sie auf der Seite eines Kunden einen Zeitplan fest.",
  col: {
    client: "Kunde",
    period: "Zeitraum",
    recipients: "Empfänger",
    status: "Status",
    attempts: "Versuche",
    decided: "Freigegeben oder übersprungen von",
    delivered: "Gesendet",
    created: "Erstellt",
    actions: "Aktionen",
  },
  status: { held: "Zur Prüfung zurückgehalten", pending: "Wird gesendet", delivered: "Gesendet", failed: "Fehlgeschlagen", skipped: "Übersprungen" },
  late: "verspätet erstellt",
  nextTry: (when) => `nächster Versuch ${when}`,
  formerMember: "ehemaliges Mitglied",
};

export function outboxMessages(locale: Locale): OutboxMessages {
  return locale === "de" ? de : en;
}
