import type { Locale } from "@/lib/format/locale";
import type { Workload } from "@/lib/kpi/report-schema";

// Wording of the weekly digest e-mail (HTML and plain text alike).
const en = {
  subject: (org: string, week: string) => `${org}: your KPIs for week ${week}`,
  title: "Weekly KPI digest",
  covers: (week: string, from: string, to: string) => `Week ${week} (${from} – ${to}), compared with the week before.`,
  late: (due: string) => `This digest was due on ${due}; the app was not running then, so it comes late.`,
  headlines: "Headline figures",
  before: (value: string) => `week before: ${value}`,
  figures: {
    mrr: "MRR",
    netNewMrr: "Net new MRR",
    churnedMrr: "Churned MRR",
    ticketsCreated: "Tickets created",
    firstResponse: "First response (median)",
    slaMet: "SLA met",
    csat: "CSAT (1–5)",
    teamUtilization: "Team utilization",
    grossProfit: "Gross profit",
    grossMargin: "Gross margin",
  },
  clients: "Clients that moved most",
  technicians: "Technicians that moved most",
  noMovers: "Nobody moved much this week.",
  ticketSpike: (before: string, after: string, one: boolean) => `Ticket spike: ${before} → ${after} ${one ? "ticket" : "tickets"}`,
  slaDrop: (before: string, after: string) => `SLA drop: ${before} → ${after} met`,
  bandChange: (before: string, after: string) => `Utilization band: ${before} → ${after}`,
  band: { overloaded: "overloaded", balanced: "balanced", idle: "idle" } satisfies Record<Workload, string>,
  alerts: "Alerts",
  alertsOpened: (n: number) => (n === 1 ? "1 alert opened this week" : `${n} alerts opened this week`),
  alertsOpen: (n: number) => (n === 1 ? "1 alert still open" : `${n} alerts still open`),
  alertsMore: (n: number) => `… and ${n} more`,
  open: {
    overview: "Open the overview",
    clients: "Open the clients",
    technicians: "Open the technicians",
    alerts: "Open the alerts",
    profitability: "Open profitability",
  },
  footer: "You get this e-mail because you subscribed to the weekly digest (managers and owners are subscribed by default).",
  settings: "Digest settings",
  unsubscribe: "Unsubscribe",
};

type DigestWords = typeof en;

const de: DigestWords = {
  subject: (org, week) => `${org}: Ihre Kennzahlen für KW ${week}`,
  title: "Wöchentlicher KPI-Überblick",
  covers: (week, from, to) => `KW ${week} (${from} – ${to}), verglichen mit der Vorwoche.`,
  late: (due) => `Dieser Überblick war für ${due} geplant; die App lief da nicht, deshalb kommt er verspätet.`,
  headlines: "Wichtigste Kennzahlen",
  before: (value) => `Vorwoche: ${value}`,
  figures: {
    mrr: "MRR",
    netNewMrr: "Netto-Neu-MRR",
    churnedMrr: "Verlorener MRR",
    ticketsCreated: "Neue Tickets",
    firstResponse: "Erste Reaktion (Median)",
    slaMet: "SLA eingehalten",
    csat: "CSAT (1–5)",
    teamUtilization: "Team-Auslastung",
    grossProfit: "Rohertrag",
    grossMargin: "Bruttomarge",
  },
  clients: "Kunden mit den größten Veränderungen",
  technicians: "Techniker mit den größten Veränderungen",
  noMovers: "Diese Woche hat sich wenig bewegt.",
  ticketSpike: (before, after, _one) => `Mehr Tickets: ${before} → ${after}`, // the count reads without a noun in German
  slaDrop: (before, after) => `SLA gesunken: ${before} → ${after} eingehalten`,
  bandChange: (before, after) => `Auslastung: ${before} → ${after}`,
  band: { overloaded: "überlastet", balanced: "ausgewogen", idle: "unterausgelastet" },
  alerts: "Warnungen",
  alertsOpened: (n) => (n === 1 ? "1 Warnung diese Woche ausgelöst" : `${n} Warnungen diese Woche ausgelöst`),
  alertsOpen: (n) => (n === 1 ? "1 Warnung noch offen" : `${n} Warnungen noch offen`),
  alertsMore: (n) => `… und ${n} weitere`,
  open: {
    overview: "Zur Übersicht",
    clients: "Zu den Kunden",
    technicians: "Zu den Technikern",
    alerts: "Zu den Warnungen",
    profitability: "Zur Profitabilität",
  },
  footer: "Sie erhalten diese E-Mail, weil Sie den wöchentlichen Überblick abonniert haben (Manager und Inhaber erhalten ihn standardmäßig).",
  settings: "Einstellungen des Überblicks",
  unsubscribe: "Abbestellen",
};

export function digestMessages(locale: Locale): DigestWords {
  return locale === "de" ? de : en;
}
