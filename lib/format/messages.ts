import type { Locale } from "./locale";

// Shell strings only (navigation, empty states, table controls). Feature pages keep their own
// wording next to their code until they need translating too.

const en = {
  productName: "msp-kpi",
  productTagline: "KPIs for managed service providers",
  skipToContent: "Skip to content",
  nav: {
    label: "Main navigation",
    overview: "Overview",
    clients: "Clients",
    technicians: "Technicians",
    services: "Services",
    imports: "Imports",
    settings: "Settings",
  },
  language: "Language",
  overview: {
    title: "Overview",
    subtitle: "Profitability, service delivery and utilisation at a glance",
  },
  noData: "No data yet",
  noDataImport: "Import your PSA and RMM exports to see your KPIs.",
  goToImports: "Go to imports",
  notFound: {
    title: "Page not found",
    text: "The page you asked for does not exist or has moved.",
    back: "Back to the overview",
  },
  error: {
    title: "Something went wrong",
    text: "This page could not be shown. Try again; if it keeps happening, check the server log.",
    retry: "Try again",
    reference: (digest: string) => `Reference: ${digest}`,
  },
  kpi: {
    previous: (value: string) => `Previous: ${value}`,
    noPrevious: "No previous period",
  },
  table: {
    search: "Search",
    searchPlaceholder: "Search all columns…",
    filter: (column: string) => `Filter ${column}`,
    all: "All",
    exportCsv: "Export CSV",
    columns: "Columns",
    rowsPerPage: "Rows per page",
    range: (from: number, to: number, total: number) => (total === 0 ? "0 rows" : `${from}–${to} of ${total}`),
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    previousPage: "Previous page",
    nextPage: "Next page",
    noMatches: "No rows match the search or filters.",
    empty: "Nothing to show yet.",
    sortBy: (column: string) => `Sort by ${column}`,
  },
};

export type Messages = typeof en;

const de: Messages = {
  productName: "msp-kpi",
  productTagline: "Kennzahlen für Managed Service Provider",
  skipToContent: "Zum Inhalt springen",
  nav: {
    label: "Hauptnavigation",
    overview: "Übersicht",
    clients: "Kunden",
    technicians: "Techniker",
    services: "Leistungen",
    imports: "Importe",
    settings: "Einstellungen",
  },
  language: "Sprache",
  overview: {
    title: "Übersicht",
    subtitle: "Profitabilität, Servicequalität und Auslastung auf einen Blick",
  },
  noData: "Noch keine Daten",
  noDataImport: "Importieren Sie Ihre PSA- und RMM-Exporte, um Ihre Kennzahlen zu sehen.",
  goToImports: "Zu den Importen",
  notFound: {
    title: "Seite nicht gefunden",
    text: "Die angeforderte Seite gibt es nicht oder sie wurde verschoben.",
    back: "Zurück zur Übersicht",
  },
  error: {
    title: "Etwas ist schiefgelaufen",
    text: "Diese Seite konnte nicht angezeigt werden. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie das Server-Log.",
    retry: "Erneut versuchen",
    reference: (digest: string) => `Referenz: ${digest}`,
  },
  kpi: {
    previous: (value: string) => `Vorperiode: ${value}`,
    noPrevious: "Keine Vorperiode",
  },
  table: {
    search: "Suche",
    searchPlaceholder: "Alle Spalten durchsuchen…",
    filter: (column: string) => `${column} filtern`,
    all: "Alle",
    exportCsv: "CSV exportieren",
    columns: "Spalten",
    rowsPerPage: "Zeilen pro Seite",
    range: (from: number, to: number, total: number) => (total === 0 ? "0 Zeilen" : `${from}–${to} von ${total}`),
    page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
    previousPage: "Vorherige Seite",
    nextPage: "Nächste Seite",
    noMatches: "Keine Zeilen passen zur Suche oder zu den Filtern.",
    empty: "Noch nichts anzuzeigen.",
    sortBy: (column: string) => `Nach ${column} sortieren`,
  },
};

const dictionaries: Record<Locale, Messages> = { en, de };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}
