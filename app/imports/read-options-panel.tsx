"use client";

import { useId } from "react";
import { useLocale } from "@/components/locale-provider";
import { ProgressBar } from "@/components/progress-bar";
import { formatPercent } from "@/lib/format/number";
import { IMPORT_FORMATS } from "@/lib/imports/options";
import { IMPORT_KINDS } from "@/lib/records/schemas";
import { kindQuestion } from "./kind-question";
import { importsMessages } from "./messages";
import { fieldLabel, selectControl } from "./styles";
import type { ImportPlan, PlanOverrides } from "./types";

const ENCODINGS = ["utf-8", "windows-1252"] as const;
const DELIMITERS = [",", ";", "\t", "|"] as const;
const DATE_ORDERS = ["ymd", "dmy", "mdy"] as const;

/** What the file holds (kind, format, detection) and how it is read (encoding, delimiter, dates, decimals). */
export function ReadOptionsPanel({
  plan,
  overrides,
  onChange,
}: {
  plan: ImportPlan;
  overrides: PlanOverrides;
  /** resetMapping: the change makes earlier column choices meaningless (another kind, format or header row). */
  onChange: (patch: PlanOverrides, resetMapping: boolean) => void;
}) {
  const locale = useLocale();
  const t = importsMessages(locale);
  const id = useId();
  const { detected, options } = plan;
  // an open question (two kinds fit, within the chosen format) leaves the kind to the user
  const decided = plan.question ? null : detected.kind;
  const kindValue = overrides.kind ?? decided ?? "";
  const confidence = decided ? detected.confidence : 0;
  const tone = confidence >= 0.8 ? "emerald" : confidence >= 0.5 ? "amber" : "red";

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <fieldset className="min-w-0">
        <legend className="text-sm font-semibold text-gray-900">{t.preview.whatHeading}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-kind`} className={fieldLabel}>
              {t.preview.kind}
            </label>
            <select
              id={`${id}-kind`}
              value={kindValue}
              aria-invalid={kindValue === "" || undefined}
              onChange={(e) => onChange({ kind: e.target.value as PlanOverrides["kind"] }, true)}
              className={`${selectControl} ${kindValue === "" ? "border-red-500 ring-1 ring-red-500" : ""}`}
            >
              {kindValue === "" ? <option value="">{t.preview.chooseKind}</option> : null}
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-format`} className={fieldLabel}>
              {t.preview.format}
            </label>
            <select
              id={`${id}-format`}
              value={options.format}
              onChange={(e) => onChange({ format: e.target.value as PlanOverrides["format"] }, true)}
              className={selectControl}
            >
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t.formats[f]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className={`mt-3 text-sm ${decided ? "text-gray-700" : "font-medium text-amber-800"}`}>
          {decided ? t.preview.detected(t.kinds[decided] ?? decided, t.formats[detected.format] ?? detected.format) : kindQuestion(plan, t)}
        </p>
        <div className="mt-2 max-w-sm">
          <ProgressBar ratio={confidence} color={tone} label={t.preview.confidence} valueText={formatPercent(confidence, locale, { digits: 0 })} />
        </div>
      </fieldset>

      <fieldset className="min-w-0">
        <legend className="text-sm font-semibold text-gray-900">{t.preview.readingHeading}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-encoding`} className={fieldLabel}>
              {t.preview.encoding}
            </label>
            <select
              id={`${id}-encoding`}
              value={options.encoding}
              onChange={(e) => onChange({ encoding: e.target.value as PlanOverrides["encoding"] }, true)}
              className={selectControl}
            >
              {ENCODINGS.map((v) => (
                <option key={v} value={v}>
                  {t.preview.encodings[v]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-delimiter`} className={fieldLabel}>
              {t.preview.delimiter}
            </label>
            <select
              id={`${id}-delimiter`}
              value={options.delimiter}
              onChange={(e) => onChange({ delimiter: e.target.value as PlanOverrides["delimiter"] }, true)}
              className={selectControl}
            >
              {DELIMITERS.map((v) => (
                <option key={v} value={v}>
                  {t.preview.delimiters[v]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-dates`} className={fieldLabel}>
              {t.preview.dateOrder}
            </label>
            <select
              id={`${id}-dates`}
              value={options.dateOrder}
              onChange={(e) => onChange({ dateOrder: e.target.value as PlanOverrides["dateOrder"] }, false)}
              className={selectControl}
            >
              {DATE_ORDERS.map((v) => (
                <option key={v} value={v}>
                  {t.preview.dateOrders[v]}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 self-end pb-2 text-sm text-gray-800">
            <input
              type="checkbox"
              checked={options.decimalComma}
              onChange={(e) => onChange({ decimalComma: e.target.checked }, false)}
              className="rounded border-gray-400 text-blue-700"
            />
            {t.preview.decimalComma}
          </label>
        </div>
      </fieldset>
    </div>
  );
}
