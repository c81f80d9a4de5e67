import { z } from "zod";
import type { DeviceKind } from "@/lib/records/schemas";

type Kind = z.infer<typeof DeviceKind>;

// Values as the RMM tools render them: Python's str() of datetimes and booleans (Tactical RMM),
// epoch seconds with a fraction (NinjaOne), epoch milliseconds as text (Datto RMM), ISO (generic).

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const EMPTY = new Set(["", "none", "null", "nil", "n/a"]);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function formatInstant(ms: number, micros: number): string | null {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const base = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const fraction = date.getUTCMilliseconds() * 1000 + micros;
  return fraction ? `${base}.${pad(fraction, 6).replace(/0+$/, "")}Z` : `${base}Z`;
}

/** Epoch seconds (NinjaOne, fractions allowed) or milliseconds (Datto) — told apart by size. */
function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const ms = value >= 1e11 ? value : value * 1000;
  const whole = Math.floor(ms);
  return formatInstant(whole, Math.round((ms - whole) * 1000) % 1000);
}

/** An instant as canonical ISO UTC (`…Z`, up to microseconds); undefined when not a timestamp. Zone-less means UTC. */
export function parseToolInstant(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return fromEpoch(value) ?? undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (EMPTY.has(text.toLowerCase())) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text)) ?? undefined;
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac = "", zone = "Z"] = m;
  const digits = frac.padEnd(9, "0");
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(digits.slice(0, 3)));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined;
  if (zone.toUpperCase() !== "Z") {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    const offset = (Number(z[2]) * 60 + Number(z[3])) * 60_000;
    ms += z[1] === "+" ? -offset : offset;
  }
  return formatInstant(ms, Number(digits.slice(3, 6))) ?? undefined;
}

/** Booleans as tools write them: true/false, True/False, 1/0, yes/no, ja/nein; "None" and "" are null. */
export function parseToolBool(value: unknown): boolean | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (EMPTY.has(text)) return null;
  if (["true", "1", "yes", "y", "ja", "on"].includes(text)) return true;
  if (["false", "0", "no", "n", "nein", "off"].includes(text)) return false;
  return undefined;
}

export const ToolInstant = z.unknown().transform((v, ctx) => {
  const parsed = parseToolInstant(v);
  if (parsed === undefined) {
    ctx.addIssue({ code: "custom", message: `not a timestamp: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return parsed;
});
export const RequiredInstant = ToolInstant.refine((v): v is string => v !== null, "a timestamp is required");

export const ToolBool = z.unknown().transform((v, ctx) => {
  const parsed = parseToolBool(v);
  if (parsed === undefined) {
    ctx.addIssue({ code: "custom", message: `not a yes/no value: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return parsed;
});

/** Text, trimmed; "", "None" and "null" become null. */
export const ToolText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined) return null;
    const text = String(v).trim();
    return EMPTY.has(text.toLowerCase()) ? null : text.slice(0, 2000);
  });

/** Canonical severities across tools: critical, high, medium, low, info. */
export function normaliseSeverity(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (["critical", "crit", "fatal", "emergency"].includes(v)) return "critical";
  if (["high", "major", "error", "err", "p1"].includes(v)) return "high";
  if (["medium", "moderate", "warning", "warn", "p2"].includes(v)) return "medium";
  if (["low", "minor", "p3"].includes(v)) return "low";
  if (["info", "information", "informational", "none", "notice", "p4"].includes(v)) return "info";
  return v.slice(0, 50);
}

export function normaliseDeviceKind(value: string | null): Kind | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (/server/.test(v)) return "server";
  if (/workstation|desktop|laptop|^mac$|^windows$|^linux$|^pc$/.test(v)) return "workstation";
  if (/mobile|android|ios|phone|tablet/.test(v)) return "mobile";
  if (/network|nms|switch|router|firewall|printer|snmp|esxi|vmware/.test(v)) return "network";
  return null;
}
