import type { Locale } from "@/lib/format/locale";
import type { SettingsErrorCode } from "@/lib/settings/schema";

// Wording of the settings page, in both UI languages.
const en = {
  title: "Settings",
  subtitle: "How your figures are worked out: calendar, money, service targets and team capacity.",
  general: { legend: "Calendar and money", timeZone: "Time zone", timeZoneHint: "Days, weeks and periods are counted in this time zone.", currency: "Currency", currencyHint: "Three-letter ISO code, e.g. EUR, USD, CHF." },
  holidays: {
    legend: "Holidays",
    hint: "Weekdays that are not working days: they reduce available hours.",
    add: "Add holiday",
    newHoliday: "Date",
    remove: (day: string) => `Remove ${day}`,
    none: "No holidays yet.",
  },
  sla: { legend: "SLA targets (first response)", hint: "Calendar hours from ticket creation to first response.", priority: (p: string) => `${p} target`, hours: "hours" },
  workload: {
    legend: "Workload thresholds",
    hint: "Overloaded above the upper threshold of logged hours; idle below the lower threshold of billable hours.",
    upper: "Overloaded above",
    lower: "Idle below",
    percent: "% of available hours",
  },
  capacities: {
    legend: "Technician capacity",
    hint: "Weekly hours each technician is available for; utilization divides by these.",
    name: "Technician",
    role: "Role",
    active: "Active",
    hours: "Weekly capacity (hours)",
    capacityOf: (name: string) => `Weekly capacity of ${name} in hours`,
    since: (day: string) => `since ${day}`,
    until: (day: string) => `until ${day}`,
    always: "always",
    none: "No technicians yet: they arrive with your technician or time-entry imports.",
    notConfirmed: "not confirmed",
    notConfirmedTitle: "Technicians not confirmed",
    notConfirmedHint: "Seen only in time entries or tickets, in no technicians import: each counts as active only between their first and last logged day, and rebalancing never hands them work. Confirm the ones who are on your team.",
    confirm: "Confirm",
    confirmLabel: (name: string) => `Confirm ${name} as a technician on the team`,
  },
  save: "Save settings",
  saving: "Saving…",
  saved: "Settings saved. Every page now uses them.",
  invalid: "Some values need a look: see the messages next to the fields.",
  failed: {
    not_found: "A technician in the form no longer exists. Reload the page and try again.",
    unknown: "The settings could not be saved. Try again; if it keeps happening, check the server log.",
  },
  errors: {
    time_zone: "Choose a time zone from the list.",
    currency: "Enter a three-letter ISO currency code, such as EUR.",
    holiday: "Holidays must be real dates (YYYY-MM-DD), at most 366.",
    sla_hours: "Enter a number of hours above 0, at most 720.",
    percent: "Enter a percentage from 0 to 200.",
    thresholds_order: "The idle threshold must be below the overloaded threshold.",
    capacity: "Enter weekly hours from 0 to 168.",
  } satisfies Record<SettingsErrorCode, string>,
};

export type SettingsMessages = typeof en;

const de: SettingsMessages = {
  title: "Einstellungen",
  subtitle: "Wie Ihre Kennzahlen berechnet werden: Kalender, Währung, Serviceziele und Team-Kapazität.",
  general: {
    legend: "Kalender und Währung",
    timeZone: "Zeitzone",
    timeZoneHint: "Tage, Wochen und Zeiträume werden in dieser Zeitzone gezählt.",
    currency: "Währung",
    currencyHint: "Dreistelliger ISO-Code, z. B. EUR, USD, CHF.",
  },
  holidays: {
    legend: "Feiertage",
    hint: "Wochentage, an denen nicht gearbeitet wird: Sie verringern die verfügbaren Stunden.",
    add: "Feiertag hinzufügen",
    newHoliday: "Datum",
    remove: (day) => `${day} entfernen`,
    none: "Noch keine Feiertage.",
  },
  sla: {
    legend: "SLA-Ziele (Erstreaktion)",
    hint: "Kalenderstunden von der Ticket-Erstellung bis zur ersten Reaktion.",
    priority: (p) => `Ziel ${p}`,
    hours: "Stunden",
  },
  workload: {
    legend: "Auslastungsschwellen",
    hint: "Überlastet über der oberen Schwelle der erfassten Stunden; unterausgelastet unter der unteren Schwelle der abrechenbaren Stunden.",
    upper: "Überlastet ab",
    lower: "Unterausgelastet unter",
    percent: "% der verfügbaren Stunden",
  },
  capacities: {
    legend: "Kapazität der Techniker",
    hint: "Wöchentlich verfügbare Stunden je Techniker; die Auslastung teilt durch diese Werte.",
    name: "Techniker",
    role: "Rolle",
    active: "Aktiv",
    hours: "Wochenkapazität (Stunden)",
    capacityOf: (name) => `Wochenkapazität von ${name} in Stunden`,
    since: (day) => `seit ${day}`,
    until: (day) => `bis ${day}`,
    always: "immer",
    none: "Noch keine Techniker: Sie kommen mit dem Import von Technikern oder Zeiteinträgen.",
    notConfirmed: "nicht bestätigt",
    notConfirmedTitle: "Nicht bestätigte Techniker",
    notConfirmedHint: "Nur aus Zeiteinträgen oder Tickets bekannt, in keinem Technikerimport: zählt nur zwischen dem ersten und letzten erfassten Tag als aktiv und bekommt bei der Umverteilung keine Arbeit. Bestätigen Sie, wer zu Ihrem Team gehört.",
    confirm: "Bestätigen",
    confirmLabel: (name) => `${name} als Techniker im Team bestätigen`,
  },
  save: "Einstellungen speichern",
  saving: "Wird gespeichert…",
  saved: "Einstellungen gespeichert. Alle Seiten verwenden sie jetzt.",
  invalid: "Einige Werte bitte prüfen: siehe Hinweise an den Feldern.",
  failed: {
    not_found: "Ein Techniker im Formular existiert nicht mehr. Laden Sie die Seite neu und versuchen Sie es erneut.",
    unknown: "Die Einstellungen konnten nicht gespeichert werden. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie das Server-Log.",
  },
  errors: {
    time_zone: "Wählen Sie eine Zeitzone aus der Liste.",
    currency: "Geben Sie einen dreistelligen ISO-Währungscode ein, z. B. EUR.",
    holiday: "Feiertage müssen gültige Daten sein (JJJJ-MM-TT), höchstens 366.",
    sla_hours: "Geben Sie eine Stundenzahl über 0 ein, höchstens 720.",
    percent: "Geben Sie einen Prozentwert von 0 bis 200 ein.",
    thresholds_order: "Die untere Schwelle muss unter der oberen liegen.",
    capacity: "Geben Sie Wochenstunden von 0 bis 168 ein.",
  },
};

export function settingsMessages(locale: Locale): SettingsMessages {
  return locale === "de" ? de : en;
}
