"use client";

import type { RefObject } from "react";
import { useLocale } from "@/components/locale-provider";
import { ProgressBar } from "@/components/progress-bar";
import { formatPercent } from "@/lib/format/number";
import { formatFileSize } from "./format";
import { importsMessages } from "./messages";
import { card, sectionHeading } from "./styles";
import type { ImportProgressEvent } from "./types";

/** Step 3 while the server works: bytes of the file processed and rows read, announced politely. */
export function ImportProgressPanel({
  fileName,
  progress,
  headingRef,
}: {
  fileName: string;
  progress: ImportProgressEvent | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const locale = useLocale();
  const t = importsMessages(locale);
  const ratio = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 0;
  const sizes = progress ? t.drop.ofSize(formatFileSize(progress.bytesRead, locale), formatFileSize(progress.totalBytes, locale)) : "";
  const rows = t.processing.rows(progress?.rowsRead ?? 0);
  return (
    <section aria-labelledby="import-progress-heading" aria-busy="true" className={card}>
      <h2 id="import-progress-heading" ref={headingRef} tabIndex={-1} className={sectionHeading}>
        {t.processing.heading}
      </h2>
      <p className="mt-1 text-sm text-gray-700">{fileName}</p>
      <div className="mt-4" aria-live="polite">
        <ProgressBar ratio={ratio} label={t.processing.progress} valueText={`${formatPercent(ratio, locale, { digits: 0 })}${sizes ? ` · ${sizes}` : ""}`} />
        <p className="mt-2 text-sm tabular-nums text-gray-700">{rows}</p>
      </div>
    </section>
  );
}
