"use client";

import { useLocale } from "@/components/locale-provider";
import { formatDateTime } from "@/lib/format/date";

/** A table cell's instant on two short lines: the date, then the time to the second (org time zone). */
export function DateTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const locale = useLocale();
  return (
    <time dateTime={iso} className="block whitespace-nowrap leading-tight">
      {formatDateTime(iso, locale, timeZone, { date: "medium" })}
      <span className="block text-xs text-gray-600">{formatDateTime(iso, locale, timeZone, { time: "medium" })}</span>
    </time>
  );
}
