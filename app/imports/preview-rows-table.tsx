"use client";

import { Fragment } from "react";
import { useLocale } from "@/components/locale-provider";
import { importsMessages } from "./messages";
import type { ImportPlan } from "./types";

/** The first rows as the file has them, mapped columns labelled, each row's problems inline under it. */
export function PreviewRowsTable({ plan }: { plan: ImportPlan }) {
  const t = importsMessages(useLocale()).preview;
  const fieldOf = new Map(Object.entries(plan.options.mapping).map(([field, header]) => [header, field]));
  if (plan.preview.length === 0) return <p className="text-sm text-gray-600">{t.noRows}</p>;

  return (
    <div className="overflow-x-auto rounded-tremor-default border border-gray-200">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t.rowsCaption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="sticky left-0 border-b border-gray-200 bg-gray-50 px-3 py-2 text-right font-semibold text-gray-700">
              {t.line}
            </th>
            {plan.headers.map((header, i) => {
              const field = fieldOf.get(header);
              return (
                <th key={`${i}-${header}`} scope="col" className="whitespace-nowrap border-b border-gray-200 px-3 py-2 text-left align-bottom">
                  <span className={`block font-semibold ${field ? "text-gray-900" : "text-gray-500"}`}>{header}</span>
                  <span className={`block text-xs font-normal ${field ? "font-mono text-blue-800" : "italic text-gray-500"}`}>
                    {field ? t.mappedTo(field) : t.notImported}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {plan.preview.map((row) => {
            const bad = new Set(row.errors.map((e) => e.column));
            return (
              <Fragment key={row.line}>
                <tr className={row.errors.length > 0 ? "bg-red-50" : "border-b border-gray-100 bg-white"}>
                  <th scope="row" className="sticky left-0 bg-inherit px-3 py-2 text-right font-normal tabular-nums text-gray-600">
                    {row.line}
                  </th>
                  {plan.headers.map((header, i) => {
                    const cell = row.raw[header] ?? "";
                    const isBad = bad.has(header);
                    return (
                      <td
                        key={`${i}-${header}`}
                        className={`max-w-[16rem] truncate whitespace-nowrap px-3 py-2 ${
                          isBad ? "font-medium text-red-900 underline decoration-red-500 decoration-wavy underline-offset-4" : fieldOf.has(header) ? "text-gray-900" : "text-gray-500"
                        }`}
                        title={cell}
                      >
                        {cell}
                      </td>
                    );
                  })}
                </tr>
                {row.errors.length > 0 ? (
                  <tr className="border-b border-gray-100 bg-red-50">
                    <td className="sticky left-0 bg-red-50" />
                    <td colSpan={plan.headers.length} className="px-3 pb-2 pt-0">
                      <ul className="text-xs text-red-900">
                        {row.errors.map((e, i) => (
                          <li key={i}>
                            <span className="font-semibold">{t.errorAt(e.line, e.column, e.value)}</span> {e.reason}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
