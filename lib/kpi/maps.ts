// Report maps are plain objects whose keys are inserted in sorted order (UTF-16 code unit order,
// as Array.prototype.sort), so the JSON output is stable. Object.fromEntries defines own
// properties, so even a client called "__proto__" is a plain key.
export function sortedRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Map a Map's values into a sorted record. */
export function mapToRecord<V, R>(map: ReadonlyMap<string, V>, fn: (value: V, key: string) => R): Record<string, R> {
  return sortedRecord([...map].map(([k, v]) => [k, fn(v, k)] as const));
}
