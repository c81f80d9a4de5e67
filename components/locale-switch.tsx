"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, isLocale } from "@/lib/format/locale";
import { useLocale } from "./locale-provider";
import { shellMessages } from "./shell-messages";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Stores the chosen language in the `locale` cookie and re-renders the server components. */
export function LocaleSwitch() {
  const locale = useLocale();
  const t = shellMessages(locale);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium text-gray-600">
        {t.language}
      </label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
          startTransition(() => router.refresh());
        }}
        className="rounded-tremor-small border-gray-300 py-1 pl-2 pr-8 text-sm text-gray-800 shadow-tremor-input"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
