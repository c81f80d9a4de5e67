import { TZDate } from "@date-fns/tz";
import type { DateOrder } from "../options";

// Dates and timestamps as exports write them:
//   ISO "2026-03-04", "2026-03-04T10:15:00Z", "2026-03-04 10:15:22.841112+00:00", "2026/03/04"
//   "04.03.2026", "4.3.26", "03/04/2026 10:15 AM"  (day/month order from options.dateOrder)
//   epoch seconds "1772619300" / "1772619300.5" and milliseconds "1772619300000" (timestamps only)
// Timestamps without a zone are wall-clock time in options.timeZone (DST gaps move forward, as
// @date-fns/tz does). Years before 1000 (HaloPSA's "0001-01-01T00:00:00") mean "no date".
// Date fields keep the calendar date as written and ignore any time or zone on it.

export const NO_DATE = "none" as const;

interface Parts {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  /** offset east of UTC in minutes; null = zone-less */
  offset: number | null;
}

const TIME = String.raw`(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([AaPp][Mm])?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const EPOCH_S = /^\d{9,10}(?:\.\d+)?$/;
const EPOCH_MS = /^\d{12,13}$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone === "Z" || zone === "z" || zone === "UTC" || zone === "GMT") return 0;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

/** Splits a date or timestamp into parts; "bad" when it is not one, "invalid" for an impossible date. */
function split(raw: string, order: DateOrder): Parts | "bad" | "invalid" {
  let m = YEAR_FIRST.exec(raw);
  let y: number, mo: number, d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[3]);
    d = Number(m[4]);
  } else {
    m = YEAR_LAST.exec(raw);
    if (!m) return "bad";
    const a = Number(m[1]);
    const b = Number(m[3]);
    const yy = m[4]!;
    y = yy.length === 2 ? (Number(yy) < 70 ? 2000 : 1900) + Number(yy) : Number(yy);
    const monthFirst = order === "mdy" || (order === "ymd" && m[2] === "/");
    mo = monthFirst ? a : b;
    d = monthFirst ? b : a;
  }
  let h = m[5] === undefined ? 0 : Number(m[5]);
  const mi = m[6] === undefined ? 0 : Number(m[6]);
  const s = m[7] === undefined ? 0 : Number(m[7]);
  const ms = m[8] === undefined ? 0 : Math.floor(Number(`0.${m[8]}`) * 1000);
  const ampm = m[9]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return "invalid";
    h = (h % 12) + (ampm === "pm" ? 12 : 0);
  }
  if (y >= 1000 && (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 59)) return "invalid";
  return { y, m: mo, d, h, mi, s, ms, offset: zoneOffset(m[10]) };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

function isIsoDate(s: string): boolean {
  return (
    s.length === 10 &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    isDigit(s, 0) && isDigit(s, 1) && isDigit(s, 2) && isDigit(s, 3) &&
    isDigit(s, 5) && isDigit(s, 6) && isDigit(s, 8) && isDigit(s, 9)
  );
}

/** A calendar date "YYYY-MM-DD", NO_DATE for a "none" sentinel, or "bad"/"invalid". */
export function parseDate(raw: string, order: DateOrder): string | typeof NO_DATE | "bad" | "invalid" {
  if (isIsoDate(raw)) {
    const digit = (i: number) => raw.charCodeAt(i) - 48;
    const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    if (y < 1000) return NO_DATE;
    return validDay(y, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9)) ? raw : "invalid";
  }
  const p = split(raw.trim(), order);
  if (typeof p === "string") return p;
  if (p.y < 1000) return NO_DATE;
  return `${p.y}-${pad2(p.m)}-${pad2(p.d)}`;
}

/** An instant as ISO UTC "YYYY-MM-DDTHH:mm:ss.sssZ", NO_DATE, or "bad"/"invalid". */
export function parseInstant(raw: string, order: DateOrder, timeZone: string): string | typeof NO_DATE | "bad" | "invalid" {
  const text = raw.trim();
  if (EPOCH_S.test(text)) return fromMillis(Math.round(Number(text) * 1000));
  if (EPOCH_MS.test(text)) return fromMillis(Number(text));
  const p = split(text, order);
  if (typeof p === "string") return p;
  if (p.y < 1000) return NO_DATE;
  let ms: number;
  if (p.offset !== null) ms = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s, p.ms) - p.offset * 60_000;
  else if (timeZone === "UTC" || timeZone === "Etc/UTC") ms = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s, p.ms);
  else ms = new TZDate(p.y, p.m - 1, p.d, p.h, p.mi, p.s, p.ms, timeZone).getTime();
  return fromMillis(ms);
}

function fromMillis(ms: number): string | "invalid" {
  if (!Number.isFinite(ms)) return "invalid";
  const iso = new Date(ms).toISOString();
  return iso.length === 24 ? iso : "invalid";
}

/** The calendar date of an instant in a time zone (a timer's start -> its work date). */
export function localDate(instant: string, timeZone: string): string {
  const t = new TZDate(Date.parse(instant), timeZone);
  return `${t.getFullYear()}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())}`;
}

/** The format to name in an error message for the given date order (and the separator the value used). */
export function expectedDateFormat(order: DateOrder, raw: string): string {
  if (order === "ymd") return "yyyy-mm-dd";
  const sep = raw.includes("/") ? "/" : raw.includes("-") && !/^\d{4}-/.test(raw) ? "-" : order === "dmy" ? "." : "/";
  return order === "dmy" ? `dd${sep}mm${sep}yyyy` : `mm${sep}dd${sep}yyyy`;
}

/** What a sample value says about the day/month order: "dmy", "mdy" or null (undecided). */
export function dateOrderEvidence(raw: string): "dmy" | "mdy" | null {
  const m = YEAR_LAST.exec(raw.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  return null;
}

/** True when a sample value is a year-last date written with dots ("04.03.2026"), which is dmy in practice. */
export function isDotDate(raw: string): boolean {
  const m = YEAR_LAST.exec(raw.trim());
  return m !== null && m[2] === ".";
}
