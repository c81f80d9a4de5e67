// Wording of the profitability figures' explanation views (docs/kpis.md "Profitability"), spread
// into messages.ts.

const perClient = (business: string, client: string) => ({ business, client });

const enDefinitions = {
  revenue_earned: perClient(
    "What the listed clients brought in: each contract's monthly value × 12 ÷ 365 × the days of the period it is active, plus the billed amount of the time entries dated in the period.",
    "What the client brought in: each of its contracts' monthly value × 12 ÷ 365 × the days of the period it is active, plus the billed amount of its time entries dated in the period.",
  ),
  hard_cost: perClient(
    "What delivering the listed clients' contracts cost: the same day-by-day share of each contract's monthly cost. A contract without a monthly cost counts as 0.",
    "What delivering the client's contracts cost: the same day-by-day share of each contract's monthly cost. A contract without a monthly cost counts as 0.",
  ),
  labour_cost: perClient(
    "Hours × the technician's cost rate (their hourly cost, else the default hourly cost), over the listed clients' time entries in the period. Hours without a cost rate add nothing.",
    "Hours × the technician's cost rate (their hourly cost, else the default hourly cost), over the client's time entries in the period. Hours without a cost rate add nothing.",
  ),
  gross_profit: perClient(
    "Revenue earned − hard cost − labour cost, over the listed clients.",
    "The client's revenue earned − hard cost − labour cost.",
  ),
  gross_margin: perClient(
    "Gross profit ÷ revenue earned, over the listed clients; negative for a loss, empty without revenue.",
    "The client's gross profit ÷ its revenue earned; negative for a loss, empty without revenue.",
  ),
  effective_hourly_rate: perClient(
    "(Revenue earned − hard cost) ÷ logged hours, over the listed clients: what an hour of work really earns.",
    "(The client's revenue earned − hard cost) ÷ the hours logged for it: what an hour spent on it really earns.",
  ),
  logged_hours: perClient("The hours of every time entry dated in the period, billable or not.", "The hours of the client's time entries dated in the period, billable or not."),
  costed_hours_share: perClient(
    "The hours whose technician has a cost rate ÷ all hours logged in the period: how much of the labour cost is known.",
    "The client's hours whose technician has a cost rate ÷ all its hours in the period: how much of its labour cost is known.",
  ),
  reactive_hours_per_endpoint: perClient(
    "Reactive hours ÷ every device managed on the period's last day ÷ the months of the period (days ÷ 30.4375): firefighting per device and month.",
    "The client's reactive hours ÷ its devices managed on the period's last day ÷ the months of the period (days ÷ 30.4375): firefighting per device and month.",
  ),
  reactive_hours: perClient(
    "The hours of the reactive time entries dated in the period (category reactive, or no category and a ticket).",
    "The hours of the client's reactive time entries dated in the period (category reactive, or no category and a ticket).",
  ),
};

const deDefinitions: typeof enDefinitions = {
  revenue_earned: perClient(
    "Was die aufgeführten Kunden einbrachten: je Vertrag Monatswert × 12 ÷ 365 × die Tage des Zeitraums, an denen er aktiv ist, plus der abgerechnete Betrag der Zeiteinträge im Zeitraum.",
    "Was der Kunde einbrachte: je Vertrag Monatswert × 12 ÷ 365 × die Tage des Zeitraums, an denen er aktiv ist, plus der abgerechnete Betrag seiner Zeiteinträge im Zeitraum.",
  ),
  hard_cost: perClient(
    "Was die Verträge der aufgeführten Kunden in der Erbringung kosteten: derselbe tageweise Anteil der Monatskosten jedes Vertrags. Ein Vertrag ohne Monatskosten zählt 0.",
    "Was die Verträge des Kunden in der Erbringung kosteten: derselbe tageweise Anteil der Monatskosten jedes Vertrags. Ein Vertrag ohne Monatskosten zählt 0.",
  ),
  labour_cost: perClient(
    "Stunden × Kostensatz des Technikers (seine Stundenkosten, sonst die Standard-Stundenkosten), über die Zeiteinträge der aufgeführten Kunden im Zeitraum. Stunden ohne Kostensatz zählen nichts.",
    "Stunden × Kostensatz des Technikers (seine Stundenkosten, sonst die Standard-Stundenkosten), über die Zeiteinträge des Kunden im Zeitraum. Stunden ohne Kostensatz zählen nichts.",
  ),
  gross_profit: perClient(
    "Erzielter Umsatz − direkte Kosten − Personalkosten, über die aufgeführten Kunden.",
    "Erzielter Umsatz − direkte Kosten − Personalkosten des Kunden.",
  ),
  gross_margin: perClient(
    "Rohertrag ÷ erzielter Umsatz, über die aufgeführten Kunden; negativ bei Verlust, leer ohne Umsatz.",
    "Rohertrag des Kunden ÷ sein erzielter Umsatz; negativ bei Verlust, leer ohne Umsatz.",
  ),
  effective_hourly_rate: perClient(
    "(Erzielter Umsatz − direkte Kosten) ÷ erfasste Stunden, über die aufgeführten Kunden: was eine Arbeitsstunde wirklich einbringt.",
    "(Erzielter Umsatz − direkte Kosten des Kunden) ÷ die für ihn erfassten Stunden: was eine Stunde für ihn wirklich einbringt.",
  ),
  logged_hours: perClient("Die Stunden aller Zeiteinträge im Zeitraum, abrechenbar oder nicht.", "Die Stunden der Zeiteinträge des Kunden im Zeitraum, abrechenbar oder nicht."),
  costed_hours_share: perClient(
    "Die Stunden, deren Techniker einen Kostensatz hat ÷ alle im Zeitraum erfassten Stunden: wie viel der Personalkosten bekannt ist.",
    "Die Stunden des Kunden, deren Techniker einen Kostensatz hat ÷ alle seine Stunden im Zeitraum: wie viel seiner Personalkosten bekannt ist.",
  ),
  reactive_hours_per_endpoint: perClient(
    "Reaktive Stunden ÷ alle am letzten Tag des Zeitraums verwalteten Geräte ÷ die Monate des Zeitraums (Tage ÷ 30,4375): Feuerwehreinsätze je Gerät und Monat.",
    "Reaktive Stunden des Kunden ÷ seine am letzten Tag des Zeitraums verwalteten Geräte ÷ die Monate des Zeitraums (Tage ÷ 30,4375): Feuerwehreinsätze je Gerät und Monat.",
  ),
  reactive_hours: perClient(
    "Die Stunden der reaktiven Zeiteinträge im Zeitraum (Kategorie reaktiv, oder ohne Kategorie mit Ticket).",
    "Die Stunden der reaktiven Zeiteinträge des Kunden im Zeitraum (Kategorie reaktiv, oder ohne Kategorie mit Ticket).",
  ),
};

const keyed = (definitions: typeof enDefinitions) =>
  Object.fromEntries(Object.entries(definitions).flatMap(([key, d]) => [[key, d.business], [`client.${key}`, d.client]]));

export const PROFIT_EN = {
  ownerCosts: "What each technician costs is for owners only.",
  definitions: {
    ...keyed(enDefinitions),
    hard_cost_coverage: "The monthly value of the contracts active on the period's last day that have a monthly cost ÷ the monthly value of all contracts active then (the MRR).",
    unlogged_capacity_cost: "For each listed technician with a cost rate: cost rate × the available hours they logged no time in (0 for anyone who logged more than their capacity).",
    "technician.cost_rate": "What an hour of the technician costs: their hourly cost, else the default hourly cost, else none.",
    "technician.labour_cost": "The hours the technician logged in the period × their cost rate; empty without a cost rate.",
  } as Record<string, string>,
  labels: {
    profit: "gross profit", revenue_earned: "revenue earned", after_hard_cost: "revenue − hard cost", logged_hours: "logged hours", costed: "costed hours",
    with_cost: "MRR with a known cost", mrr: "MRR", reactive: "reactive hours", device_days: "managed devices × days",
  } as Record<string, string>,
  terms: {
    contract_share: "contract share", billed: "billed", hard_cost: "hard cost", labour: "labour cost", logged: "logged", costed: "with a cost rate",
    not_costed: "without a cost rate", reactive: "reactive", with_cost: "monthly cost known", no_monthly_cost: "no monthly cost",
    unlogged: "unlogged capacity", managed: "managed device", own_rate: "own hourly cost", default_rate: "default hourly cost", cost_rate: "cost rate",
  } as Record<string, string>,
  reasons: {
    client_not_listed: "client without revenue or hours in the period",
    not_active_in_period: "contract not active in the period",
    no_monthly_cost: "no monthly cost: counts as 0",
    not_billed: "nothing billed",
    no_cost_rate: "technician without a cost rate",
    category_proactive: "proactive work",
    category_project: "project work",
    category_internal: "internal work",
  } as Record<string, string>,
  columns: { ref: "Record", client: "Client", who: "Technician or service", day: "Date", detail: "Hours or days", extra: "Rate (hour or month)", value: "Amount", term: "Line" },
};

export const PROFIT_DE: typeof PROFIT_EN = {
  ownerCosts: "Was jeder Techniker kostet, ist Inhabern vorbehalten.",
  definitions: {
    ...keyed(deDefinitions),
    hard_cost_coverage: "Der Monatswert der am letzten Tag des Zeitraums aktiven Verträge mit Monatskosten ÷ der Monatswert aller dann aktiven Verträge (der MRR).",
    unlogged_capacity_cost: "Für jeden aufgeführten Techniker mit Kostensatz: Kostensatz × die verfügbaren Stunden, in denen er keine Zeit erfasst hat (0 für alle, die mehr als ihre Kapazität erfasst haben).",
    "technician.cost_rate": "Was eine Stunde des Technikers kostet: seine Stundenkosten, sonst die Standard-Stundenkosten, sonst keine.",
    "technician.labour_cost": "Die vom Techniker im Zeitraum erfassten Stunden × sein Kostensatz; leer ohne Kostensatz.",
  },
  labels: {
    profit: "Rohertrag", revenue_earned: "erzielter Umsatz", after_hard_cost: "Umsatz − direkte Kosten", logged_hours: "erfasste Stunden", costed: "Stunden mit Kostensatz",
    with_cost: "MRR mit bekannten Kosten", mrr: "MRR", reactive: "reaktive Stunden", device_days: "verwaltete Geräte × Tage",
  },
  terms: {
    contract_share: "Vertragsanteil", billed: "abgerechnet", hard_cost: "direkte Kosten", labour: "Personalkosten", logged: "erfasst", costed: "mit Kostensatz",
    not_costed: "ohne Kostensatz", reactive: "reaktiv", with_cost: "Monatskosten bekannt", no_monthly_cost: "keine Monatskosten",
    unlogged: "nicht erfasste Kapazität", managed: "verwaltetes Gerät", own_rate: "eigene Stundenkosten", default_rate: "Standard-Stundenkosten", cost_rate: "Kostensatz",
  },
  reasons: {
    client_not_listed: "Kunde ohne Umsatz oder Stunden im Zeitraum",
    not_active_in_period: "Vertrag im Zeitraum nicht aktiv",
    no_monthly_cost: "keine Monatskosten: zählt 0",
    not_billed: "nichts abgerechnet",
    no_cost_rate: "Techniker ohne Kostensatz",
    category_proactive: "proaktive Arbeit",
    category_project: "Projektarbeit",
    category_internal: "interne Arbeit",
  },
  columns: { ref: "Datensatz", client: "Kunde", who: "Techniker oder Dienst", day: "Datum", detail: "Stunden oder Tage", extra: "Satz (Stunde oder Monat)", value: "Betrag", term: "Posten" },
};
