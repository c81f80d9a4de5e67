import type { Locale } from "@/lib/format/locale";

// Wording of the reports pages (the QBR's own is in lib/qbr/messages.ts).
const en = {
  title: "Reports",
  subtitle: "Client-ready reports: quarterly business reviews and patch status",
  patchCard: "Patch status",
  patchCardText: "Share of devices up to date, missing patches and devices not seen recently, per client and overall.",
  open: "Open the patch status report",
  qbrCard: "Quarterly business reviews",
  qbrCardText: "One PDF per client for a quarter — cover, summary, service performance against the previous quarter, tickets and hours, contracts and suggestions — as one zip.",
  quarter: "Quarter",
  language: "Report language",
  languages: { en: "English", de: "German" },
  generate: "Generate all QBRs",
  generating: "Generating…",
  progressLabel: "QBR PDFs generated",
  progress: (done: number, total: number, client: string) => `${done} of ${total} — ${client}`,
  preparing: "Preparing…",
  starting: (total: number) => (total === 1 ? "Preparing 1 report…" : `Preparing ${total} reports…`),
  done: (files: number) => (files === 1 ? "1 report is ready." : `${files} reports are ready.`),
  download: "Download zip",
  noClients: "There are no clients yet, so there is nothing to generate. Import your clients first.",
  failed: (message: string) => `The reports could not be generated: ${message}`,
  network: "The connection was lost while the reports were generated. Please try again.",
  clientsHeading: "Single client",
  clientsText: "Open a client's review from its page on Clients, or pick one here.",
  client: "Client",
  openQbr: "Open QBR",
  outboxCard: "Outbox",
  outboxCardText: "Scheduled client reports: the ones held for review, and the log of every send.",
  outboxHeld: (n: number) => (n === 1 ? "1 report waits for review." : `${n} reports wait for review.`),
  openOutbox: "Open the outbox",
};

export type ReportsMessages = typeof en;

const de: ReportsMessages = {
  title: "Berichte",
  subtitle: "Berichte für Kunden: Quartalsberichte (QBR) und Patch-Status",
  patchCard: "Patch-Status",
  patchCardText: "Anteil der Geräte auf aktuellem Stand, fehlende Patches und länger nicht gesehene Geräte, je Kunde und gesamt.",
  open: "Patch-Status öffnen",
  qbrCard: "Quartalsberichte",
  qbrCardText: "Ein PDF je Kunde für ein Quartal – Deckblatt, Zusammenfassung, Service-Performance gegenüber dem Vorquartal, Tickets und Stunden, Verträge und Empfehlungen – als ein ZIP.",
  quarter: "Quartal",
  language: "Sprache der Berichte",
  languages: { en: "Englisch", de: "Deutsch" },
  generate: "Alle Quartalsberichte erstellen",
  generating: "Wird erstellt…",
  progressLabel: "Erstellte QBR-PDFs",
  progress: (done, total, client) => `${done} von ${total} – ${client}`,
  preparing: "Wird vorbereitet…",
  starting: (total) => (total === 1 ? "1 Bericht wird vorbereitet…" : `${total} Berichte werden vorbereitet…`),
  done: (files) => (files === 1 ? "1 Bericht ist fertig." : `${files} Berichte sind fertig.`),
  download: "ZIP herunterladen",
  noClients: "Es gibt noch keine Kunden, daher ist nichts zu erstellen. Importieren Sie zuerst Ihre Kunden.",
  failed: (message) => `Die Berichte konnten nicht erstellt werden: ${message}`,
  network: "Die Verbindung brach ab, während die Berichte erstellt wurden. Bitte erneut versuchen.",
  clientsHeading: "Einzelner Kunde",
  clientsText: "Öffnen Sie den Bericht eines Kunden auf seiner Seite unter Kunden oder wählen Sie ihn hier.",
  client: "Kunde",
  openQbr: "QBR öffnen",
  outboxCard: "Postausgang",
  outboxCardText: "Geplante Kundenberichte: die zur Prüfung zurückgehaltenen und das Protokoll jedes Versands.",
  outboxHeld: (n) => (n === 1 ? "1 Bericht wartet auf Prüfung." : `${n} Berichte warten auf Prüfung.`),
  openOutbox: "Postausgang öffnen",
};

export function reportsMessages(locale: Locale): ReportsMessages {
  return locale === "de" ? de : en;
}
