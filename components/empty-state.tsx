import { Link } from "@/components/link";
import type { ReactNode } from "react";

export interface EmptyStateProps {
  title: string;
  text?: string;
  /** A link shown as the primary button, e.g. { href: "/imports", label: "Go to imports" }. */
  action?: { href: string; label: string };
  /** Anything else (a client button, a form) rendered below the text. */
  children?: ReactNode;
  /** Heading level, so the empty state fits the page outline (default h2). */
  headingLevel?: 2 | 3;
}

/** "Nothing here yet" with a way forward. Works in server and client components. */
export function EmptyState({ title, text, action, children, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-tremor-default border border-dashed border-gray-300 bg-white px-6 py-12 text-center">
      <svg
        className="mx-auto h-10 w-10 text-gray-400"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        aria-hidden="true"
        focusable="false"
      >
        <path strokeLinecap="round" strokeLinejoin="round" d="M3 3v18h18M7 15l4-4 3 3 5-6" />
      </svg>
      <Heading className="mt-3 text-base font-semibold text-gray-900">{title}</Heading>
      {text ? <p className="mx-auto mt-1 max-w-md text-sm text-gray-600">{text}</p> : null}
      {action ? (
        <Link
          href={action.href}
          className="mt-6 inline-flex items-center rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800"
        >
          {action.label}
        </Link>
      ) : null}
      {children ? <div className="mt-6">{children}</div> : null}
    </section>
  );
}
