"use client";

import { Link } from "@/components/link";
import type { RefObject } from "react";
import { useLocale } from "@/components/locale-provider";
import { formatNumber } from "@/lib/format/number";
import { ImportNoticesPanel } from "./import-notices";
import { ImportSummary } from "./import-summary";
import { importsMessages } from "./messages";
import { RejectedRowsTable } from "./rejected-rows-table";
import { card, primaryButton, secondaryButton, sectionHeading } from "./styles";
import type { ImportResultView } from "./types";

/** Step 3 when done: what was stored (or, for a strict abort, that nothing was), and the rejected rows. */
export function ImportResultPanel({
  result,
  fileName,
  headingRef,
  onAnother,
}: {
  result: ImportResultView;
  fileName: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnother: () => void;
}) {
  const locale = useLocale();
  const t = importsMessages(locale);
  const aborted = result.status === "aborted";
  return (
    <section aria-labelledby="import-result-heading" className="flex flex-col gap-6">
      <div className={card}>
        <h2 id="import-result-heading" ref={headingRef} tabIndex={-1} className={sectionHeading}>
          {aborted ? t.result.headingAborted : t.result.headingDone}
        </h2>
        <p
          role="status"
          className={`mt-2 rounded-tremor-default px-4 py-3 text-sm ${aborted ? "border border-amber-200 bg-amber-50 font-medium text-amber-900" : "border border-emerald-200 bg-emerald-50 text-emerald-900"}`}
        >
          {aborted ? t.result.aborted(result.rejected, formatNumber(result.rejected, locale)) : t.result.done(fileName)}
        </p>
        <div className="mt-4">
          <ImportSummary
            counts={{
              status: result.status,
              rowsRead: result.rowsRead,
              inserted: result.inserted,
              updated: result.updated,
              // A strict abort stored nothing: "unchanged" or "created" figures would only confuse.
              unchanged: aborted ? null : result.unchanged,
              rejected: result.rejected,
              clientsCreated: aborted ? null : result.clientsCreated,
              techniciansCreated: aborted ? null : result.techniciansCreated,
              durationMs: result.durationMs,
            }}
          />
        </div>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <button type="button" className={primaryButton} onClick={onAnother}>
            {t.result.another}
          </button>
          <Link href={`/imports/${result.runId}`} className={secondaryButton}>
            {t.result.details}
          </Link>
        </div>
      </div>

      <ImportNoticesPanel notices={result.notices} />

      {result.rejected > 0 ? (
        <section aria-labelledby="import-rejected-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h3 id="import-rejected-heading" className={sectionHeading}>
                {t.result.rejectedHeading}
              </h3>
              {result.errorsTruncated ? (
                <p className="mt-1 text-sm text-gray-600">
                  {t.result.truncated(formatNumber(result.errors.length, locale), formatNumber(result.rejected, locale))}
                </p>
              ) : null}
            </div>
            <a href={`/api/imports/${result.runId}/errors`} download className="text-sm font-medium text-blue-700 underline underline-offset-2 hover:text-blue-800">
              {t.result.download}
            </a>
          </div>
          <RejectedRowsTable errors={result.errors} runId={result.runId} />
        </section>
      ) : null}
    </section>
  );
}
