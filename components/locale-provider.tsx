"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "@/lib/format/locale";

// The layout resolves the locale on the server once; client components read it from here
// instead of taking a `locale` prop through every level.
const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The UI locale; "en" outside a provider (e.g. a component rendered on its own in a test). */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
