// Wording of the revenue, client, service and technician-time drill-downs (lib/explain/figures-revenue.ts),
// spread into messages.ts. Definitions say what docs/kpis.md says.

type Columns = { ref: string; client: string; who: string; day: string; detail: string; extra: string; value: string; term: string };

export const REVENUE_EN = {
  definitions: {
    active_contracts: "The contracts active on the period's last day (a contract worth 0 counts too).",
    average_contract_value: "MRR divided by the contracts active on the period's last day.",
    "service.mrr": "The monthly value of the service's contracts active on the period's last day.",
    active_clients: "The clients paying recurring revenue on the period's last day (MRR above 0).",
    revenue_per_client: "MRR divided by the clients paying recurring revenue on the period's last day.",
    new_clients: "The clients whose first contract started in the period.",
    churned_clients: "The clients who paid recurring revenue at the start of the period and nothing at its end (new clients aside).",
    "service.coverage": "The paying clients who take the service on the period's last day, divided by all paying clients.",
    recurring_revenue: "The contract revenue earned in the period: each contract's monthly value × 12 ÷ 365 × the days of the period it was active.",
    revenue_per_technician: "Recurring revenue plus billed time revenue, divided by the full-time equivalents of the listed technicians.",
    fte: "The available hours of every listed technician divided by a full-time person's hours: 8 hours × the weekdays of the period.",
    "technician.available_hours": "The technician's weekly capacity ÷ 5 × the weekdays of the period they were active.",
    "technician.billable_hours": "The hours of the technician's billable time entries dated in the period.",
    "technician.logged_hours": "The hours of all the technician's time entries dated in the period, billable or not.",
    "technician.billed_revenue": "The billed amount of the technician's time entries dated in the period: the amount when given, otherwise hours × rate when billable with a rate.",
    "technician.logged_utilization": "The technician's logged hours divided by their available hours.",
  } as Record<string, string>,
  labels: {
    mrr: "MRR", contracts: "contracts", clients: "paying clients", with_service: "taking the service", revenue: "revenue",
    fte: "full-time equivalents", full_time: "full-time hours", logged: "logged",
  } as Record<string, string>,
  terms: {
    paying: "paying on the last day", with_service: "takes the service", without_service: "other services only", recurring: "recurring", logged: "logged",
  } as Record<string, string>,
  reasons: {
    no_mrr_on_last_day: "no recurring revenue on the period's last day",
    client_before_period: "first contract before the period",
    first_contract_after: "first contract after the period",
    new_client: "new client in the period",
    no_mrr_at_start: "no recurring revenue at the start",
    still_paying: "still paying at the end",
    starts_after_period: "starts after the period",
    ended_before_period: "ended before the period",
  } as Record<string, string>,
  columns: {
    clients: { ref: "Client", client: "Client", who: "—", day: "First contract", detail: "MRR at the start", extra: "MRR at the end", value: "Value", term: "Counted as" },
    revenue: {
      ref: "Contract or time entry", client: "Client", who: "Service or technician", day: "Start or work date", detail: "End",
      extra: "Days in the period", value: "Revenue in the period", term: "Counted as",
    },
  } satisfies Record<"clients" | "revenue", Columns>,
};

export const REVENUE_DE: typeof REVENUE_EN = {
  definitions: {
    active_contracts: "Die am letzten Tag des Zeitraums aktiven Verträge (auch ein Vertrag mit Wert 0 zählt).",
    average_contract_value: "MRR geteilt durch die am letzten Tag des Zeitraums aktiven Verträge.",
    "service.mrr": "Der Monatswert der am letzten Tag des Zeitraums aktiven Verträge des Dienstes.",
    active_clients: "Die Kunden, die am letzten Tag des Zeitraums wiederkehrenden Umsatz zahlen (MRR über 0).",
    revenue_per_client: "MRR geteilt durch die Kunden, die am letzten Tag des Zeitraums wiederkehrenden Umsatz zahlen.",
    new_clients: "Die Kunden, deren erster Vertrag im Zeitraum begann.",
    churned_clients: "Die Kunden, die zu Beginn des Zeitraums wiederkehrenden Umsatz zahlten und an seinem Ende nichts (Neukunden ausgenommen).",
    "service.coverage": "Die zahlenden Kunden, die den Dienst am letzten Tag des Zeitraums nutzen, geteilt durch alle zahlenden Kunden.",
    recurring_revenue: "Der im Zeitraum verdiente Vertragsumsatz: Monatswert jedes Vertrags × 12 ÷ 365 × die Tage des Zeitraums, an denen er aktiv war.",
    revenue_per_technician: "Wiederkehrender Umsatz plus abgerechneter Zeitumsatz, geteilt durch die Vollzeitäquivalente der aufgeführten Techniker.",
    fte: "Die verfügbaren Stunden aller aufgeführten Techniker geteilt durch die Stunden einer Vollzeitkraft: 8 Stunden × die Werktage des Zeitraums.",
    "technician.available_hours": "Die Wochenkapazität des Technikers ÷ 5 × die Werktage des Zeitraums, an denen er aktiv war.",
    "technician.billable_hours": "Die Stunden der abrechenbaren Zeiteinträge des Technikers im Zeitraum.",
    "technician.logged_hours": "Die Stunden aller Zeiteinträge des Technikers im Zeitraum, abrechenbar oder nicht.",
    "technician.billed_revenue": "Der abgerechnete Betrag der Zeiteinträge des Technikers im Zeitraum: der Betrag, wenn angegeben, sonst Stunden × Satz, wenn abrechenbar mit Satz.",
    "technician.logged_utilization": "Die erfassten Stunden des Technikers geteilt durch seine verfügbaren Stunden.",
  },
  labels: {
    mrr: "MRR", contracts: "Verträge", clients: "zahlende Kunden", with_service: "mit dem Dienst", revenue: "Umsatz",
    fte: "Vollzeitäquivalente", full_time: "Vollzeitstunden", logged: "erfasst",
  },
  terms: {
    paying: "zahlt am letzten Tag", with_service: "nutzt den Dienst", without_service: "nur andere Dienste", recurring: "wiederkehrend", logged: "erfasst",
  },
  reasons: {
    no_mrr_on_last_day: "kein wiederkehrender Umsatz am letzten Tag des Zeitraums",
    client_before_period: "erster Vertrag vor dem Zeitraum",
    first_contract_after: "erster Vertrag nach dem Zeitraum",
    new_client: "Neukunde im Zeitraum",
    no_mrr_at_start: "kein wiederkehrender Umsatz zu Beginn",
    still_paying: "zahlt am Ende noch",
    starts_after_period: "beginnt nach dem Zeitraum",
    ended_before_period: "vor dem Zeitraum beendet",
  },
  columns: {
    clients: { ref: "Kunde", client: "Kunde", who: "—", day: "Erster Vertrag", detail: "MRR zu Beginn", extra: "MRR am Ende", value: "Wert", term: "Gezählt als" },
    revenue: {
      ref: "Vertrag oder Zeiteintrag", client: "Kunde", who: "Dienst oder Techniker", day: "Beginn oder Arbeitstag", detail: "Ende",
      extra: "Tage im Zeitraum", value: "Umsatz im Zeitraum", term: "Gezählt als",
    },
  },
};
