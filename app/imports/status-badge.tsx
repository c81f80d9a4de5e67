import type { RunStatus } from "./types";

// Colour by outcome; 800-on-100 shades pass WCAG AA contrast. Works in server and client components.
const tones: Record<RunStatus, string> = {
  completed: "bg-emerald-100 text-emerald-800 ring-emerald-600/20",
  aborted: "bg-amber-100 text-amber-800 ring-amber-600/20",
  failed: "bg-red-100 text-red-800 ring-red-600/20",
  running: "bg-blue-100 text-blue-800 ring-blue-600/20",
};

export function StatusBadge({ status, label }: { status: RunStatus; label: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-tremor-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[status]}`}>
      {label}
    </span>
  );
}
