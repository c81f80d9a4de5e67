import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { explainHref } from "@/lib/explain/figures";
import type { Locale } from "@/lib/format/locale";
import type { Period } from "@/lib/kpi/period";
import { componentMessages } from "./messages";

const LIGHT = "text-blue-800 underline decoration-dotted underline-offset-2 hover:decoration-solid";

/**
 * A figure shown as a link to its explanation view (/explain/…): the value stays the visible text,
 * and screen readers hear what the link opens. Not prefetched: an explanation works its figure out
 * from the records, and a table holds dozens of these links.
 */
export function ExplainLink({ href, label, children, className = LIGHT }: { href: string; label: string; children: ReactNode; className?: string }) {
  return (
    <Link href={href} prefetch={false} data-explain className={className}>
      {children}
      <span className="sr-only"> ({label})</span>
    </Link>
  );
}

/** A table cell showing a row's figure as a link to its explanation for the row's client or technician. */
export function explainedCell<T>(metric: string, period: Period, header: string, subject: (row: T) => string, text: (row: T, locale: Locale) => string) {
  function ExplainedCell(row: T, locale: Locale) {
    return (
      <ExplainLink href={explainHref(metric, period, subject(row))} label={componentMessages(locale).kpi.explainLabel(header)}>
        {text(row, locale)}
      </ExplainLink>
    );
  }
  return ExplainedCell;
}
