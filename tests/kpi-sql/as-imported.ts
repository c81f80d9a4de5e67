import { type KpiDataset } from "@/lib/kpi";
import { technician } from "../kpi/factories";

/**
 * The records as the database holds them after an import: someone named only in time entries or
 * tickets becomes a technician record with the default capacity (the importer creates one), so
 * from then on they are listed in every period in which they are active, not only where they logged time.
 */
export function asImported(data: KpiDataset): KpiDataset {
  const known = new Set(data.technicians.map((t) => t.technician));
  const named = [...data.timeEntries.map((e) => e.technician), ...data.tickets.flatMap((t) => (t.technician ? [t.technician] : []))];
  const added = [...new Set(named)].filter((n) => !known.has(n)).map((n) => technician({ technician: n }));
  return { ...data, technicians: [...data.technicians, ...added] };
}
