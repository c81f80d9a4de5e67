import type { ImportKind } from "@/lib/records/schemas";
import { normalizeHeader } from "../headers";
import type { ImportFormat } from "../options";
import type { PriorityValue } from "../values/enums";
import { autotaskPreset } from "./autotask";
import { connectwisePreset } from "./connectwise";
import { genericPreset } from "./generic";
import { halopsaPreset } from "./halopsa";
import { itflowPreset } from "./itflow";
import { syncroPreset } from "./syncro";
import type { FormatPreset, KindPreset } from "./types";

export type { FormatPreset, KindPreset } from "./types";

export const PRESETS: Record<ImportFormat, FormatPreset> = {
  generic: genericPreset,
  connectwise: connectwisePreset,
  autotask: autotaskPreset,
  halopsa: halopsaPreset,
  syncro: syncroPreset,
  itflow: itflowPreset,
};

export function kindPreset(format: ImportFormat, kind: ImportKind): KindPreset | undefined {
  return PRESETS[format].kinds[kind];
}

/**
 * The preset's mapping for these headers: for each field, the first of its aliases present in the
 * file. A header is given to one field only (the first field listed that wants it).
 */
export function presetMapping(format: ImportFormat, kind: ImportKind, headers: readonly string[]): Record<string, string> {
  const preset = kindPreset(format, kind);
  const mapping: Record<string, string> = {};
  if (!preset) return mapping;
  const keys = headers.map(normalizeHeader);
  const taken = new Set<number>();
  for (const [field, aliases] of Object.entries(preset.columns)) {
    for (const alias of aliases ?? []) {
      const want = normalizeHeader(alias);
      const index = keys.findIndex((k, i) => k === want && !taken.has(i));
      if (index >= 0) {
        taken.add(index);
        mapping[field] = headers[index]!;
        break;
      }
    }
  }
  return mapping;
}

/** Share of the file's (non-empty) headers that the preset knows, as a column it reads or ignores. */
export function explainedShare(format: ImportFormat, kind: ImportKind, headers: readonly string[]): number {
  const preset = kindPreset(format, kind);
  const keys = headers.map(normalizeHeader).filter((k) => k !== "");
  if (!preset || keys.length === 0) return 0;
  const known = new Set<string>();
  for (const aliases of Object.values(preset.columns)) for (const a of aliases ?? []) known.add(normalizeHeader(a));
  for (const a of [...(preset.known ?? []), ...Object.keys(preset.dropped ?? {})]) known.add(normalizeHeader(a));
  return keys.filter((k) => known.has(k)).length / keys.length;
}

/** The preset's default priority guess overlaid with the tenant's own map (keys folded). */
export function priorityMap(
  format: ImportFormat,
  overrides: Readonly<Record<string, PriorityValue>> | undefined,
): Record<string, PriorityValue> {
  return { ...(PRESETS[format].priority ?? {}), ...(overrides ?? {}) };
}
