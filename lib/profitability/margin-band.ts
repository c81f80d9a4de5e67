// Margin bands of the Profitability page (docs/kpis.md): a loss, below 20 %, below 30 % (the alert
// preset's threshold), and healthy from 30 % on. No band without revenue (margin null).

export const MARGIN_BANDS = ["loss", "thin", "watch", "healthy"] as const;
export type MarginBand = (typeof MARGIN_BANDS)[number];

export function marginBand(margin: number | null): MarginBand | null {
  if (margin === null) return null;
  if (margin < 0) return "loss";
  if (margin < 0.2) return "thin";
  if (margin < 0.3) return "watch";
  return "healthy";
}
