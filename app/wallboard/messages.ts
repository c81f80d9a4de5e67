import type { Locale } from "@/lib/format/locale";
import type { Workload } from "@/lib/kpi/report-schema";
import type { WallboardBoard } from "./boards";

// Wording of the wallboard (a TV screen: short labels, large type).
const en = {
  title: "Wallboard",
  boards: { overview: "Today at a glance", "service-desk": "Service desk", business: "Business" } satisfies Record<WallboardBoard, string>,
  updated: (time: string) => `Updated ${time} · refreshes every minute`,
  ticketsToday: "Tickets today",
  ticketsWeek: "Tickets this week",
  slaWeek: "SLA met this week",
  firstResponseWeek: "First response this week",
  openAlerts: "Open alerts",
  unacknowledged: (n: number) => (n === 0 ? "all acknowledged" : `${n} not acknowledged`),
  mrr: "MRR",
  netNewMrr: "Net new MRR this month",
  activeClients: "Active clients",
  teamUtilizationWeek: "Team utilization this week",
  teamUtilizationMonth: "Team utilization this month",
  slaMonth: "SLA met this month",
  csatMonth: "CSAT this month",
  minutes: (n: string) => `${n} min`,
  contracts: (n: string) => `${n} contracts`,
  technicians: "Utilization per technician, this week",
  technicianUtilization: (name: string) => `${name}'s utilization this week`,
  moreTechnicians: (n: number) => `+ ${n} more`,
  noTechnicians: "No technician has hours this week.",
  band: { overloaded: "overloaded", balanced: "balanced", idle: "idle" } satisfies Record<Workload, string>,
  bridge: "MRR bridge this month",
  bridgeSteps: {
    start: "Start of month",
    new: "New clients",
    upsell: "Upsell",
    crossSell: "Cross-sell",
    reactivated: "Reactivated",
    contraction: "Contraction",
    churn: "Churn",
    end: "MRR now",
  },
  refusedTitle: "This wallboard link does not work",
  refusedText: "The wallboard token is unknown or was revoked. An owner can create a new one under Settings → Users and access.",
};

export type WallboardMessages = typeof en;

const de: WallboardMessages = {
  title: "Wallboard",
  boards: { overview: "Heute auf einen Blick", "service-desk": "Servicedesk", business: "Geschäft" },
  updated: (time: string) => `Stand ${time} · aktualisiert sich jede Minute`,
  ticketsToday: "Tickets heute",
  ticketsWeek: "Tickets diese Woche",
  slaWeek: "SLA erfüllt diese Woche",
  firstResponseWeek: "Erste Antwort diese Woche",
  openAlerts: "Offene Alarme",
  unacknowledged: (n: number) => (n === 0 ? "alle bestätigt" : `${n} unbestätigt`),
  mrr: "MRR",
  netNewMrr: "Netto-Neu-MRR diesen Monat",
  activeClients: "Aktive Kunden",
  teamUtilizationWeek: "Teamauslastung diese Woche",
  teamUtilizationMonth: "Teamauslastung diesen Monat",
  slaMonth: "SLA erfüllt diesen Monat",
  csatMonth: "CSAT diesen Monat",
  minutes: (n: string) => `${n} Min.`,
  contracts: (n: string) => `${n} Verträge`,
  technicians: "Auslastung je Techniker, diese Woche",
  technicianUtilization: (name: string) => `die Auslastung von ${name} diese Woche`,
  moreTechnicians: (n: number) => `+ ${n} weitere`,
  noTechnicians: "Diese Woche hat kein Techniker Stunden.",
  band: { overloaded: "überlastet", balanced: "ausgewogen", idle: "unterausgelastet" },
  bridge: "MRR-Brücke diesen Monat",
  bridgeSteps: {
    start: "Monatsanfang",
    new: "Neukunden",
    upsell: "Upsell",
    crossSell: "Cross-Sell",
    reactivated: "Reaktiviert",
    contraction: "Reduzierung",
    churn: "Kündigungen",
    end: "MRR jetzt",
  },
  refusedTitle: "Dieser Wallboard-Link funktioniert nicht",
  refusedText: "Das Wallboard-Token ist unbekannt oder wurde widerrufen. Ein Inhaber kann unter Einstellungen → Benutzer und Zugriff ein neues erstellen.",
};

export function wallboardMessages(locale: Locale): WallboardMessages {
  return locale === "de" ? de : en;
}
