import { z } from "zod";
import type { WallboardFigures } from "@/db/queries/dashboard/wallboard";
import { explainHref } from "@/lib/explain/figures";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import { startDay, type Period } from "@/lib/kpi/period";
import type { Workload } from "@/lib/kpi/report-schema";
import type { WallboardMessages } from "./messages";

// What each board shows, from the engine's figures: pure, so the choice of tiles is tested
// without a browser. The default board mixes the service desk's figures with MRR.

export const WALLBOARD_BOARDS = ["overview", "service-desk", "business"] as const;
export type WallboardBoard = (typeof WALLBOARD_BOARDS)[number];

/** ?board=service-desk|business; anything else shows the default board. */
export const WallboardQuery = z.object({ board: z.enum(WALLBOARD_BOARDS).catch("overview").default("overview") });

export type Tone = "good" | "bad" | "neutral";

export interface Tile {
  id: string;
  label: string;
  value: string;
  detail?: string;
  tone: Tone;
  /** The figure's explanation view; only for signed-in members (a TV's token opens the wallboard only). */
  href?: string;
}

export interface TechnicianBar {
  name: string;
  utilization: number | null;
  text: string;
  band: Workload | null;
  href?: string;
}

export interface BridgeRow {
  label: string;
  text: string;
  tone: Tone;
  href?: string;
}

export interface WallboardView {
  tiles: Tile[];
  /** Service desk and default boards: utilization per technician, busiest first. */
  technicians: TechnicianBar[] | null;
  /** Business board: this month's MRR bridge. */
  bridge: BridgeRow[] | null;
}

const signTone = (n: number): Tone => (n > 0 ? "good" : n < 0 ? "bad" : "neutral");
// −0 would print as "−€0".
const minus = (n: number) => (n === 0 ? 0 : -n);

/**
 * The board's tiles, technicians and bridge; with `explained`, each figure the KPI engine defines
 * links to its explanation view (open alerts are RMM events, not a figure).
 */
export function wallboardView(board: WallboardBoard, f: WallboardFigures, m: WallboardMessages, locale: Locale, currency: string, explained = false): WallboardView {
  const link = (metric: string, period: Period, subject: string | null = null) => (explained ? { href: explainHref(metric, period, subject) } : {});
  const money = (n: number, signed = false) => (signed && n > 0 ? "+" : "") + formatMoney(n, currency, locale, { digits: 0 });
  const percent = (n: number | null) => formatPercent(n, locale, { digits: 0 });
  const { today, week, month, alerts, periods } = f;
  const tiles: Record<string, Tile> = {
    ticketsToday: { id: "tickets-today", label: m.ticketsToday, value: formatNumber(today.tickets.tickets_created, locale), tone: "neutral", ...link("tickets_created", periods.today) },
    ticketsWeek: { id: "tickets-week", label: m.ticketsWeek, value: formatNumber(week.tickets.tickets_created, locale), tone: "neutral", ...link("tickets_created", periods.week) },
    slaWeek: { id: "sla-week", label: m.slaWeek, value: percent(week.tickets.sla_met), tone: "neutral", ...link("sla_met", periods.week) },
    firstResponse: {
      id: "first-response-week", label: m.firstResponseWeek, tone: "neutral", ...link("first_response_minutes", periods.week),
      value: week.tickets.first_response_minutes === null ? formatNumber(null, locale) : m.minutes(formatNumber(week.tickets.first_response_minutes, locale, { digits: 0 })),
    },
    alerts: { id: "open-alerts", label: m.openAlerts, value: formatNumber(alerts.open, locale), detail: m.unacknowledged(alerts.unacknowledged), tone: alerts.unacknowledged > 0 ? "bad" : "good" },
    mrr: { id: "mrr", label: m.mrr, value: money(month.revenue.mrr), detail: m.contracts(formatNumber(month.revenue.active_contracts, locale)), tone: "neutral", ...link("mrr", periods.month) },
    netNew: { id: "net-new-mrr", label: m.netNewMrr, value: money(month.revenue.net_new_mrr, true), tone: signTone(month.revenue.net_new_mrr), ...link("net_new_mrr", periods.month) },
    clients: { id: "active-clients", label: m.activeClients, value: formatNumber(month.revenue.active_clients, locale), tone: "neutral", ...link("active_clients", periods.month) },
    utilWeek: { id: "team-utilization-week", label: m.teamUtilizationWeek, value: percent(week.technicians.team_utilization), tone: "neutral", ...link("team_utilization", periods.week) },
    utilMonth: { id: "team-utilization-month", label: m.teamUtilizationMonth, value: percent(month.technicians.team_utilization), tone: "neutral", ...link("team_utilization", periods.month) },
    slaMonth: { id: "sla-month", label: m.slaMonth, value: percent(month.tickets.sla_met), tone: "neutral", ...link("sla_met", periods.month) },
    csatMonth: { id: "csat-month", label: m.csatMonth, value: formatNumber(month.tickets.csat, locale, { digits: 1 }), tone: "neutral", ...link("csat", periods.month) },
  };
  const pick = (...ids: (keyof typeof tiles)[]) => ids.map((id) => tiles[id]!);
  const technicians = Object.entries(week.technicians.by_technician)
    .filter(([, t]) => t.available_hours > 0 || t.billable_hours > 0)
    .map(([name, t]) => ({ name, utilization: t.utilization, text: percent(t.utilization), band: t.workload, ...link("technician.utilization", periods.week, name) }))
    .sort((a, b) => (b.utilization ?? -1) - (a.utilization ?? -1) || a.name.localeCompare(b.name));
  switch (board) {
    case "service-desk":
      return { tiles: pick("ticketsToday", "ticketsWeek", "slaWeek", "firstResponse", "alerts", "utilWeek"), technicians, bridge: null };
    case "business": {
      const r = month.revenue;
      const step = (label: string, n: number, metric: string, signed = true, period = periods.month): BridgeRow => ({
        label, text: money(n, signed), tone: signed ? signTone(n) : "neutral", ...link(metric, period),
      });
      const s = m.bridgeSteps;
      // The month starts with the MRR of its day before (S), explained as that day's MRR.
      const dayBefore = startDay(periods.month);
      const bridge = [
        step(s.start, r.mrr_start, "mrr", false, { from: dayBefore, to: dayBefore }),
        step(s.new, r.new_mrr, "new_mrr"), step(s.upsell, r.upsell_mrr, "upsell_mrr"), step(s.crossSell, r.cross_sell_mrr, "cross_sell_mrr"),
        step(s.reactivated, r.reactivated_mrr, "reactivated_mrr"), step(s.contraction, minus(r.contraction_mrr), "contraction_mrr"),
        step(s.churn, minus(r.churned_mrr), "churned_mrr"), step(s.end, r.mrr, "mrr", false),
      ];
      return { tiles: pick("mrr", "netNew", "clients", "utilMonth", "slaMonth", "csatMonth"), technicians: null, bridge };
    }
    case "overview":
      return { tiles: pick("ticketsToday", "ticketsWeek", "slaWeek", "alerts", "mrr", "utilWeek"), technicians, bridge: null };
  }
}
