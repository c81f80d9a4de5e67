import { intlTag, type Locale } from "./locale";

/**
 * Intl formatters take ~100 µs to construct and ~1 µs to use: a table of a few hundred cells would
 * spend most of its rendering building them. This keeps one per locale and options for the process
 * (or browser tab).
 */
export function cachedPerLocale<Options, Formatter>(build: (tag: string, options: Options) => Formatter): (locale: Locale, options: Options) => Formatter {
  const cache = new Map<string, Formatter>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = build(intlTag(locale), options);
      cache.set(key, formatter);
    }
    return formatter;
  };
}
