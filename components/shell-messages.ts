import type { Locale } from "@/lib/format/locale";

// Wording of the shell every page sits in: the layout, sidebar, language switch, signed-in user and
// alert bell, and the root error and not-found pages.
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
    profitability: "Profitability",
    goals: "Goals",
    scorecards: "Scorecards",
    myScorecard: "My scorecard",
    reports: "Reports",
    assessment: "Maturity assessment",
    imports: "Imports",
    alerts: "Alerts",
    webhooks: "Webhooks",
    settings: "Settings",
  },
  language: "Language",
  signOut: "Sign out",
  digest: "Weekly digest",
  roles: { viewer: "Viewer", manager: "Manager", owner: "Owner" },
  unreadAlerts: (n: number) => (n === 0 ? "Alerts: none unread" : n === 1 ? "Alerts: 1 unread" : `Alerts: ${n} unread`),
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
};

export type ShellMessages = typeof en;

const de: ShellMessages = {
  productName: "msp-kpi",
  productTagline: "Kennzahlen für Managed Service Provider",
  skipToContent: "Zum Inhalt springen",
  nav: {
    label: "Hauptnavigation",
    overview: "Übersicht",
    clients: "Kunden",
    technicians: "Techniker",
    services: "Leistungen",
    profitability: "Rentabilität",
    goals: "Ziele",
    scorecards: "Scorecards",
    myScorecard: "Meine Scorecard",
    reports: "Berichte",
    assessment: "Reifegrad",
    imports: "Importe",
    alerts: "Warnungen",
    webhooks: "Webhooks",
    settings: "Einstellungen",
  },
  language: "Sprache",
  signOut: "Abmelden",
  digest: "Wöchentlicher Überblick",
  roles: { viewer: "Betrachter", manager: "Manager", owner: "Inhaber" },
  unreadAlerts: (n) => (n === 0 ? "Warnungen: keine ungelesen" : `Warnungen: ${n} ungelesen`),
  notFound: {
    title: "Seite nicht gefunden",
    text: "Die angeforderte Seite gibt es nicht oder sie wurde verschoben.",
    back: "Zurück zur Übersicht",
  },
  error: {
    title: "Etwas ist schiefgelaufen",
    text: "Diese Seite konnte nicht angezeigt werden. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie das Server-Log.",
    retry: "Erneut versuchen",
    reference: (digest) => `Referenz: ${digest}`,
  },
};

export function shellMessages(locale: Locale): ShellMessages {
  return locale === "de" ? de : en;
}
