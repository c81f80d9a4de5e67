"use client";

import { useLocale } from "@/components/locale-provider";
import { formatNumber } from "@/lib/format/number";
import { formatDuration } from "./format";
import { importsMessages } from "./messages";
import type { ImportCounts } from "./types";

/** The counts of one import as a row of figures; counts the run did not record are left out. */
export function ImportSummary({ counts }: { counts: ImportCounts }) {
  const locale = useLocale();
  const t = importsMessages(locale).result;
  const stored = counts.status === "completed";
  const items: { label: string; value: string; tone?: string }[] = [
    { label: t.rowsRead, value: formatNumber(counts.rowsRead, locale) },
    { label: t.inserted, value: formatNumber(counts.inserted, locale), tone: stored && counts.inserted > 0 ? "text-emerald-800" : undefined },
    { label: t.updated, value: formatNumber(counts.updated, locale) },
    ...(counts.unchanged === null ? [] : [{ label: t.unchanged, value: formatNumber(counts.unchanged, locale) }]),
    { label: t.rejected, value: formatNumber(counts.rejected, locale), tone: counts.rejected > 0 ? "text-red-800" : undefined },
    ...(counts.clientsCreated === null ? [] : [{ label: t.clientsCreated, value: formatNumber(counts.clientsCreated, locale) }]),
    ...(counts.techniciansCreated === null ? [] : [{ label: t.techniciansCreated, value: formatNumber(counts.techniciansCreated, locale) }]),
    { label: t.duration, value: formatDuration(counts.durationMs, locale) },
  ];
  return (
    // Eight figures as two rows of four; fewer fill one row (auto-fit leaves no empty cells) and wrap on phones.
    <dl
      aria-label={t.summary}
      className={`grid gap-3 ${items.length === 8 ? "grid-cols-2 sm:grid-cols-4 2xl:grid-cols-8" : "grid-cols-[repeat(auto-fit,minmax(8.5rem,1fr))]"}`}
    >
      {items.map((item) => (
        <div key={item.label} className="rounded-tremor-default border border-gray-200 bg-white px-4 py-3">
          <dt className="text-xs font-medium text-gray-600">{item.label}</dt>
          <dd className={`mt-1 text-xl font-semibold tabular-nums ${item.tone ?? "text-gray-900"}`}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
