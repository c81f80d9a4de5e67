"use client";

import { useLocale } from "@/components/locale-provider";
import { intlTag } from "@/lib/format/locale";

/** A table cell's instant on two short lines: the date, then the time to the second (org time zone). */
export function DateTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const tag = intlTag(useLocale());
  const date = new Date(iso);
  return (
    <time dateTime={iso} className="block whitespace-nowrap leading-tight">
      {new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone }).format(date)}
      <span className="block text-xs text-gray-600">{new Intl.DateTimeFormat(tag, { timeStyle: "medium", timeZone }).format(date)}</span>
    </time>
  );
}
