import type { Stage } from "@/lib/assessment/statements";

// Colours that read as "how far along", with 800 text on 100 backgrounds for AA contrast.
const tones: Record<Stage, string> = {
  reactive: "bg-red-100 text-red-800 ring-red-600/30",
  stable: "bg-amber-100 text-amber-900 ring-amber-600/30",
  proactive: "bg-blue-100 text-blue-800 ring-blue-600/30",
  scalable: "bg-emerald-100 text-emerald-800 ring-emerald-600/30",
};

export function StageBadge({ stage, label }: { stage: Stage; label: string }) {
  return (
    <span data-stage={stage} className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${tones[stage]}`}>
      {label}
    </span>
  );
}
