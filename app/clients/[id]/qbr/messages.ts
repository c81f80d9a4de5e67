import { formatCount } from "@/lib/format/plural";
import type { Locale } from "@/lib/format/locale";

// The QBR page's own wording (the report's is in lib/qbr/messages.ts, shared with the PDF).
const en = {
  /** The link on the client's page. */
  openReport: "QBR report",
  back: "Client overview",
  breadcrumb: "Breadcrumb",
  subtitle: (range: string) => `Quarterly business review · ${range}`,
  downloadPdf: "Download PDF",
  downloadCsv: "Download CSV",
  printView: "Print view",
  exports: "Export",
  notesLabel: "Notes for this review",
  notesHint: "Agenda, promises, next steps. Saved with this client and period, and printed in the PDF.",
  notesReadOnly: "Only managers can change the notes.",
  save: "Save notes",
  saving: "Saving…",
  saved: "Notes saved.",
  failed: "The notes could not be saved. Please try again.",
  tooLong: "Notes may be at most 10,000 characters.",
  monthsCaption: "Tickets and hours per month",
  contractsCaption: "Contracts of the client",
  performanceCaption: "Service performance now and in the previous period",
  chartSummary: (tickets: number, hours: string) => `${formatCount(tickets, "en", "ticket", "tickets")} and ${hours} billable in the period.`,
  showTable: "Show the figures as a table",
};

export type QbrPageMessages = typeof en;

const de: QbrPageMessages = {
  openReport: "Quartalsbericht",
  back: "Kundenübersicht",
  breadcrumb: "Brotkrumennavigation",
  subtitle: (range) => `Quartalsbericht · ${range}`,
  downloadPdf: "PDF herunterladen",
  downloadCsv: "CSV herunterladen",
  printView: "Druckansicht",
  exports: "Export",
  notesLabel: "Notizen zu diesem Termin",
  notesHint: "Agenda, Zusagen, nächste Schritte. Gespeichert für diesen Kunden und Zeitraum und im PDF gedruckt.",
  notesReadOnly: "Nur Manager können die Notizen ändern.",
  save: "Notizen speichern",
  saving: "Wird gespeichert…",
  saved: "Notizen gespeichert.",
  failed: "Die Notizen konnten nicht gespeichert werden. Bitte erneut versuchen.",
  tooLong: "Notizen dürfen höchstens 10.000 Zeichen lang sein.",
  monthsCaption: "Tickets und Stunden pro Monat",
  contractsCaption: "Verträge des Kunden",
  performanceCaption: "Service-Performance jetzt und im vorherigen Zeitraum",
  chartSummary: (tickets, hours) => `${formatCount(tickets, "de", "Ticket", "Tickets")} und ${hours} abrechenbar im Zeitraum.`,
  showTable: "Werte als Tabelle anzeigen",
};

export function qbrPageMessages(locale: Locale): QbrPageMessages {
  return locale === "de" ? de : en;
}
