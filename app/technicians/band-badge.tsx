import type { Workload } from "@/lib/kpi/report-schema";
import type { TechniciansMessages } from "./messages";

const TONE: Record<Workload | "none", string> = {
  overloaded: "bg-red-50 text-red-800 ring-red-600/30",
  balanced: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  idle: "bg-amber-50 text-amber-900 ring-amber-600/30",
  none: "bg-gray-100 text-gray-700 ring-gray-500/30",
};

/** The workload band as a coloured pill; the word carries the meaning, the colour only repeats it. */
export function BandBadge({ band, t }: { band: Workload | null; t: TechniciansMessages }) {
  return (
    <span
      data-band={band ?? "none"}
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[band ?? "none"]}`}
    >
      {band ? t.band[band] : t.noBand}
    </span>
  );
}
