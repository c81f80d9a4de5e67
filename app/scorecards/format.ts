import { formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import type { Locale } from "@/lib/format/locale";
import type { ScorecardFigure } from "@/lib/scorecards/pay-plan";

const SHARES = new Set<ScorecardFigure>(["csat_positive", "sla_met", "new_service_share"]);
const MONEY = new Set<ScorecardFigure>(["booked_upsell_mrr", "booked_new_service_mrr"]);

/** A figure's value in its unit: shares as percent, booked MRR as money, the rest as numbers. */
export function formatFigure(figure: ScorecardFigure, value: number, currency: string, locale: Locale): string {
  if (SHARES.has(figure)) return formatPercent(value, locale);
  if (MONEY.has(figure)) return formatMoney(value, currency, locale);
  return formatNumber(value, locale);
}
