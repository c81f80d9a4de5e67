import type { Locale } from "@/lib/format/locale";

// Wording of the services page, next to it (like the period picker's and the charts').
const en = {
  title: "Services",
  subtitle: "Recurring revenue and coverage per service, service tiers, and cross-sell opportunities",
  emptyTitle: "No contracts yet",
  emptyText: "Import your clients and contracts first (service, monthly value, start date and, if you sell tiers, the tier).",
  goToImports: "Go to imports",
  nothingInPeriodTitle: "No services in this period",
  nothingInPeriodText: "No contract was active at the end of this period. Choose a later period.",
  loading: "Loading services…",
  services: {
    heading: "Services",
    caption: "Services with their recurring revenue and coverage",
    exportName: "services.csv",
    service: "Service",
    mrr: "MRR",
    mrrStart: "MRR at start",
    change: "Change",
    clients: "Clients",
    coverage: "Coverage",
    coverageLabel: (service: string) => `Coverage of ${service}`,
    contracts: "Active contracts",
    hint: (day: string, active: number) =>
      `MRR and active contracts on ${day}; coverage is the share of the ${active} active clients (with MRR above 0) that have the service.`,
  },
  tiers: {
    heading: "Contracts by tier",
    hint: "Active contracts at the end of the period per service and tier (Good – Better – Best).",
    summary: (parts: string) => `Active contracts by tier: ${parts}.`,
    none: "No contract carries a tier yet. Map the tier (package) column when you import contracts to see this chart.",
    noTier: "No tier",
    openContracts: (tier: string, service: string) => `contracts of ${service} in the tier ${tier}`,
    service: "Service",
    showTable: "Show the figures as a table",
  },
  crossSell: {
    heading: "Cross-sell opportunities",
    hint: "Which active client lacks which service that other clients buy. Sort by “Missing” to find the biggest gaps; export the list as CSV.",
    caption: "Active clients and the services they have or lack",
    exportName: "cross-sell.csv",
    client: "Client",
    segment: "Segment",
    mrr: "MRR",
    missingCount: "Missing",
    missingList: "Missing services",
    has: "Has it",
    lacks: "Missing",
    none: "No active clients at the end of the period.",
  },
};

export type ServicesMessages = typeof en;

const de: ServicesMessages = {
  title: "Leistungen",
  subtitle: "Wiederkehrender Umsatz und Abdeckung je Leistung, Leistungsstufen und Cross-Selling-Chancen",
  emptyTitle: "Noch keine Verträge",
  emptyText: "Importieren Sie zuerst Kunden und Verträge (Leistung, Monatswert, Beginn und – wenn Sie Stufen verkaufen – die Stufe).",
  goToImports: "Zu den Importen",
  nothingInPeriodTitle: "Keine Leistungen in diesem Zeitraum",
  nothingInPeriodText: "Am Ende dieses Zeitraums war kein Vertrag aktiv. Wählen Sie einen späteren Zeitraum.",
  loading: "Leistungen werden geladen…",
  services: {
    heading: "Leistungen",
    caption: "Leistungen mit wiederkehrendem Umsatz und Abdeckung",
    exportName: "leistungen.csv",
    service: "Leistung",
    mrr: "MRR",
    mrrStart: "MRR zu Beginn",
    change: "Veränderung",
    clients: "Kunden",
    coverage: "Abdeckung",
    coverageLabel: (service) => `Abdeckung von ${service}`,
    contracts: "Aktive Verträge",
    hint: (day, active) =>
      `MRR und aktive Verträge am ${day}; die Abdeckung ist der Anteil der ${active} aktiven Kunden (mit MRR über 0), die die Leistung haben.`,
  },
  tiers: {
    heading: "Verträge nach Stufe",
    hint: "Aktive Verträge am Ende des Zeitraums je Leistung und Stufe (Gut – Besser – Optimal).",
    summary: (parts) => `Aktive Verträge nach Stufe: ${parts}.`,
    none: "Noch kein Vertrag hat eine Stufe. Ordnen Sie beim Import der Verträge die Spalte für Stufe (Paket) zu, um dieses Diagramm zu sehen.",
    noTier: "Ohne Stufe",
    openContracts: (tier, service) => `Verträge von ${service} in der Stufe ${tier}`,
    service: "Leistung",
    showTable: "Werte als Tabelle anzeigen",
  },
  crossSell: {
    heading: "Cross-Selling-Chancen",
    hint: "Welcher aktive Kunde welche Leistung nicht hat, die andere Kunden kaufen. Nach „Fehlt“ sortieren zeigt die größten Lücken; die Liste lässt sich als CSV exportieren.",
    caption: "Aktive Kunden und die Leistungen, die sie haben oder nicht haben",
    exportName: "cross-selling.csv",
    client: "Kunde",
    segment: "Segment",
    mrr: "MRR",
    missingCount: "Fehlt",
    missingList: "Fehlende Leistungen",
    has: "Vorhanden",
    lacks: "Fehlt",
    none: "Keine aktiven Kunden am Ende des Zeitraums.",
  },
};

export function servicesMessages(locale: Locale): ServicesMessages {
  return locale === "de" ? de : en;
}
