"use client";

import { useLocale } from "@/components/locale-provider";
import type { EventStatus } from "@/lib/webhooks/sources-list";
import { webhooksMessages } from "./messages";

const BADGE: Record<EventStatus, string> = {
  received: "bg-blue-50 text-blue-800 ring-blue-200",
  processing: "bg-blue-50 text-blue-800 ring-blue-200",
  retrying: "bg-amber-50 text-amber-900 ring-amber-200",
  processed: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  failed: "bg-red-50 text-red-800 ring-red-200",
  discarded: "bg-gray-100 text-gray-700 ring-gray-200",
};

export function StatusBadge({ status }: { status: EventStatus }) {
  const t = webhooksMessages(useLocale());
  return (
    <span data-status={status} className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${BADGE[status]}`}>
      {t.statuses[status]}
    </span>
  );
}
