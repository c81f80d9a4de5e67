import Big from "big.js";

// Decimal numbers stay decimal strings end to end (money and hours are never floats). Arithmetic
// (hours from a duration, a yearly amount over 12) uses big.js with 20 decimal places, then the
// result is written out in plain notation.

export const Dec = Big();
Dec.DP = 20;
Dec.RM = Big.roundHalfUp;

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;
const MINUS = 45;

/** "0012.500" -> "12.5", "-0" -> "0", ".5" -> "0.5"; input must already be a plain decimal. */
function canonicalDecimal(s: string): string {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first > ZERO && first <= NINE && (last !== ZERO || s.indexOf(".") < 0) && last !== DOT) return s;
  let neg = false;
  if (s.charCodeAt(0) === MINUS) {
    neg = true;
    s = s.slice(1);
  }
  const dot = s.indexOf(".");
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? "" : s.slice(dot + 1);
  if (int.length > 1 && int.charCodeAt(0) === ZERO) {
    let z = 0;
    while (z < int.length - 1 && int.charCodeAt(z) === ZERO) z++;
    int = int.slice(z);
  }
  if (int === "") int = "0";
  if (frac.length > 0 && frac.charCodeAt(frac.length - 1) === ZERO) {
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === ZERO) end--;
    frac = frac.slice(0, end);
  }
  const out = frac.length > 0 ? `${int}.${frac}` : int;
  return neg && out !== "0" ? `-${out}` : out;
}

export function bigToDecimal(value: Big): string {
  return canonicalDecimal(value.toFixed());
}

/** Fast path: digits with at most one decimal separator and an optional leading minus. */
function plainDecimal(s: string, sepCode: number): string | null {
  const len = s.length;
  let i = s.charCodeAt(0) === MINUS ? 1 : 0;
  if (i >= len) return null;
  let sep = -1;
  let digits = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= ZERO && c <= NINE) digits++;
    else if (c === sepCode && sep < 0) sep = i;
    else return null;
  }
  if (digits === 0) return null;
  const dotted = sep >= 0 && sepCode !== DOT ? `${s.slice(0, sep)}.${s.slice(sep + 1)}` : s;
  return canonicalDecimal(dotted.endsWith(".") ? dotted.slice(0, -1) : dotted);
}

const NOISE = /[\s\u00a0\u202f'’]|[€$£¥]|^(?:EUR|USD|GBP|CHF)|(?:EUR|USD|GBP|CHF)$/gi;
const GROUPED_DOT = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.234,56 (decimal comma)
const GROUPED_COMMA = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234.56

/**
 * Reads a decimal number as written in an export: "1.5", "1,5" (decimalComma), "1.234,56",
 * "1,234.56", "€ 1 234,50", "(12.50)" for a negative amount. Returns a canonical decimal string,
 * or null when the text is not a number. Thousands separators must group by three digits.
 */
export function parseDecimal(raw: string, decimalComma: boolean): string | null {
  const fast = plainDecimal(raw, decimalComma ? COMMA : DOT);
  if (fast !== null) return fast;
  let s = raw.trim();
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(NOISE, "");
  if (s.startsWith("+")) s = s.slice(1);
  let plain: string | null = null;
  if (decimalComma) {
    if (GROUPED_DOT.test(s)) plain = s.replace(/\./g, "").replace(",", ".");
    else plain = plainDecimal(s, COMMA);
  } else {
    if (GROUPED_COMMA.test(s)) plain = s.replace(/,/g, "");
    else plain = plainDecimal(s, DOT);
  }
  if (plain === null) return null;
  plain = canonicalDecimal(plain);
  if (negative) return plain.startsWith("-") || plain === "0" ? plain : `-${plain}`;
  return plain;
}

const DURATION = /^(\d+):([0-5]?\d)(?::([0-5]?\d)(?:[.,]\d+)?)?$/;

/** "01:30:00" or "1:30" -> "1.5" (hours); null when the text is not a duration. */
export function parseDuration(raw: string): string | null {
  const m = DURATION.exec(raw.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  return bigToDecimal(new Dec(seconds).div(3600));
}

/** Seconds as a decimal string -> hours. */
export function secondsToHours(seconds: string): string {
  return bigToDecimal(new Dec(seconds).div(3600));
}

/** What a numeric sample value says about the decimal separator: "comma", "dot" or null (undecided). */
export function decimalSeparatorEvidence(raw: string): "comma" | "dot" | null {
  const s = raw.trim().replace(/[\s\u00a0\u202f€$£¥]/g, "");
  if (GROUPED_DOT.test(s) && s.includes(",")) return "comma";
  if (GROUPED_COMMA.test(s) && s.includes(".")) return "dot";
  const m = /^-?\d+([.,])(\d+)$/.exec(s);
  if (!m) return null;
  // "1,234" / "1.234" could be a thousands separator: no evidence
  if (m[2]!.length === 3) return null;
  return m[1] === "," ? "comma" : "dot";
}
