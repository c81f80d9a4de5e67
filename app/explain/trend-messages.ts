import type { Locale } from "@/lib/format/locale";

// Wording of the trend section of a figure's explanation view.
const en = {
  heading: "Trend",
  loading: "Loading the figure…",
  intro: (count: number) => `This figure in this period and the ${count - 1} periods of the same length before it.`,
  openPeriod: "Click a point, or a value in the table, to explain that period.",
  summary: (figure: string, count: number, first: string, last: string, value: string) =>
    `${figure} over ${count} periods, from ${first} to ${last}; this period: ${value}.`,
  goalLegend: (target: string) => `Goal ${target}`,
  noGoal: "No goal is set for this figure.",
  noGoals: "Goals are set on the figures alert rules watch, not on this one.",
  gaps: "A gap in the line is a period without data.",
  reading: {
    above: (value: string, median: string) => `This period (${value}) is above the median of the periods shown (${median}).`,
    below: (value: string, median: string) => `This period (${value}) is below the median of the periods shown (${median}).`,
    at: (value: string) => `This period (${value}) is at the median of the periods shown.`,
    noData: "This period has no data, so it cannot be compared with the others.",
    noHistory: "Only this period has data: there is nothing to compare it with yet.",
  },
  showTable: "Show the values as a table",
  caption: (figure: string) => `${figure} per period`,
  period: "Period",
  value: "Value",
};

export type TrendMessages = typeof en;

const de: TrendMessages = {
  heading: "Verlauf",
  loading: "Kennzahl wird geladen …",
  intro: (count) => `Diese Kennzahl in diesem Zeitraum und den ${count - 1} gleich langen Zeiträumen davor.`,
  openPeriod: "Ein Klick auf einen Punkt oder einen Wert in der Tabelle erklärt jenen Zeitraum.",
  summary: (figure, count, first, last, value) => `${figure} über ${count} Zeiträume, von ${first} bis ${last}; dieser Zeitraum: ${value}.`,
  goalLegend: (target) => `Ziel ${target}`,
  noGoal: "Für diese Kennzahl ist kein Ziel gesetzt.",
  noGoals: "Ziele gibt es für die Kennzahlen, die Warnregeln überwachen, nicht für diese.",
  gaps: "Eine Lücke in der Linie ist ein Zeitraum ohne Daten.",
  reading: {
    above: (value, median) => `Dieser Zeitraum (${value}) liegt über dem Median der gezeigten Zeiträume (${median}).`,
    below: (value, median) => `Dieser Zeitraum (${value}) liegt unter dem Median der gezeigten Zeiträume (${median}).`,
    at: (value) => `Dieser Zeitraum (${value}) liegt genau auf dem Median der gezeigten Zeiträume.`,
    noData: "Für diesen Zeitraum gibt es keine Daten, daher lässt er sich nicht mit den anderen vergleichen.",
    noHistory: "Nur dieser Zeitraum hat Daten: Es gibt noch nichts zum Vergleichen.",
  },
  showTable: "Werte als Tabelle anzeigen",
  caption: (figure) => `${figure} je Zeitraum`,
  period: "Zeitraum",
  value: "Wert",
};

export function trendMessages(locale: Locale): TrendMessages {
  return locale === "de" ? de : en;
}
