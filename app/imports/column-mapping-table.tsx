"use client";

import { useId } from "react";
import { useLocale } from "@/components/locale-provider";
import { canonicalFields, missingRequiredFields } from "@/lib/imports/fields";
import type { ImportKind } from "@/lib/records/schemas";
import { importsMessages } from "./messages";
import type { ImportPlan } from "./types";

type Field = ReturnType<typeof canonicalFields>[number];

/** For each field of the kind, a select of the file's headers; required fields without a column are marked red. */
export function ColumnMappingTable({ plan, onMap }: { plan: ImportPlan; onMap: (field: string, header: string) => void }) {
  const t = importsMessages(useLocale());
  const id = useId();
  const kind = plan.options.kind as ImportKind;
  const fields = canonicalFields(kind);
  const main = fields.filter((f) => !f.helper);
  const helpers = fields.filter((f) => f.helper);
  const missing = new Set(plan.missingRequired);
  // Required fields with no column of their own that the converter fills from alternative inputs.
  const unmapped = main.filter((f) => f.required && !(plan.options.mapping[f.name] ?? "").trim()).map((f) => f.name);
  const derivable = new Set(unmapped.filter((name) => !missingRequiredFields(kind, plan.options.mapping).includes(name)));

  const row = (field: Field) => {
    const selectId = `${id}-${field.name}`;
    const errorId = `${selectId}-error`;
    const value = plan.options.mapping[field.name] ?? "";
    const isMissing = missing.has(field.name);
    const help = t.fieldHelp[`${kind}.${field.name}`] ?? field.description;
    return (
      <tr key={field.name} className={`block border-b border-gray-100 py-2 last:border-b-0 md:table-row md:py-0 ${isMissing ? "bg-red-50" : ""}`}>
        <th scope="row" className="block px-4 py-1 text-left align-top font-normal md:table-cell md:whitespace-nowrap md:py-2">
          <div className="flex items-center gap-2 md:pt-1.5">
            <label htmlFor={selectId} className="font-mono text-sm text-gray-900">
              {field.name}
            </label>
            {field.required ? (
              // Screen readers hear "required" from aria-required on the select.
              <span aria-hidden="true" className="rounded-tremor-full bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-700">
                {t.preview.required}
              </span>
            ) : null}
          </div>
        </th>
        <td className="block px-4 py-1 align-top md:table-cell md:py-2">
          <select
            id={selectId}
            value={value}
            aria-required={field.required || undefined}
            aria-invalid={isMissing || undefined}
            aria-describedby={isMissing ? errorId : undefined}
            onChange={(e) => onMap(field.name, e.target.value)}
            className={`w-full rounded-tremor-small md:min-w-[12rem] py-1.5 pr-8 text-sm shadow-tremor-input ${
              isMissing ? "border-red-500 text-gray-900 ring-1 ring-red-500" : value ? "border-gray-300 text-gray-900" : "border-gray-300 text-gray-600"
            }`}
          >
            <option value="">{t.preview.notInFile}</option>
            {value && !plan.headers.includes(value) ? <option value={value}>{t.preview.missingHeader(value)}</option> : null}
            {plan.headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </select>
          {isMissing ? (
            <p id={errorId} className="mt-1 text-xs font-medium text-red-800">
              {t.preview.missingField}
            </p>
          ) : derivable.has(field.name) ? (
            <p className="mt-1 text-xs text-gray-600">{t.preview.derived}</p>
          ) : null}
        </td>
        <td className="block px-4 py-1 align-top text-xs text-gray-600 md:table-cell md:py-2 md:pt-3.5 md:text-sm">{help}</td>
      </tr>
    );
  };

  const head = (
    // Below md each field stacks (name, select, meaning): three columns do not fit a phone.
    <thead className="hidden bg-gray-50 md:table-header-group">
      <tr>
        <th scope="col" className="w-56 border-b border-gray-200 px-4 py-2 text-left font-semibold text-gray-700">
          {t.preview.field}
        </th>
        <th scope="col" className="w-72 border-b border-gray-200 px-4 py-2 text-left font-semibold text-gray-700">
          {t.preview.column}
        </th>
        <th scope="col" className="border-b border-gray-200 px-4 py-2 text-left font-semibold text-gray-700">
          {t.preview.meaning}
        </th>
      </tr>
    </thead>
  );

  return (
    <div className="flex flex-col gap-4">
      {plan.missingRequired.length > 0 ? (
        <p className="rounded-tremor-default border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          {t.preview.missing(plan.missingRequired.join(", "))}
        </p>
      ) : null}
      {plan.problems.length > 0 ? (
        <div className="rounded-tremor-default border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-medium">{t.preview.problems}</p>
          <ul className="mt-1 list-disc pl-5">
            {plan.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-tremor-default border border-gray-200">
        <table className="block w-full border-collapse text-sm md:table">
          <caption className="sr-only">{t.preview.mappingHeading}</caption>
          {head}
          <tbody className="block md:table-row-group">{main.map(row)}</tbody>
        </table>
      </div>
      {helpers.length > 0 ? (
        <details className="group rounded-tremor-default border border-gray-200" open={helpers.some((f) => plan.options.mapping[f.name])}>
          <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-gray-800">
            {t.preview.helpersHeading}
            <span className="ml-2 font-normal text-gray-600">{t.preview.helpersHelp}</span>
          </summary>
          <div className="overflow-x-auto border-t border-gray-200">
            <table className="block w-full border-collapse text-sm md:table">
              <caption className="sr-only">{t.preview.helpersHeading}</caption>
              {head}
              <tbody className="block md:table-row-group">{helpers.map(row)}</tbody>
            </table>
          </div>
        </details>
      ) : null}
    </div>
  );
}
