import "server-only";
import { evaluateRule, type AlertRuleInput, type RuleResult } from "@/lib/alerts";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";
import { getKpiSettings } from "../queries/org-settings";
import { computeAlertFigures } from "./figures";

// "Would this fire now, and with what value?": the rules against today's figures, nothing stored.

export interface RulePreview {
  period: Period;
  results: RuleResult[];
}

export async function previewAlertRules<R extends AlertRuleInput>(db: SqlRunner, orgId: number, rules: readonly R[], now: Date = new Date()): Promise<RulePreview[]> {
  if (rules.length === 0) return [];
  const figures = await computeAlertFigures(db, orgId, rules, await getKpiSettings(db, orgId), now);
  return rules.map((rule) => {
    const window = figures.get(rule.window)!;
    return { period: window.period, results: evaluateRule(rule, window.figures) };
  });
}
