"use client";

import { useId, useRef, useState, type RefObject } from "react";
import { useLocale } from "@/components/locale-provider";
import { canonicalFields } from "@/lib/imports/fields";
import { ImportKind } from "@/lib/records/schemas";
import { fetchPlan } from "./api-client";
import { ColumnMappingTable } from "./column-mapping-table";
import { ErrorAlert } from "./error-alert";
import { ImportNoticesPanel } from "./import-notices";
import { kindQuestion } from "./kind-question";
import { formatFileSize } from "./format";
import { importsMessages } from "./messages";
import { PreviewRowsTable } from "./preview-rows-table";
import { ReadOptionsPanel } from "./read-options-panel";
import { SavedMappingsPanel } from "./saved-mappings-panel";
import { card, primaryButton, secondaryButton, sectionHeading } from "./styles";
import type { ImportPlan, PlanOverrides, SavedMappingView, UploadedFile } from "./types";

const SAVED_OPTIONS = ["format", "dateOrder", "decimalComma"] as const;

/** Step 2: detection, reading options and column mapping, each change re-planned on the server and previewed. */
export function ImportPreview({
  upload,
  initialPlan,
  rowCount,
  saved,
  onSavedChange,
  headingRef,
  onImport,
  onCancel,
}: {
  upload: UploadedFile;
  initialPlan: ImportPlan;
  rowCount: number | null;
  saved: SavedMappingView[];
  onSavedChange: (saved: SavedMappingView[]) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onImport: (overrides: PlanOverrides, strict: boolean) => void;
  onCancel: () => void;
}) {
  const locale = useLocale();
  const t = importsMessages(locale);
  const id = useId();
  const [plan, setPlan] = useState(initialPlan);
  const [overrides, setOverrides] = useState<PlanOverrides>({});
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [strict, setStrict] = useState(false);
  const pending = useRef<AbortController | null>(null);

  async function replan(next: PlanOverrides) {
    setOverrides(next);
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setLoading(true);
    setStatus(t.preview.updating);
    setError(null);
    try {
      const fresh = await fetchPlan(upload.id, next, controller.signal);
      if (controller.signal.aborted) return;
      setPlan(fresh);
      setStatus(t.preview.updated);
    } catch (e) {
      if (controller.signal.aborted) return;
      setError(e);
      setStatus("");
    } finally {
      if (pending.current === controller) setLoading(false);
    }
  }

  function applySaved(mapping: SavedMappingView) {
    const kind = ImportKind.safeParse(mapping.kind);
    if (!kind.success) return;
    // Fields the saved mapping leaves out are sent as "" so the format's preset does not fill them back in.
    const columns = Object.fromEntries(canonicalFields(kind.data).map((f) => [f.name, mapping.mapping[f.name] ?? ""]));
    const options = Object.fromEntries(SAVED_OPTIONS.filter((k) => mapping.options[k] !== undefined).map((k) => [k, mapping.options[k]]));
    void replan({ encoding: overrides.encoding, delimiter: overrides.delimiter, ...options, kind: kind.data, mapping: columns });
  }

  const needsKind = !overrides.kind && (!plan.detected.kind || plan.question !== undefined);
  const blocked = needsKind || plan.missingRequired.length > 0 || plan.problems.length > 0;

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-6">
      <div className={`${card} flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between`}>
        <div className="min-w-0">
          <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className={sectionHeading}>
            {t.preview.heading}
          </h2>
          <p className="mt-1 truncate text-sm text-gray-700">
            <span className="sr-only">{t.preview.fileLabel}: </span>
            <span className="font-medium text-gray-900">{upload.fileName}</span>
            <span className="text-gray-600"> · {t.preview.fileInfo(formatFileSize(upload.bytes, locale), rowCount)}</span>
          </p>
        </div>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t.preview.another}
        </button>
      </div>

      <div className={card}>
        <ReadOptionsPanel plan={plan} overrides={overrides} onChange={(patch, reset) => void replan({ ...overrides, ...patch, ...(reset ? { mapping: undefined } : {}) })} />
      </div>

      <ImportNoticesPanel notices={plan.notices} />

      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {error ? <ErrorAlert error={error} /> : null}

      <section aria-labelledby={`${id}-columns`} className={`${card} min-w-0`}>
        <h3 id={`${id}-columns`} className={sectionHeading}>
          {t.preview.mappingHeading}
        </h3>
        <p className="mt-1 text-sm text-gray-600">{t.preview.mappingHelp}</p>
        <div className="my-4">
          <SavedMappingsPanel
            plan={plan}
            saved={saved}
            onApply={applySaved}
            onSaved={(m) => onSavedChange([...saved.filter((s) => s.name !== m.name), m].sort((a, b) => a.name.localeCompare(b.name)))}
          />
        </div>
        <ColumnMappingTable plan={plan} onMap={(field, header) => void replan({ ...overrides, mapping: { ...overrides.mapping, [field]: header } })} />
      </section>

      <section aria-labelledby={`${id}-rows`} aria-busy={loading} className={`${card} min-w-0`}>
        <h3 id={`${id}-rows`} className={sectionHeading}>
          {t.preview.rowsHeading}
        </h3>
        <p className="mb-4 mt-1 text-sm text-gray-600">{t.preview.rowsHelp(plan.preview.length, rowCount)}</p>
        <div className={loading ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <PreviewRowsTable plan={plan} />
        </div>
      </section>

      <div className={`${card} flex flex-col gap-4 md:flex-row md:items-center md:justify-between`}>
        <div>
          <label className="flex items-center gap-2 text-sm font-medium text-gray-900">
            <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} className="rounded border-gray-400 text-blue-700" />
            {t.preview.strict}
          </label>
          <p className="ml-6 mt-1 text-sm text-gray-600">{t.preview.strictHelp}</p>
        </div>
        <div className="flex flex-col items-start gap-2 md:items-end">
          <button
            type="button"
            disabled={blocked || loading}
            aria-describedby={blocked ? `${id}-blocked` : undefined}
            onClick={() => onImport(overrides, strict)}
            className={primaryButton}
          >
            {t.preview.importRows(rowCount)}
          </button>
          {blocked ? (
            <p id={`${id}-blocked`} className="text-sm text-red-800">
              {needsKind ? kindQuestion(plan, t) : t.preview.blocked}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
