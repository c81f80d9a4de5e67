"use client";

import { useEffect } from "react";
import { useLocale } from "@/components/locale-provider";
import { PageHeader } from "@/components/page-header";
import { shellMessages } from "@/components/shell-messages";

// Rendered inside the root layout, so the sidebar and locale stay; only the page area is replaced.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = shellMessages(useLocale());
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <PageHeader title={t.error.title} />
      <section role="alert" className="rounded-tremor-default border border-red-200 bg-white px-6 py-10 text-center">
        <p className="mx-auto max-w-md text-sm text-gray-700">{t.error.text}</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-gray-600">{t.error.reference(error.digest)}</p> : null}
        <button
          type="button"
          onClick={() => reset()}
          className="mt-6 rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800"
        >
          {t.error.retry}
        </button>
      </section>
    </>
  );
}
