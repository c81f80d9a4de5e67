// Wording of the service desk's drill-downs (resolution times, positive CSAT, the managed fleet,
// the scorecards), spread into app/explain/messages.ts. Definitions say what docs/kpis.md says.

type ColumnWords = Partial<Record<"ref" | "client" | "who" | "day" | "detail" | "extra" | "value" | "term", string>>;

const FLEET_COLUMNS_EN: ColumnWords = { detail: "Warranty until", extra: "—", value: "Count", term: "Counted as" };
const FLEET_COLUMNS_DE: ColumnWords = { detail: "Garantie bis", extra: "—", value: "Anzahl", term: "Gezählt als" };

export const serviceEn = {
  definitions: {
    resolution_hours: "The median time from a ticket's creation to its resolution, in hours, over the tickets resolved in the period.",
    csat_positive: "The share of the satisfaction scores of tickets resolved in the period that are 4 or 5.",
    tickets_per_device: "The tickets created in the period divided by the devices managed on its last day, per month of the period (its days ÷ 30.4375).",
    managed_devices: "The devices managed on the period's last day: managed since that day or earlier, and not retired by it.",
    "client.managed_devices": "The client's devices managed on the period's last day: managed since that day or earlier, and not retired by it.",
    warranty_coverage: "The share of the devices managed on the period's last day whose warranty runs to that day or later. A device without a warranty date is not under warranty.",
    "technician.tickets_resolved": "The tickets of this technician resolved in the period.",
    "technician.csat": "The mean satisfaction score (1–5) of this technician's tickets resolved in the period that have one.",
    "technician.csat_positive": "The share of the satisfaction scores of this technician's tickets resolved in the period that are 4 or 5.",
    "technician.sla_met": "This technician's tickets created in the period whose first response came within the target for their priority, divided by those with a priority. A ticket without a response whose target has passed by the period's end counts as missed.",
    "technician.first_response_minutes": "The median time from creation to first response, in minutes, over this technician's tickets created in the period that have a first response.",
    "technician.peer_review": "The mean of the 1–5 scores colleagues gave this technician for the quarters that overlap the period.",
    "salesperson.booked_upsell_mrr": "The monthly value of this salesperson's contracts that start in the period and are still active on its last day, for clients who already paid for that service the day before the period.",
    "salesperson.booked_new_service_mrr": "The monthly value of this salesperson's contracts that start in the period and are still active on its last day, for clients who did not pay for that service the day before the period (new clients too).",
    "salesperson.new_service_share": "Booked new-service MRR divided by all MRR this salesperson booked in the period (upsell and new service).",
  } as Record<string, string>,
  labels: { positive: "4 or 5", scored: "scored", under_warranty: "under warranty", new_service: "new service", booked: "booked" } as Record<string, string>,
  terms: { resolved: "resolved", managed: "managed device", under_warranty: "under warranty", no_warranty: "no warranty", new_service: "new service" } as Record<string, string>,
  reasons: {
    booked_as_upsell: "upsell: the client already had this service",
    booked_as_new_service: "new service: the client did not have it",
  } as Record<string, string>,
  /** Column headings of a figure where its kind's headings would mislead. */
  figureColumns: {
    resolution_hours: { value: "Resolution (h)" },
    managed_devices: FLEET_COLUMNS_EN,
    "client.managed_devices": FLEET_COLUMNS_EN,
    warranty_coverage: { detail: "Warranty until", extra: "—", value: "Covered (1/0)", term: "Warranty on the last day" },
    "salesperson.booked_upsell_mrr": { term: "Booked as" },
    "salesperson.booked_new_service_mrr": { term: "Booked as" },
    "salesperson.new_service_share": { term: "Booked as" },
  } as Record<string, ColumnWords>,
  /** Why a figure's records are not listed, where that is for good. */
  notListedBecause: {
    tickets_per_device: "This figure divides two others, whose records are listed under Tickets created and Managed devices.",
    "technician.peer_review": "Peer reviews stay anonymous, so the single scores are not listed here. Owners see each review under Scorecards → Peer reviews.",
  } as Record<string, string>,
  notServed: "This figure is for managers and owners.",
};

export const serviceDe: typeof serviceEn = {
  definitions: {
    resolution_hours: "Der Median der Zeit von der Erstellung eines Tickets bis zu seiner Lösung, in Stunden, über die im Zeitraum gelösten Tickets.",
    csat_positive: "Der Anteil der Zufriedenheitswerte der im Zeitraum gelösten Tickets, die 4 oder 5 sind.",
    tickets_per_device: "Die im Zeitraum erstellten Tickets geteilt durch die am letzten Tag verwalteten Geräte, je Monat des Zeitraums (seine Tage ÷ 30,4375).",
    managed_devices: "Die am letzten Tag des Zeitraums verwalteten Geräte: seit diesem Tag oder früher verwaltet und bis dahin nicht ausgemustert.",
    "client.managed_devices": "Die am letzten Tag des Zeitraums verwalteten Geräte des Kunden: seit diesem Tag oder früher verwaltet und bis dahin nicht ausgemustert.",
    warranty_coverage: "Der Anteil der am letzten Tag des Zeitraums verwalteten Geräte, deren Garantie bis zu diesem Tag oder länger läuft. Ein Gerät ohne Garantiedatum hat keine Garantie.",
    "technician.tickets_resolved": "Die im Zeitraum gelösten Tickets dieses Technikers.",
    "technician.csat": "Der Mittelwert der Zufriedenheitswerte (1–5) der im Zeitraum gelösten Tickets dieses Technikers, die einen haben.",
    "technician.csat_positive": "Der Anteil der Zufriedenheitswerte der im Zeitraum gelösten Tickets dieses Technikers, die 4 oder 5 sind.",
    "technician.sla_met": "Die im Zeitraum erstellten Tickets dieses Technikers, deren erste Antwort innerhalb der Zielzeit ihrer Priorität kam, geteilt durch die mit Priorität. Ein Ticket ohne Antwort, dessen Zielzeit bis zum Ende des Zeitraums verstrichen ist, zählt als verfehlt.",
    "technician.first_response_minutes": "Der Median der Zeit von der Erstellung bis zur ersten Antwort, in Minuten, über die im Zeitraum erstellten Tickets dieses Technikers mit erster Antwort.",
    "technician.peer_review": "Der Mittelwert der Bewertungen (1–5), die Kollegen diesem Techniker für die Quartale gaben, die den Zeitraum überschneiden.",
    "salesperson.booked_upsell_mrr": "Der Monatswert der Verträge dieses Verkäufers, die im Zeitraum beginnen und am letzten Tag noch aktiv sind, für Kunden, die diesen Dienst am Tag vor dem Zeitraum schon bezahlten.",
    "salesperson.booked_new_service_mrr": "Der Monatswert der Verträge dieses Verkäufers, die im Zeitraum beginnen und am letzten Tag noch aktiv sind, für Kunden, die diesen Dienst am Tag vor dem Zeitraum nicht bezahlten (auch Neukunden).",
    "salesperson.new_service_share": "Gebuchter MRR für neue Dienste geteilt durch den gesamten im Zeitraum gebuchten MRR dieses Verkäufers (Upsell und neue Dienste).",
  },
  labels: { positive: "4 oder 5", scored: "bewertet", under_warranty: "unter Garantie", new_service: "neue Dienste", booked: "gebucht" },
  terms: { resolved: "gelöst", managed: "verwaltetes Gerät", under_warranty: "unter Garantie", no_warranty: "keine Garantie", new_service: "neuer Dienst" },
  reasons: {
    booked_as_upsell: "Upsell: Der Kunde hatte diesen Dienst schon",
    booked_as_new_service: "neuer Dienst: Der Kunde hatte ihn nicht",
  },
  figureColumns: {
    resolution_hours: { value: "Lösung (h)" },
    managed_devices: FLEET_COLUMNS_DE,
    "client.managed_devices": FLEET_COLUMNS_DE,
    warranty_coverage: { detail: "Garantie bis", extra: "—", value: "Abgedeckt (1/0)", term: "Garantie am letzten Tag" },
    "salesperson.booked_upsell_mrr": { term: "Gebucht als" },
    "salesperson.booked_new_service_mrr": { term: "Gebucht als" },
    "salesperson.new_service_share": { term: "Gebucht als" },
  },
  notListedBecause: {
    tickets_per_device: "Diese Kennzahl teilt zwei andere, deren Datensätze unter Erstellte Tickets und Verwaltete Geräte aufgeführt sind.",
    "technician.peer_review": "Kollegenbewertungen bleiben anonym, daher werden die einzelnen Werte hier nicht aufgeführt. Inhaber sehen jede Bewertung unter Scorecards → Kollegenbewertungen.",
  },
  notServed: "Diese Kennzahl ist Managern und Inhabern vorbehalten.",
};
