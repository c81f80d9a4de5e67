// Pure, Intl-based formatting shared by server pages and client components.
export { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_NAMES, LOCALES, intlTag, isLocale, resolveLocale, type Locale } from "./locale";
export {
  NO_DATA,
  formatDelta,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  relativeChange,
  trendOf,
  type DeltaKind,
  type Trend,
} from "./number";
export { formatDate, formatDateTime, formatMonth, formatShortMonth, type DateStyle, type DateTimeStyle } from "./date";
