import { BandPill, type PillTone } from "@/components/band-pill";
import type { MarginBand } from "@/lib/profitability/margin-band";
import type { ProfitabilityMessages } from "./messages";

/** Also the chart's dot colours (Tremor colour names). */
export const MARGIN_TONE: Record<MarginBand | "none", PillTone> = { loss: "red", thin: "orange", watch: "amber", healthy: "emerald", none: "gray" };

/** The margin band as a coloured pill. */
export function MarginBadge({ band, t }: { band: MarginBand | null; t: ProfitabilityMessages }) {
  return (
    <BandPill band={band ?? "none"} tone={MARGIN_TONE[band ?? "none"]}>
      {t.bands[band ?? "none"]}
    </BandPill>
  );
}
