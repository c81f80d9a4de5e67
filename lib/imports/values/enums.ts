import type { z } from "zod";
import { TIME_CATEGORIES, type DeviceKind, type Priority, type TimeCategory } from "@/lib/records/schemas";

export type PriorityValue = z.infer<typeof Priority>;
type DeviceKindValue = z.infer<typeof DeviceKind>;

/** Folds a picklist value for lookup: case, spaces, dashes and underscores ignored. */
export const foldValue = (raw: string) => raw.trim().toLowerCase().replace(/[\s_\-]+/g, "");

// Booleans: true/false, yes/no, ja/nein, 1/0, x, and ConnectWise's billableOption values.
const TRUE = new Set(["true", "t", "yes", "y", "ja", "j", "1", "x", "wahr", "on", "✓", "✔", "billable"]);
const FALSE = new Set(["false", "f", "no", "n", "nein", "0", "falsch", "off", "donotbill", "nocharge", "nodefault", "nonbillable", "notbillable"]);

const EXACT = new Map<string, boolean>([
  ["true", true], ["TRUE", true], ["True", true], ["1", true], ["yes", true], ["Yes", true], ["x", true], ["X", true],
  ["false", false], ["FALSE", false], ["False", false], ["0", false], ["no", false], ["No", false],
]);

/** true/false, null for an empty cell, undefined when the value is not a yes/no value. */
export function parseBool(raw: string): boolean | null | undefined {
  const exact = EXACT.get(raw);
  if (exact !== undefined) return exact;
  const key = foldValue(raw);
  if (key === "") return null;
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  return undefined;
}

// Priorities. A tenant's own value map wins (Autotask and HaloPSA use per-tenant integers); then
// words (ITFlow Low/Medium/High/Urgent, Syncro "2 Normal", ConnectWise "Priority 1 - Emergency
// Response"); then a number 1–4 (ConnectWise "Priority 3 - Normal", "P2", "2"), larger numbers being
// the lowest priority (ConnectWise "Priority 5 - Next Time" -> P4).
const PRIORITY_WORDS: [RegExp, PriorityValue][] = [
  [/\b(critical|urgent|emergency|kritisch|dringend)\b/i, "P1"],
  [/\b(high|hoch)\b/i, "P2"],
  [/\b(medium|normal|moderate|mittel)\b/i, "P3"],
  [/\b(low|niedrig|planned|scheduled?)\b/i, "P4"],
];
const PRIORITY_NUMBER = /^(?:p|priority|prio)?\s*(\d+)\b/i;

export function parsePriority(raw: string, valueMap: ReadonlyMap<string, PriorityValue>): PriorityValue | null | undefined {
  const key = foldValue(raw);
  if (key === "") return null;
  const mapped = valueMap.get(key);
  if (mapped) return mapped;
  for (const [re, p] of PRIORITY_WORDS) if (re.test(raw)) return p;
  const n = PRIORITY_NUMBER.exec(raw.trim());
  if (n) {
    const v = Number(n[1]);
    if (v >= 1) return v >= 4 ? "P4" : (`P${v}` as PriorityValue);
  }
  return undefined;
}

/** csat 1–5; ITFlow's feedback smileys Good/Neutral/Bad read as 5/3/1. "bad" / "range" on failure. */
export function parseCsat(raw: string): number | null | "bad" | "range" {
  const key = foldValue(raw);
  if (key === "") return null;
  if (key === "good" || key === "positive") return 5;
  if (key === "neutral") return 3;
  if (key === "bad" || key === "negative") return 1;
  if (!/^\d+(?:[.,]0+)?$/.test(key)) return "bad";
  const n = Number.parseInt(key, 10);
  return n >= 1 && n <= 5 ? n : "range";
}

// Device kinds from asset types: keyword match, unknown types (printer, camera) stay empty.
const KIND_WORDS: [RegExp, DeviceKindValue][] = [
  [/server|\bvm\b|virtual|hypervisor|host|nas\b|\bsan\b/i, "server"],
  [/firewall|router|switch|access ?point|\bap\b|network|wlan|wifi|gateway|modem|\bups\b/i, "network"],
  [/phone|mobile|tablet|ipad|iphone|android|handy|smartphone/i, "mobile"],
  [/workstation|desktop|laptop|notebook|\bpc\b|computer|client|thin|macbook|imac|mac\b/i, "workstation"],
];

export function parseDeviceKind(raw: string): DeviceKindValue | null {
  const s = raw.trim();
  if (s === "") return null;
  for (const [re, kind] of KIND_WORDS) if (re.test(s)) return kind;
  return null;
}

// Bill cycles -> months per bill. A bare number is a count of months.
const CYCLES: [RegExp, number][] = [
  [/^(month|monthly|monatlich|mon|m|1month)$/, 1],
  [/^(quarter|quarterly|quartal|quartalsweise|vierteljährlich|q|3months?)$/, 3],
  [/^(halfyear|halfyearly|semiannual|semiannually|biannual|halbjährlich|s|6months?)$/, 6],
  [/^(year|yearly|annual|annually|jährlich|y|a|12months?|contractyear|calendaryear)$/, 12],
  [/^(biennial|biennially|2years?|24months?)$/, 24],
];

export function parseBillCycle(raw: string): number | null | undefined {
  const key = foldValue(raw);
  if (key === "") return null;
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    return n >= 1 ? n : undefined;
  }
  for (const [re, months] of CYCLES) if (re.test(key)) return months;
  return undefined;
}

type TimeCategoryValue = z.infer<typeof TimeCategory>;

/** reactive, proactive, project or internal in any case; undefined for any other word. */
export function parseTimeCategory(raw: string): TimeCategoryValue | undefined {
  const key = raw.trim().toLowerCase();
  return TIME_CATEGORIES.find((c) => c === key);
}
