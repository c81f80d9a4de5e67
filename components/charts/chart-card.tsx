import type { ReactNode } from "react";
import { ExplainLink } from "../explain-link";

export interface ChartCardProps {
  title: string;
  /** One sentence with the figures that matter; the chart's accessible name. */
  summary: string;
  /** Label of the disclosure that reveals the table. */
  tableLabel: string;
  /** The same figures as a table, for screen readers and for reading exact values. */
  table: ReactNode;
  children: ReactNode;
  /** Optional legend or note under the chart. */
  footer?: ReactNode;
  /** The heading's id, when the card is a named region of the page (its heading names it). */
  headingId?: string;
}

/** A chart in a card: a heading, the chart as one labelled image, and a table alternative. */
export function ChartCard({ title, summary, tableLabel, table, children, footer, headingId }: ChartCardProps) {
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id={headingId} className="text-base font-semibold text-gray-900">
        {title}
      </h2>
      <div role="img" aria-label={summary}>
        {children}
      </div>
      {footer}
      <details className="group text-sm">
        <summary className="cursor-pointer rounded font-medium text-blue-800 hover:underline">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}

export interface FigureTableProps {
  caption: string;
  head: [string, string];
  rows: [string, string][];
  /** Per row, the explanation view of its value, and what the link opens (for screen readers). */
  explain?: { hrefs: (string | null)[]; label: string };
}

export function FigureTable({ caption, head, rows, explain }: FigureTableProps) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-200 text-gray-700">
          <th scope="col" className="py-1.5 pr-4 text-left font-semibold">
            {head[0]}
          </th>
          <th scope="col" className="py-1.5 text-right font-semibold">
            {head[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value], i) => {
          const href = explain?.hrefs[i];
          return (
            <tr key={label} className="border-b border-gray-100 last:border-b-0">
              <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">
                {label}
              </th>
              <td className="py-1.5 text-right tabular-nums text-gray-900">
                {href && explain ? (
                  <ExplainLink href={href} label={explain.label}>
                    {value}
                  </ExplainLink>
                ) : (
                  value
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
