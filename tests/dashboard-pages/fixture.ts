import { emptyDataset, type KpiDataset } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from "@/lib/records/settings";
import { contract, device, entry, status, technician, ticket } from "../kpi/factories";

// A small hand-made business for March 2026 in Europe/Berlin (UTC+1 in March until the 29th, then +2).
export const PERIOD = { from: "2026-03-01", to: "2026-03-31" };
export const SETTINGS: KpiSettings = { ...DEFAULT_KPI_SETTINGS, timeZone: "Europe/Berlin", currency: "EUR" };

export function smallBusiness(): KpiDataset {
  return {
    ...emptyDataset(),
    clients: [
      { name: "Acme", segment: "SMB" },
      { name: "Beta", segment: "Healthcare" },
      { name: "Gamma", segment: null },
    ],
    contracts: [
      contract({ client: "Acme", service: "Backup", monthly_value: "100", start_date: "2025-06-01", tier: "Good", units: "10", salesperson: "Sam" }),
      contract({ client: "Acme", service: "Managed", monthly_value: "400.50", start_date: "2025-01-01", tier: "Better" }),
      contract({ client: "Acme", service: "Security", monthly_value: "60", start_date: "2025-01-01", end_date: "2026-02-28", tier: "Good" }),
      contract({ client: "Beta", service: "Managed", monthly_value: "250", start_date: "2025-01-01", end_date: "2026-03-15", tier: "Best" }),
      contract({ client: "Beta", service: "Security", monthly_value: "80", start_date: "2026-03-10", tier: "Best" }),
      contract({ client: "Gamma", service: "Cloud", monthly_value: "0", start_date: "2026-01-01" }),
    ],
    technicians: [technician({ technician: "Ann" }), technician({ technician: "Bo" }), technician({ technician: "Cy", weekly_capacity_hours: "20" })],
    tickets: [
      // Acme, created in March (local dates): 6 tickets.
      ticket({ ticket_id: "t1", client: "Acme", priority: "P1", technician: "Ann", created_at: "2026-03-02T08:00:00Z", first_response_at: "2026-03-02T08:30:00Z", resolved_at: "2026-03-02T10:00:00Z", csat: 5 }),
      ticket({ ticket_id: "t2", client: "Acme", priority: "P2", technician: "Ann", created_at: "2026-03-03T08:00:00Z", first_response_at: "2026-03-03T13:00:00Z", resolved_at: "2026-03-05T09:00:00Z", csat: 3 }),
      ticket({ ticket_id: "t3", client: "Acme", priority: "P4", technician: "Ann", created_at: "2026-03-31T20:00:00Z" }),
      ticket({ ticket_id: "t4", client: "Acme", priority: "P3", technician: "Bo", created_at: "2026-03-30T08:00:00Z" }),
      ticket({ ticket_id: "t5", client: "Acme", priority: "P4", technician: "Ann", created_at: "2026-02-28T23:30:00Z", first_response_at: "2026-03-01T00:10:00Z" }),
      ticket({ ticket_id: "t6", client: "Acme", created_at: "2026-03-10T09:00:00Z" }),
      // Created in February, resolved in March (counts for CSAT); resolved on April 1st in Berlin (does not).
      ticket({ ticket_id: "t7", client: "Acme", priority: "P3", created_at: "2026-02-10T09:00:00Z", first_response_at: "2026-02-10T09:05:00Z", resolved_at: "2026-03-01T00:30:00Z", csat: 4 }),
      ticket({ ticket_id: "t8", client: "Acme", priority: "P3", created_at: "2026-03-31T21:00:00Z", first_response_at: "2026-03-31T21:10:00Z", resolved_at: "2026-03-31T23:30:00Z", csat: 1 }),
      // Beta: one ticket in March, one in February, one open with Ann.
      ticket({ ticket_id: "b1", client: "Beta", priority: "P2", technician: "Bo", created_at: "2026-03-12T09:00:00Z", first_response_at: "2026-03-12T10:00:00Z", resolved_at: "2026-03-12T12:00:00Z", csat: 2 }),
      ticket({ ticket_id: "b2", client: "Beta", priority: "P2", technician: "Ann", created_at: "2026-02-12T09:00:00Z", first_response_at: "2026-02-12T09:30:00Z" }),
    ],
    timeEntries: [
      entry({ technician: "Ann", client: "Acme", work_date: "2026-03-02", hours: "2.5", billable: true, rate: "100" }),
      entry({ technician: "Ann", client: "Acme", work_date: "2026-03-09", hours: "1.25", billable: false }),
      entry({ technician: "Bo", client: "Acme", work_date: "2026-03-30", hours: "3", billable: true, amount: "250" }),
      entry({ technician: "Ann", client: "Beta", work_date: "2026-03-12", hours: "4", billable: true, rate: "90" }),
      entry({ technician: "Ann", client: "Beta", work_date: "2026-02-27", hours: "8", billable: true }),
    ],
    devices: [
      device({ device_id: "a1", client: "Acme", managed_since: "2025-01-01", warranty_end: "2027-01-01" }),
      device({ device_id: "a2", client: "Acme", managed_since: "2025-01-01", warranty_end: "2026-03-15" }),
      device({ device_id: "b1d", client: "Beta", managed_since: "2025-01-01", retired_on: "2026-03-20" }),
    ],
    deviceStatus: [
      status({ device_id: "a1", observed_at: "2026-02-27T10:00:00Z", patched: false }),
      status({ device_id: "a1", observed_at: "2026-03-30T10:00:00Z" }),
      status({ device_id: "a2", observed_at: "2026-03-02T10:00:00Z", backup_ok: false }),
      status({ device_id: "b1d", observed_at: "2026-02-20T10:00:00Z" }),
    ],
  };
}
