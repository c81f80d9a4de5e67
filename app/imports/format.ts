import type { Locale } from "@/lib/format/locale";
import { NO_DATA, formatNumber } from "@/lib/format/number";

// Formatting the import screens need beyond lib/format: file sizes and durations.

const MB = 1024 * 1024;

/** formatFileSize(1_572_864, "de") → "1,5 MB"; under 1 MB in KB ("3,2 KB"), so a small file never reads "0,00 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < MB) return `${formatNumber(bytes / 1024, locale, { digits: 1 })}\u00a0KB`;
  const mb = bytes / MB;
  return `${formatNumber(mb, locale, { digits: mb < 10 ? 2 : 1 })}\u00a0MB`;
}

/** formatDuration(35, "en") → "35 ms"; 1840 → "1.8 s"; 125_000 → "2 min 5 s". */
export function formatDuration(ms: number | null | undefined, locale: Locale): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NO_DATA;
  if (ms < 1000) return `${formatNumber(Math.round(ms), locale)}\u00a0ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, locale, { digits: 1 })}\u00a0s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${formatNumber(minutes, locale)}\u00a0min ${seconds}\u00a0s`;
}
