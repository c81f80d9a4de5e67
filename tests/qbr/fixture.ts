import type { QbrReport } from "@/lib/qbr/types";

// A hand-made QBR for the pure tests (summary, document, CSV).
export function sampleReport(overrides: Partial<QbrReport> = {}): QbrReport {
  return {
    mspName: "Kontor IT",
    currency: "EUR",
    client: { id: 7, name: "Nordlicht Logistik GmbH", segment: "Logistics" },
    period: { from: "2026-01-01", to: "2026-03-31" },
    previousPeriod: { from: "2025-10-03", to: "2025-12-31" },
    performance: [
      { measure: "monitored", current: 1, previous: 1 },
      { measure: "warranty", current: 0.8, previous: 0.85 },
      { measure: "av_ok", current: 1, previous: 0.84 },
      { measure: "patched", current: 0.96, previous: 0.72 },
      { measure: "backup_ok", current: 0.9, previous: null },
      { measure: "seen", current: 0.95, previous: 0.88 },
      { measure: "sla_met", current: 0.9412, previous: 0.86 },
    ],
    managedDevices: { current: 25, previous: 24 },
    mrr: { current: 2450.5, previous: 2300 },
    tickets: { current: 34, previous: 41 },
    billedHours: { current: 51.5, previous: 60 },
    csat: { current: 4.6, previous: 4.2 },
    months: [
      { month: "2026-01", tickets: 12, billableHours: 20, nonBillableHours: 2.5 },
      { month: "2026-02", tickets: 10, billableHours: 15.5, nonBillableHours: 1 },
      { month: "2026-03", tickets: 12, billableHours: 16, nonBillableHours: 0 },
    ],
    contracts: [
      { service: "Managed Workplace", tier: "Better", units: "25", monthlyValue: "2000.50", startDate: "2024-01-01", endDate: null, status: "active" },
      { service: "Backup", tier: "Good", units: null, monthlyValue: "450", startDate: "2025-11-01", endDate: null, status: "active" },
    ],
    services: ["Backup", "Managed Workplace"],
    suggestions: [
      { service: "Security Awareness", clients: 12 },
      { service: "=HYPERLINK(\"http://x\")", clients: 3 },
    ],
    notes: "Renewal in May.\n<b>Budget</b> for new laptops?",
    ...overrides,
  };
}
