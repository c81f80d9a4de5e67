import type { Workload } from "@/lib/kpi/report-schema";

// Plain numbers in, plain numbers out: the proposal is a projection for people to judge, not a
// reported KPI, so hours are kept to 4 decimals like the report's figures and nothing is money.

/** One technician's hours for one client in the period, and the client's tickets still open with them. */
export interface ClientWork {
  clientId: number;
  client: string;
  loggedHours: number;
  billableHours: number;
  openTickets: number;
}

/** A technician as the report sees them for the period, with their work split by client. */
export interface TechnicianLoad {
  technicianId: number;
  technician: string;
  /** False for someone known only from time entries or tickets: never handed work. */
  confirmed: boolean;
  availableHours: number;
  billableHours: number;
  loggedHours: number;
  clients: ClientWork[];
}

export interface Thresholds {
  /** overloaded when logged_utilization > upper */
  workloadUpper: number;
  /** idle when utilization < lower (and not overloaded) */
  workloadLower: number;
}

/** utilization = billable / available, logged_utilization = logged / available, and the band they give. */
export interface LoadFigures {
  utilization: number | null;
  loggedUtilization: number | null;
  workload: Workload | null;
}

/** An accepted move is pending until an import shows it carried out in the PSA, then done. */
export type MoveStatus = "pending" | "done";

/** A client's work handed from one technician to another (an accepted move or a proposal). */
export interface Move {
  clientId: number;
  fromTechnicianId: number;
  toTechnicianId: number;
}

export interface ProposedMove extends Move {
  client: string;
  from: string;
  to: string;
  /** The from-technician's logged (and billable) hours for the client in the period. */
  hours: number;
  billableHours: number;
  openTickets: number;
  fromBefore: LoadFigures;
  fromAfter: LoadFigures;
  toBefore: LoadFigures;
  toAfter: LoadFigures;
}

/** Something of a moved client still with the old technician, to hand over in the PSA. */
export interface ReassignmentItem {
  kind: "ticket" | "scheduled";
  /** The PSA's id: the ticket id, or the time entry id. */
  ref: string;
  /** The ticket's subject, or the ticket a scheduled entry books to. */
  subject: string | null;
  priority: string | null;
  /** Ticket created (ISO instant), or the scheduled work date. */
  date: string;
}
