// A stable id for records whose export has none (ITFlow time and assets): two 32-bit FNV-1a style
// hashes over the identifying values, written as 16 hex digits. Not cryptographic; stable across
// runs, platforms and chunk sizes. Collisions need ~2^32 distinct rows to become likely.

function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export function stableId(parts: readonly (string | null)[]): string {
  const text = parts.map((p) => (p ?? "").trim().toLowerCase()).join("\u001f");
  return hash32(text, 0x811c9dc5).toString(16).padStart(8, "0") + hash32(text, 0x5bd1e995).toString(16).padStart(8, "0");
}
