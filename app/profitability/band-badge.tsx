import type { MarginBand } from "@/lib/profitability/margin-band";
import type { ProfitabilityMessages } from "./messages";

const TONE: Record<MarginBand | "none", string> = {
  loss: "bg-red-50 text-red-800 ring-red-600/30",
  thin: "bg-orange-50 text-orange-900 ring-orange-600/30",
  watch: "bg-amber-50 text-amber-900 ring-amber-600/30",
  healthy: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  none: "bg-gray-100 text-gray-700 ring-gray-500/30",
};

/** The margin band as a coloured pill; the word carries the meaning, the colour only repeats it. */
export function MarginBadge({ band, t }: { band: MarginBand | null; t: ProfitabilityMessages }) {
  return (
    <span
      data-band={band ?? "none"}
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[band ?? "none"]}`}
    >
      {t.bands[band ?? "none"]}
    </span>
  );
}
