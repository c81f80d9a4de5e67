import { resolvePeriodPreset } from "@/lib/kpi/presets";
import { periodFromSearchParams, type ResolvedPeriod } from "@/lib/kpi/url-period";

// A QBR looks back on a quarter: with nothing in the URL it is the last full quarter; otherwise
// the dashboard's ?period= / ?from=&to= rules apply.

type Params = Record<string, string | string[] | undefined>;

export function qbrPeriodFromSearchParams(params: Params, today: Date | string, timeZone: string): ResolvedPeriod {
  if (params.period === undefined && params.from === undefined && params.to === undefined) {
    return { period: resolvePeriodPreset("last-quarter", today, timeZone), preset: "last-quarter" };
  }
  return periodFromSearchParams(params, today, timeZone);
}
