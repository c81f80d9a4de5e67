import type { Locale } from "@/lib/format/locale";

// Wording of the shared building blocks pages are made of: the data table, the KPI card, the
// period picker, the recomputing notice and a failed delivery's reason (the shell's words are in shell-messages.ts, the charts' in charts/messages.ts).
const en = {
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
  },
  kpi: {
    previous: (value: string) => `Previous: ${value}`,
    noPrevious: "No previous period",
    explain: "How is this worked out?",
    explainLabel: (figure: string) => `How ${figure} is worked out`,
  },
  goal: {
    target: (target: string) => `Goal ${target}`,
    status: { met: "Met", at_risk: "At risk", missed: "Missed", no_data: "No data" },
  },
  period: {
    label: "Period",
    presets: {
      "this-week": "This week",
      "last-week": "Last week",
      "this-month": "This month",
      "last-month": "Last month",
      "this-quarter": "This quarter",
      "last-quarter": "Last quarter",
      "this-year": "This year",
      "last-year": "Last year",
      custom: "Custom range",
    },
    from: "From",
    to: "To",
    apply: "Apply",
    updating: "Updating…",
    shown: (range: string) => `Showing ${range}`,
    missing: "Enter both dates.",
    order: "The start date must not be after the end date.",
    tooLong: "A period may span at most three years.",
  },
  deliveryError: {
    no_smtp: "No SMTP server is configured (set SMTP_URL).",
    timed_out: "timed out",
    no_answer: (ms: number) => `no answer from the SMTP server within ${ms} ms`,
  },
  recomputing: "Recomputing with your new settings… These figures still use the previous time zone and SLA targets; the page updates itself when the new ones are ready.",
};

export type ComponentMessages = typeof en;

const de: ComponentMessages = {
  table: {
    search: "Suche",
    searchPlaceholder: "Alle Spalten durchsuchen…",
    filter: (column) => `${column} filtern`,
    all: "Alle",
    exportCsv: "CSV exportieren",
    columns: "Spalten",
    rowsPerPage: "Zeilen pro Seite",
    range: (from, to, total) => (total === 0 ? "0 Zeilen" : `${from}–${to} von ${total}`),
    page: (page, pages) => `Seite ${page} von ${pages}`,
    previousPage: "Vorherige Seite",
    nextPage: "Nächste Seite",
    noMatches: "Keine Zeilen passen zur Suche oder zu den Filtern.",
    empty: "Noch nichts anzuzeigen.",
  },
  kpi: {
    previous: (value) => `Vorperiode: ${value}`,
    noPrevious: "Keine Vorperiode",
    explain: "Wie wird das berechnet?",
    explainLabel: (figure) => `Wie ${figure} berechnet wird`,
  },
  goal: {
    target: (target) => `Ziel ${target}`,
    status: { met: "Erreicht", at_risk: "Gefährdet", missed: "Verfehlt", no_data: "Keine Daten" },
  },
  period: {
    label: "Zeitraum",
    presets: {
      "this-week": "Diese Woche",
      "last-week": "Letzte Woche",
      "this-month": "Dieser Monat",
      "last-month": "Letzter Monat",
      "this-quarter": "Dieses Quartal",
      "last-quarter": "Letztes Quartal",
      "this-year": "Dieses Jahr",
      "last-year": "Letztes Jahr",
      custom: "Eigener Zeitraum",
    },
    from: "Von",
    to: "Bis",
    apply: "Anwenden",
    updating: "Wird aktualisiert…",
    shown: (range) => `Angezeigt: ${range}`,
    missing: "Bitte beide Daten angeben.",
    order: "Das Startdatum darf nicht nach dem Enddatum liegen.",
    tooLong: "Ein Zeitraum darf höchstens drei Jahre umfassen.",
  },
  deliveryError: {
    no_smtp: "Es ist kein SMTP-Server eingerichtet (SMTP_URL setzen).",
    timed_out: "Zeitüberschreitung",
    no_answer: (ms) => `keine Antwort vom SMTP-Server innerhalb von ${ms} ms`,
  },
  recomputing: "Wird mit Ihren neuen Einstellungen neu berechnet… Diese Zahlen verwenden noch die bisherige Zeitzone und die bisherigen SLA-Ziele; die Seite aktualisiert sich, sobald die neuen bereit sind.",
};

export function componentMessages(locale: Locale): ComponentMessages {
  return locale === "de" ? de : en;
}
