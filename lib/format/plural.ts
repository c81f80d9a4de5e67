import { intlTag, type Locale } from "./locale";
import { formatNumber } from "./number";

const rules = new Map<Locale, Intl.PluralRules>();

/** formatCount(1, "en", "row", "rows") → "1 row"; formatCount(1234, "de", "Zeile", "Zeilen") → "1.234 Zeilen". */
export function formatCount(count: number, locale: Locale, one: string, other: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(intlTag(locale))));
  return `${formatNumber(count, locale)} ${rule.select(count) === "one" ? one : other}`;
}
