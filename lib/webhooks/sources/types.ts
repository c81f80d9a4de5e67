import type { WebhookRecords } from "../records";

export interface SourceParser {
  /**
   * The event's idempotency key, read while receiving. null = the body carries none, so the
   * SHA-256 of the body is used. A string error = the body lacks an id it must have (answered 400).
   */
  eventKey(json: unknown): { key: string | null } | { error: string };
  /** Validates and maps a stored body; throws ZodError on a body it cannot map. */
  parse(json: unknown): WebhookRecords;
}

/** A JSON object's own field, or undefined. */
export function field(json: unknown, name: string): unknown {
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>)[name] : undefined;
}

/** A scalar id as text (numbers too), or null when absent or blank. */
export function idText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text && !/^none$|^null$|^\[.*\]$|^\{\{.*\}\}$/i.test(text) ? text : null;
}
