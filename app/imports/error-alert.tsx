"use client";

import { useLocale } from "@/components/locale-provider";
import { ApiError } from "./api-client";
import { importsMessages, type ImportsMessages } from "./messages";

/** A user-facing sentence for an error code, plus the server's own explanation where it adds something. */
export function describeError(t: ImportsMessages["errors"], error: unknown): { text: string; detail: string | null } {
  if (!(error instanceof ApiError)) return { text: t.internal, detail: null };
  switch (error.code) {
    case "network":
      return { text: t.network, detail: null };
    case "aborted":
      return { text: t.aborted, detail: null };
    case "too_large":
      return { text: t.tooLarge, detail: null };
    case "not_found":
      return { text: t.notFound, detail: null };
    case "internal":
      return { text: t.internal, detail: null };
    case "unprocessable":
      return { text: t.unprocessable, detail: error.message };
    case "bad_request":
      return { text: t.badRequest, detail: error.message };
    default:
      return { text: t.other, detail: error.message };
  }
}

/** Shows an error (an ApiError or a plain sentence) with role="alert", so screen readers announce it. */
export function ErrorAlert({ error }: { error: unknown }) {
  const t = importsMessages(useLocale()).errors;
  const { text, detail } = typeof error === "string" ? { text: error, detail: null } : describeError(t, error);
  return (
    <div role="alert" className="rounded-tremor-default border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-medium">{text}</p>
      {detail ? <p className="mt-1 text-red-800">{detail}</p> : null}
    </div>
  );
}
