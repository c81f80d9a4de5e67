/** One machine-readable line per measurement, comparable run to run. */
export function bench(name: string, value: number, unit: string, baseline: number, extra: Record<string, unknown> = {}): void {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const line = { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline ? value / baseline : 0), ...extra };
  console.log(`BENCH ${JSON.stringify(line)}`);
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
