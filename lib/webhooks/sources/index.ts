import type { WebhookRecords } from "../records";
import { sha256Hex } from "../signature";
import type { WebhookSource } from "../sources-list";
import { dattoParser } from "./datto-rmm";
import { genericParser } from "./generic";
import { ninjaParser } from "./ninjaone";
import { tacticalParser } from "./tactical-rmm";
import type { SourceParser } from "./types";

const PARSERS: Record<WebhookSource, SourceParser> = {
  "tactical-rmm": tacticalParser,
  ninjaone: ninjaParser,
  "datto-rmm": dattoParser,
  generic: genericParser,
};

const MAX_KEY = 200;

/** The inbox key: the tool's event id where it has one, else the SHA-256 of the raw body. */
export function eventKeyOf(source: WebhookSource, json: unknown, rawBody: string): { key: string } | { error: string } {
  const result = PARSERS[source].eventKey(json);
  if ("error" in result) return result;
  const key = result.key;
  return { key: key && key.length <= MAX_KEY ? key : `sha256:${sha256Hex(rawBody)}` };
}

/** Validates a stored body against its source's schema and maps it to canonical records. */
export function parseWebhookBody(source: WebhookSource, rawBody: string): WebhookRecords {
  return PARSERS[source].parse(JSON.parse(rawBody));
}
