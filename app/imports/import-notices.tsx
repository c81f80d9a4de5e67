"use client";

import { useId } from "react";
import { useLocale } from "@/components/locale-provider";
import { CANNOT_FEED, DROPPED_REASONS, type ImportNotices } from "@/lib/imports/notices";
import { importsMessages } from "./messages";
import { sectionHeading } from "./styles";

/** Unused columns that look like a field, and the figures the file cannot feed (preview and result). */
export function ImportNoticesPanel({ notices }: { notices: ImportNotices }) {
  const t = importsMessages(useLocale()).notices;
  const id = useId();
  if (notices.unusedColumns.length === 0 && notices.droppedColumns.length === 0 && notices.cannotFeed.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-notices`} className="rounded-tremor-default border border-amber-200 bg-amber-50 p-5 shadow-tremor-card">
      <h3 id={`${id}-notices`} className={sectionHeading}>
        {t.heading}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-950">
        {notices.unusedColumns.map((u) => (
          <li key={`column-${u.column}`}>{t.unused(u.column, u.field)}</li>
        ))}
        {notices.droppedColumns.map((d) => (
          <li key={`dropped-${d.column}`}>{t.dropped(d.column, t.droppedReasons[d.reason] ?? DROPPED_REASONS[d.reason])}</li>
        ))}
        {notices.cannotFeed.map((gap) => (
          <li key={gap}>{t.cannotFeed[gap] ?? CANNOT_FEED[gap]}</li>
        ))}
      </ul>
    </section>
  );
}
