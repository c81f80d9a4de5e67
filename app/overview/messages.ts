import type { Locale } from "@/lib/format/locale";

// Wording of the overview page (GET /).
const en = {
  title: "Overview",
  sections: { revenue: "Revenue", delivery: "Team and service desk" },
  cards: {
    mrr: "MRR",
    averageContractValue: "Average contract value",
    netNewMrr: "Net new MRR",
    newMrr: "New MRR",
    expansionMrr: "Upsell + cross-sell",
    churnedMrr: "Churned MRR",
    teamUtilization: "Team utilization",
    revenuePerTechnician: "Revenue per technician",
    ticketsCreated: "Tickets created",
    firstResponse: "First response",
    slaMet: "SLA met",
    csat: "CSAT",
  },
  descriptions: {
    mrr: (day: string) => `Monthly recurring revenue on ${day}`,
    averageContractValue: (contracts: string) => `MRR per active contract (${contracts} contracts)`,
    netNewMrr: "New + reactivated + upsell + cross-sell − contraction − churn",
    newMrr: (clients: number, previous: number) =>
      `From ${clients === 1 ? "1 new client" : `${clients} new clients`} (previous period: ${previous})`,
    expansionMrr: (upsell: string, crossSell: string) => `Upsell ${upsell} · cross-sell ${crossSell}`,
    churnedMrr: (clients: number, previous: number) =>
      `${clients === 1 ? "1 client" : `${clients} clients`} lost (previous period: ${previous})`,
    teamUtilization: (lower: string, upper: string) => `Billable ÷ available hours; balanced between ${lower} and ${upper}`,
    revenuePerTechnician: "Recurring + billed time revenue per full-time technician",
    ticketsCreated: "Tickets opened in the period",
    firstResponse: "Median time to the first response, tickets opened in the period",
    slaMet: "First responses within the target for their priority",
    csat: "Mean rating (1–5) of tickets resolved in the period",
  },
  outOf5: (value: string) => `${value} / 5`,
  trendTitle: "MRR, last 12 months",
  bridgeTitle: "MRR bridge for the period",
  bridge: {
    start: "Start MRR",
    new: "New",
    reactivated: "Reactivated",
    upsell: "Upsell",
    crossSell: "Cross-sell",
    contraction: "Contraction",
    churn: "Churn",
    end: "End MRR",
  },
  emptyTitle: "No clients and contracts yet",
  emptyText: "Import your clients and contracts first (then tickets, time entries and devices) to see MRR, churn and the other KPIs here.",
  goToImports: "Go to imports",
  loading: "Loading the KPIs…",
};

export type OverviewMessages = typeof en;

const de: OverviewMessages = {
  title: "Übersicht",
  sections: { revenue: "Umsatz", delivery: "Team und Service Desk" },
  cards: {
    mrr: "MRR",
    averageContractValue: "Durchschnittlicher Vertragswert",
    netNewMrr: "Netto-Neu-MRR",
    newMrr: "Neu-MRR",
    expansionMrr: "Upsell + Cross-Sell",
    churnedMrr: "Verlorener MRR",
    teamUtilization: "Team-Auslastung",
    revenuePerTechnician: "Umsatz pro Techniker",
    ticketsCreated: "Neue Tickets",
    firstResponse: "Erstreaktion",
    slaMet: "SLA eingehalten",
    csat: "CSAT",
  },
  descriptions: {
    mrr: (day) => `Monatlich wiederkehrender Umsatz am ${day}`,
    averageContractValue: (contracts) => `MRR pro aktivem Vertrag (${contracts} Verträge)`,
    netNewMrr: "Neu + reaktiviert + Upsell + Cross-Sell − Kontraktion − Abwanderung",
    newMrr: (clients, previous) => `Von ${clients === 1 ? "1 Neukunden" : `${clients} Neukunden`} (Vorperiode: ${previous})`,
    expansionMrr: (upsell, crossSell) => `Upsell ${upsell} · Cross-Sell ${crossSell}`,
    churnedMrr: (clients, previous) => `${clients === 1 ? "1 Kunde" : `${clients} Kunden`} verloren (Vorperiode: ${previous})`,
    teamUtilization: (lower, upper) => `Abrechenbare ÷ verfügbare Stunden; ausgewogen zwischen ${lower} und ${upper}`,
    revenuePerTechnician: "Wiederkehrender + abgerechneter Zeitumsatz pro Vollzeit-Techniker",
    ticketsCreated: "Im Zeitraum eröffnete Tickets",
    firstResponse: "Median der Zeit bis zur ersten Reaktion, im Zeitraum eröffnete Tickets",
    slaMet: "Erstreaktionen innerhalb des Ziels ihrer Priorität",
    csat: "Mittlere Bewertung (1–5) der im Zeitraum gelösten Tickets",
  },
  outOf5: (value) => `${value} / 5`,
  trendTitle: "MRR, letzte 12 Monate",
  bridgeTitle: "MRR-Brücke für den Zeitraum",
  bridge: {
    start: "MRR Anfang",
    new: "Neu",
    reactivated: "Reaktiviert",
    upsell: "Upsell",
    crossSell: "Cross-Sell",
    contraction: "Kontraktion",
    churn: "Abwanderung",
    end: "MRR Ende",
  },
  emptyTitle: "Noch keine Kunden und Verträge",
  emptyText:
    "Importieren Sie zuerst Ihre Kunden und Verträge (danach Tickets, Zeiteinträge und Geräte), um hier MRR, Abwanderung und die übrigen Kennzahlen zu sehen.",
  goToImports: "Zu den Importen",
  loading: "Kennzahlen werden geladen…",
};

export function overviewMessages(locale: Locale): OverviewMessages {
  return locale === "de" ? de : en;
}
