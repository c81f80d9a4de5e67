// Which UI language to use: the `locale` cookie wins, else the browser's Accept-Language, else English.

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";

/** The BCP 47 tag handed to Intl for each UI language. */
const INTL_TAGS: Record<Locale, string> = { en: "en-US", de: "de-DE" };

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

/** Maps a language tag such as "de-AT" or "EN_gb" to a supported locale, or null. */
function matchTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/**
 * resolveLocale("de", "en-US,en;q=0.9") → "de" (cookie wins);
 * resolveLocale(undefined, "fr-FR,de;q=0.8,en;q=0.5") → "de" (highest q that we support).
 */
export function resolveLocale(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (cookieValue) {
    const fromCookie = matchTag(cookieValue);
    if (fromCookie) return fromCookie;
  }
  if (!acceptLanguage) return DEFAULT_LOCALE;

  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.weight > 0)
    // Stable: equal weights keep the browser's order.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  for (const entry of ranked) {
    const locale = matchTag(entry.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
