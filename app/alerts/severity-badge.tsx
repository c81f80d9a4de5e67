import type { AlertSeverity, AlertState } from "@/lib/alerts";

const SEVERITY: Record<AlertSeverity, string> = {
  info: "bg-blue-50 text-blue-800 ring-blue-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  critical: "bg-red-50 text-red-800 ring-red-200",
};

const STATE: Record<AlertState, string> = {
  firing: "bg-red-50 text-red-800 ring-red-200",
  acknowledged: "bg-amber-50 text-amber-900 ring-amber-200",
  resolved: "bg-green-50 text-green-800 ring-green-200",
};

const pill = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

export function SeverityBadge({ severity, label }: { severity: AlertSeverity; label: string }) {
  return <span className={`${pill} ${SEVERITY[severity]}`}>{label}</span>;
}

export function StateBadge({ state, label }: { state: AlertState; label: string }) {
  return <span className={`${pill} ${STATE[state]}`}>{label}</span>;
}
