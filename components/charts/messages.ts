import type { Locale } from "@/lib/format/locale";

// Wording of the chart wrappers, next to them (like the period picker's).
const en = {
  showTable: "Show the figures as a table",
  explainBars: "How each bar adds up:",
  explainPoints: "Click a value in the chart or in the table to see how it adds up.",
  month: "Month",
  step: "Step",
  amount: "Amount",
  noData: "No data for this period.",
  trendSummary: (months: number, first: string, firstValue: string, last: string, lastValue: string) =>
    `MRR over ${months} months: ${firstValue} at the end of ${first}, ${lastValue} at the end of ${last}.`,
  bridgeSummary: (start: string, end: string, net: string) => `MRR bridge: from ${start} to ${end}, a net change of ${net}.`,
  increase: "Increase",
  decrease: "Decrease",
  total: "MRR",
  axisStart: (amount: string) => `The axis starts at ${amount}, so the changes stay visible.`,
};

export type ChartMessages = typeof en;

const de: ChartMessages = {
  showTable: "Werte als Tabelle anzeigen",
  explainBars: "Woraus sich jeder Balken zusammensetzt:",
  explainPoints: "Ein Klick auf einen Wert im Diagramm oder in der Tabelle zeigt, woraus er sich zusammensetzt.",
  month: "Monat",
  step: "Schritt",
  amount: "Betrag",
  noData: "Keine Daten für diesen Zeitraum.",
  trendSummary: (months, first, firstValue, last, lastValue) =>
    `MRR über ${months} Monate: ${firstValue} Ende ${first}, ${lastValue} Ende ${last}.`,
  bridgeSummary: (start, end, net) => `MRR-Brücke: von ${start} auf ${end}, netto ${net}.`,
  increase: "Zunahme",
  decrease: "Abnahme",
  total: "MRR",
  axisStart: (amount) => `Die Achse beginnt bei ${amount}, damit die Änderungen sichtbar bleiben.`,
};

export function chartMessages(locale: Locale): ChartMessages {
  return locale === "de" ? de : en;
}
