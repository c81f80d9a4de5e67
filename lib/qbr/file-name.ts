import type { Period } from "@/lib/kpi/period";

/** "Nordlicht Logistik GmbH", Q1 2026 → "qbr-nordlicht-logistik-gmbh-2026-01-01-2026-03-31" (no extension). */
export function qbrFileStem(clientName: string, period: Period): string {
  const slug = clientName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `qbr-${slug || "client"}-${period.from}-${period.to}`;
}
