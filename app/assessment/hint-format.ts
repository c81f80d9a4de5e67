import type { HintFigure, SuggestionRule } from "@/lib/assessment/suggestions";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import type { AssessmentMessages } from "./messages";

// How a data hint's figures and rule read on the page, in the page's language.

export function formatFigure(figure: HintFigure, locale: Locale, currency: string, t: AssessmentMessages): string {
  const { value } = figure;
  if (figure.format === "date") return typeof value === "string" ? formatDate(value, locale) : t.noneFound;
  const n = typeof value === "number" ? value : null;
  switch (figure.format) {
    case "percent":
      return formatPercent(n, locale, { digits: 0 });
    case "change":
      return formatDelta(n, locale, { kind: "percent", digits: 0 });
    case "money":
      return formatMoney(n, currency, locale, { digits: 0 });
    case "count":
      return figure.of === undefined ? formatNumber(n, locale) : t.ofCount(formatNumber(n, locale), formatNumber(figure.of, locale));
    case "number":
      return formatNumber(n, locale, { digits: n !== null && Number.isInteger(n) ? 0 : 2 });
  }
}

/** "5 at 95 % or more, 4 at 90 %, …, else 1" from the rule's thresholds. */
export function ruleText(rule: SuggestionRule, locale: Locale, t: AssessmentMessages): string {
  const scores = [5, 4, 3, 2] as const;
  const parts = rule.thresholds.map((threshold, i) => {
    const score = scores[i] ?? 2;
    if (rule.format === "days") return t.rule.within(score, threshold);
    const value =
      rule.format === "change" ? formatDelta(threshold, locale, { kind: "percent", digits: 0 }) : formatPercent(threshold, locale, { digits: 0 });
    return rule.lowerIsBetter ? t.rule.atMost(score, value) : t.rule.atLeast(score, value);
  });
  return `${t.rule.intro} ${[...parts, t.rule.otherwise].join(", ")}.`;
}
