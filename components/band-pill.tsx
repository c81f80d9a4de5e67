import type { ReactNode } from "react";

const TONE = {
  red: "bg-red-50 text-red-800 ring-red-600/30",
  orange: "bg-orange-50 text-orange-900 ring-orange-600/30",
  amber: "bg-amber-50 text-amber-900 ring-amber-600/30",
  emerald: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  gray: "bg-gray-100 text-gray-700 ring-gray-500/30",
};

export type PillTone = keyof typeof TONE;

/** A band (workload, margin) as a coloured pill; the word carries the meaning, the colour only repeats it. */
export function BandPill({ band, tone, children }: { band: string; tone: PillTone; children: ReactNode }) {
  return (
    <span data-band={band} className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[tone]}`}>
      {children}
    </span>
  );
}
