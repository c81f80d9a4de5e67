import { BandPill, type PillTone } from "@/components/band-pill";
import type { Workload } from "@/lib/kpi/report-schema";
import type { TechniciansMessages } from "./messages";

const TONE: Record<Workload | "none", PillTone> = { overloaded: "red", balanced: "emerald", idle: "amber", none: "gray" };

/** The workload band as a coloured pill. */
export function BandBadge({ band, t }: { band: Workload | null; t: TechniciansMessages }) {
  return (
    <BandPill band={band ?? "none"} tone={TONE[band ?? "none"]}>
      {band ? t.band[band] : t.noBand}
    </BandPill>
  );
}
