import { kpiLabel, alertsMessages } from "@/app/alerts/messages";
import { componentMessages } from "@/components/messages";
import { alertKpi } from "@/lib/alerts/kpis";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import type { Goal } from "@/lib/goals/goal-schema";
import { goalFor } from "@/lib/goals/in-force";
import { formatGoalValue, goalMark } from "@/lib/goals/mark";
import { goalValue } from "@/lib/goals/metrics";
import { projectGoal, type GoalProjection, type MonthlyValue } from "@/lib/goals/projection";
import { goalStatus, type GoalStatus } from "@/lib/goals/status";
import type { KpiSections } from "@/lib/kpi/report-schema";
import { goalsMessages } from "./messages";

// Plain rows for the goals table: every string formatted on the server, in the page's language.

export interface GoalRow {
  /** "12" for a stored goal, "default:csat" for an untouched benchmark default: the row id and the form reference. */
  ref: string;
  figure: string;
  who: string;
  target: string;
  current: string;
  status: GoalStatus;
  statusLabel: string;
  dueDate: string | null;
  projection: string | null;
  source: string | null;
}

export interface GoalRowContext {
  sections: KpiSections;
  /** Monthly values per goal, for those with a due date (others: empty). */
  series: ReadonlyMap<Goal, MonthlyValue[]>;
  today: string;
  locale: Locale;
  currency: string;
}

export const goalRef = (g: Goal) => (g.id !== null ? String(g.id) : `default:${g.defaultKey}`);

const WORST_FIRST: GoalStatus[] = ["missed", "at_risk", "met", "no_data"];

/** A goal for every technician or client: each one's own goal wins, so it is judged per subject. */
function judgeEach(goal: Goal, all: readonly Goal[], ctx: GoalRowContext): { status: GoalStatus; current: string } {
  const t = goalsMessages(ctx.locale);
  const words = componentMessages(ctx.locale).goal.status;
  const subjects = alertKpi(goal.metric).subjects?.(ctx.sections) ?? [];
  const statuses = subjects
    .filter((s) => goalFor(all, goal.metric, s) === goal)
    .map((s) => goalStatus(goalValue(ctx.sections, goal.metric, s), goal));
  const counts = WORST_FIRST.map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter((c) => c.count > 0);
  return {
    status: counts[0]?.status ?? "no_data",
    current: counts.map((c) => t.statusCount(words[c.status], c.count)).join(" · ") || words.no_data,
  };
}

function projectionText(projection: GoalProjection, goal: Goal, ctx: GoalRowContext): string {
  const p = goalsMessages(ctx.locale).projection;
  const value = (v: number | null) => formatGoalValue(goal.metric, v, ctx.locale, ctx.currency);
  const due = formatDate(goal.dueDate, ctx.locale);
  switch (projection.kind) {
    case "on_track":
      return p.onTrack(value(projection.expected), due);
    case "behind":
      return projection.shortPerMonth === null ? p.behindExpected(value(projection.expected), due) : p.behind(value(projection.shortPerMonth));
    case "past":
      return `${p.past(due, value(projection.latest))} (${componentMessages(ctx.locale).goal.status[projection.status]})`;
    case "no_data":
      return p.noData;
  }
}

export function goalRows(goals: readonly Goal[], ctx: GoalRowContext): GoalRow[] {
  const t = goalsMessages(ctx.locale);
  const labels = alertsMessages(ctx.locale);
  const words = componentMessages(ctx.locale).goal.status;
  return goals.map((goal) => {
    const mark = goalMark(goal, goalValue(ctx.sections, goal.metric, goal.subject), ctx.locale, ctx.currency)!;
    const perSubject = goal.scope !== "business" && goal.subject === null;
    const { status, current } = perSubject
      ? judgeEach(goal, goals, ctx)
      : { status: mark.status, current: formatGoalValue(goal.metric, goalValue(ctx.sections, goal.metric, goal.subject), ctx.locale, ctx.currency) };
    const warn = goal.warn === null ? null : formatGoalValue(goal.metric, goal.warn, ctx.locale, ctx.currency);
    const warnText = warn === null ? "" : ` (${goal.warn! > goal.target ? t.warnAbove(warn) : t.warnBelow(warn)})`;
    const projection = projectGoal(ctx.series.get(goal) ?? [], goal, ctx.today);
    return {
      ref: goalRef(goal),
      figure: kpiLabel(labels, goal.metric),
      who: goal.subject ?? t.every[goal.scope],
      target: `${mark.target}${warnText}`,
      current,
      status,
      statusLabel: words[status],
      dueDate: goal.dueDate,
      projection: projection ? projectionText(projection, goal, ctx) : null,
      source: goal.source ?? (goal.defaultKey ? `${t.benchmark}: ${t.sources[goal.defaultKey] ?? ""}` : null),
    };
  });
}
