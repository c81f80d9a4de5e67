"use client";

import { useId, useRef, useState, type DragEvent, type RefObject } from "react";
import { useLocale } from "@/components/locale-provider";
import { ProgressBar } from "@/components/progress-bar";
import { formatPercent } from "@/lib/format/number";
import { uploadFile, type UploadAnswer } from "./api-client";
import { ErrorAlert } from "./error-alert";
import { formatFileSize } from "./format";
import { importsMessages } from "./messages";
import { card, secondaryButton, sectionHeading } from "./styles";

/** The server's limit too (it answers 413 beyond it); checked here so nobody waits for a doomed upload. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const CSV_NAME = /\.(csv|txt|tsv)$/i;
const CSV_TYPES = new Set(["text/csv", "text/plain", "text/tab-separated-values", "application/vnd.ms-excel"]);

interface Uploading {
  name: string;
  sent: number;
  total: number;
  abort: () => void;
}

/** Step 1: drag and drop or "Choose file", checked in the browser, then uploaded with a progress bar. */
export function FileDropZone({
  headingRef,
  onFileChosen,
  onUploaded,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onFileChosen: (file: File) => void;
  onUploaded: (answer: UploadAnswer, file: File) => void;
}) {
  const locale = useLocale();
  const t = importsMessages(locale);
  const inputId = useId();
  const headingId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const dragDepth = useRef(0);

  function check(file: File): string | null {
    if (file.size > MAX_UPLOAD_BYTES) return t.drop.tooLarge(formatFileSize(file.size, locale), formatFileSize(MAX_UPLOAD_BYTES, locale));
    if (!CSV_NAME.test(file.name) && !CSV_TYPES.has(file.type)) return t.drop.wrongType(file.name);
    if (file.size === 0) return t.drop.empty(file.name);
    return null;
  }

  async function start(file: File | undefined) {
    if (!file || uploading) return;
    const problem = check(file);
    setError(problem);
    if (problem) return;
    onFileChosen(file);
    const upload = uploadFile(file, (sent, total) => setUploading((u) => (u ? { ...u, sent, total } : u)));
    setUploading({ name: file.name, sent: 0, total: file.size, abort: upload.abort });
    try {
      const answer = await upload.done;
      onUploaded(answer, file);
    } catch (e) {
      setError(e);
      headingRef.current?.focus();
    } finally {
      setUploading(null);
    }
  }

  const onDrag = (event: DragEvent<HTMLDivElement>, change: 1 | -1 | 0) => {
    event.preventDefault();
    // dragenter/dragleave also fire for child elements: count them so the highlight does not flicker.
    dragDepth.current = Math.max(0, dragDepth.current + change);
    setDragging(dragDepth.current > 0);
  };

  const ratio = uploading && uploading.total > 0 ? uploading.sent / uploading.total : 0;
  const sentAll = uploading !== null && uploading.sent >= uploading.total;

  return (
    <section aria-labelledby={headingId} className={card}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={sectionHeading}>
        {t.drop.heading}
      </h2>
      <div
        onDragEnter={(e) => onDrag(e, 1)}
        onDragOver={(e) => onDrag(e, 0)}
        onDragLeave={(e) => onDrag(e, -1)}
        onDrop={(e) => {
          onDrag(e, 0);
          dragDepth.current = 0;
          setDragging(false);
          void start(e.dataTransfer.files[0]);
        }}
        className={`mt-4 flex flex-col items-center rounded-tremor-default border-2 border-dashed px-6 py-10 text-center transition-colors ${
          dragging ? "border-blue-600 bg-blue-50" : "border-gray-300 bg-gray-50"
        }`}
      >
        <svg className="h-10 w-10 text-gray-400" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} aria-hidden="true" focusable="false">
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 16V4m0 0L7.5 8.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
        </svg>
        <p className="mt-3 text-sm text-gray-700">{dragging ? t.drop.release : t.drop.text}</p>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby={hintId}
          disabled={uploading !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // choosing the same file again must fire change again
            void start(file);
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={inputId}
          className="mt-4 inline-flex cursor-pointer items-center rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 peer-disabled:cursor-not-allowed peer-disabled:bg-gray-300 peer-disabled:text-gray-600 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600"
        >
          {t.drop.button}
        </label>
        <p id={hintId} className="mt-3 max-w-lg text-xs text-gray-600">
          {t.drop.hint}
        </p>
      </div>

      {uploading ? (
        <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1" aria-live="polite">
            <ProgressBar
              ratio={ratio}
              label={t.drop.uploading(uploading.name)}
              valueText={`${formatPercent(ratio, locale, { digits: 0 })} · ${t.drop.ofSize(
                formatFileSize(uploading.sent, locale),
                formatFileSize(uploading.total, locale),
              )}`}
            />
            {sentAll ? <p className="mt-2 text-sm text-gray-600">{t.drop.reading}</p> : null}
          </div>
          <button type="button" className={secondaryButton} onClick={uploading.abort}>
            {t.drop.cancel}
          </button>
        </div>
      ) : null}
      {error ? (
        <div className="mt-5">
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </section>
  );
}
