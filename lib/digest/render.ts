import { formatDate, formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatNumber, formatPercent } from "@/lib/format/number";
import type { KpiReport } from "@/lib/kpi/report-schema";
import { digestHeadlines, type Headline } from "./headlines";
import { digestMessages } from "./messages";
import { rankClientMovers, rankTechnicianMovers, type ClientMove, type ClientWeeks, type TechnicianMove } from "./movers";

// The digest e-mail, HTML and plain text from one model. Mail-client safe: layout tables, inline
// styles only, no images (the bars are table cells), every link absolute.

export interface DigestAlert {
  rule: string;
  subject: string;
  severity: string;
  firedAt: Date;
}

export interface DigestContent {
  locale: Locale;
  orgName: string;
  currency: string;
  timeZone: string;
  workloadLower: number;
  workloadUpper: number;
  /** Week key ("2026-W10") and the report for that week (previous = the week before), already cut to the reader's role. */
  week: string;
  report: KpiReport;
  clientSla: ClientWeeks["sla"];
  alerts: { opened: DigestAlert[]; stillOpen: DigestAlert[] };
  /** The app's public address, without a trailing slash. */
  appUrl: string;
  unsubscribeUrl: string;
  /** Set when the digest runs late: when it was due. */
  lateSince: Date | null;
}

export interface DigestMail {
  subject: string;
  html: string;
  text: string;
}

const ALERTS_LISTED = 5;

const tones = {
  good: { background: "#d1fae5", color: "#065f46" },
  bad: { background: "#fee2e2", color: "#991b1b" },
  neutral: { background: "#f3f4f6", color: "#374151" },
};

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface Model {
  subject: string;
  intro: string[];
  headlines: Headline[];
  clients: { name: string; line: string; share: number }[];
  technicians: { name: string; line: string; share: number }[];
  alerts: { opened: string; openNow: string; lines: string[] };
  links: Record<"overview" | "clients" | "technicians" | "alerts" | "profitability" | "settings", string>;
}

function buildModel(c: DigestContent): Model {
  const m = digestMessages(c.locale);
  const { from, to } = c.report.period;
  const week = c.week.replace(/^\d{4}-W/, "");
  const search = `?from=${from}&to=${to}`;
  const share = (v: number) => formatPercent(v, c.locale);
  const clientMoves = rankClientMovers({
    tickets: {
      current: Object.fromEntries(Object.entries(c.report.tickets.by_client).map(([name, f]) => [name, f.tickets_created])),
      previous: Object.fromEntries(Object.entries(c.report.previous.tickets.by_client).map(([name, f]) => [name, f.tickets_created])),
    },
    sla: c.clientSla,
  });
  const technicianMoves = rankTechnicianMovers({ current: c.report.technicians.by_technician, previous: c.report.previous.technicians.by_technician });
  // Each list's bars against its own biggest move: ticket spikes and utilization shifts do not share a scale.
  const bars = (scores: number[]) => {
    const top = Math.max(...scores, 0);
    return scores.map((score) => (top > 0 ? score / top : 0));
  };
  const clientBars = bars(clientMoves.map((x) => x.score));
  const technicianBars = bars(technicianMoves.map((x) => x.score));
  const clientLine = (x: ClientMove) =>
    x.reason === "ticket-spike" ? m.ticketSpike(formatNumber(x.before, c.locale), formatNumber(x.after, c.locale), x.after === 1) : m.slaDrop(share(x.before), share(x.after));
  const band = (side: TechnicianMove["before"]) => `${side.utilization === null ? formatNumber(null, c.locale) : share(side.utilization)} (${m.band[side.workload]})`;
  const alertLine = (a: DigestAlert) =>
    `${a.rule}${a.subject ? ` · ${a.subject}` : ""} (${a.severity}, ${formatDateTime(a.firedAt, c.locale, c.timeZone)})`;
  const listed = c.alerts.stillOpen.slice(0, ALERTS_LISTED).map(alertLine);
  if (c.alerts.stillOpen.length > ALERTS_LISTED) listed.push(m.alertsMore(c.alerts.stillOpen.length - ALERTS_LISTED));
  return {
    subject: m.subject(c.orgName, week),
    intro: [
      m.covers(week, formatDate(from, c.locale), formatDate(to, c.locale)),
      ...(c.lateSince ? [m.late(formatDateTime(c.lateSince, c.locale, c.timeZone))] : []),
    ],
    headlines: digestHeadlines(c.report, c),
    clients: clientMoves.map((x, i) => ({ name: x.name, line: clientLine(x), share: clientBars[i]! })),
    technicians: technicianMoves.map((x, i) => ({ name: x.name, line: m.bandChange(band(x.before), band(x.after)), share: technicianBars[i]! })),
    alerts: { opened: m.alertsOpened(c.alerts.opened.length), openNow: m.alertsOpen(c.alerts.stillOpen.length), lines: listed },
    links: {
      overview: `${c.appUrl}/${search}`,
      clients: `${c.appUrl}/clients${search}`,
      technicians: `${c.appUrl}/technicians${search}`,
      alerts: `${c.appUrl}/alerts`,
      profitability: `${c.appUrl}/profitability${search}`,
      settings: `${c.appUrl}/settings/digest`,
    },
  };
}

function renderText(c: DigestContent, model: Model): string {
  const m = digestMessages(c.locale);
  const movers = (rows: Model["clients"]) => (rows.length ? rows.map((r) => `- ${r.name}: ${r.line}`) : [m.noMovers]);
  const lines = [
    `${m.title} · ${c.orgName}`,
    ...model.intro,
    "",
    m.headlines,
    ...model.headlines.map((h) => `- ${h.label}: ${h.value}${h.change ? ` (${h.change})` : ""}, ${m.before(h.previous)}`),
    `${m.open.overview}: ${model.links.overview}`,
    ...(c.report.profitability ? [`${m.open.profitability}: ${model.links.profitability}`] : []),
    "",
    m.clients,
    ...movers(model.clients),
    `${m.open.clients}: ${model.links.clients}`,
    "",
    m.technicians,
    ...movers(model.technicians),
    `${m.open.technicians}: ${model.links.technicians}`,
    "",
    m.alerts,
    model.alerts.opened,
    model.alerts.openNow,
    ...model.alerts.lines.map((l) => `- ${l}`),
    `${m.open.alerts}: ${model.links.alerts}`,
    "",
    "-- ",
    m.footer,
    `${m.settings}: ${model.links.settings}`,
    `${m.unsubscribe}: ${c.unsubscribeUrl}`,
  ];
  return lines.join("\n") + "\n";
}

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const link = (href: string, label: string) =>
  `<p style="margin:8px 0 0;${FONT}font-size:14px;"><a href="${escapeHtml(href)}" style="color:#1d4ed8;">${escapeHtml(label)} &rarr;</a></p>`;
const heading = (text: string) => `<h2 style="margin:24px 0 8px;${FONT}font-size:17px;color:#111827;">${escapeHtml(text)}</h2>`;

function headlineRow(h: Headline, m: ReturnType<typeof digestMessages>): string {
  const tone = h.good === true ? tones.good : h.good === false ? tones.bad : tones.neutral;
  const badge = h.change
    ? `<span style="display:inline-block;padding:2px 8px;border-radius:10px;background:${tone.background};color:${tone.color};font-size:13px;">${escapeHtml(h.change)}</span>`
    : "";
  return `<tr>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;${FONT}font-size:14px;color:#374151;">${escapeHtml(h.label)}</td>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;${FONT}font-size:15px;font-weight:bold;color:#111827;text-align:right;white-space:nowrap;">${escapeHtml(h.value)}</td>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;${FONT}text-align:right;white-space:nowrap;">${badge}</td>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;${FONT}font-size:13px;color:#4b5563;white-space:nowrap;">${escapeHtml(m.before(h.previous))}</td>
</tr>`;
}

/** A bar as two table cells: filled share in blue, the rest in light grey. */
function bar(share: number): string {
  const filled = Math.max(2, Math.round(share * 100));
  return `<table role="presentation" width="120" cellpadding="0" cellspacing="0" style="border-collapse:collapse;"><tr>
<td width="${filled}%" style="height:10px;background:#2563eb;font-size:0;line-height:0;">&nbsp;</td>${filled < 100 ? `<td style="height:10px;background:#e5e7eb;font-size:0;line-height:0;">&nbsp;</td>` : ""}
</tr></table>`;
}

function moverRows(rows: Model["clients"], m: ReturnType<typeof digestMessages>): string {
  if (rows.length === 0) return `<p style="margin:0;${FONT}font-size:14px;color:#4b5563;">${escapeHtml(m.noMovers)}</p>`;
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">${rows
    .map(
      (r) => `<tr>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;${FONT}font-size:14px;font-weight:bold;color:#111827;">${escapeHtml(r.name)}</td>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;${FONT}font-size:14px;color:#374151;">${escapeHtml(r.line)}</td>
<td style="padding:6px 8px;border-bottom:1px solid #e5e7eb;">${bar(r.share)}</td>
</tr>`,
    )
    .join("")}</table>`;
}

function renderHtml(c: DigestContent, model: Model): string {
  const m = digestMessages(c.locale);
  const paragraph = (text: string) => `<p style="margin:0 0 6px;${FONT}font-size:14px;color:#374151;">${escapeHtml(text)}</p>`;
  const body = [
    `<p style="margin:0;${FONT}font-size:13px;color:#4b5563;">${escapeHtml(c.orgName)}</p>`,
    `<h1 style="margin:4px 0 8px;${FONT}font-size:22px;color:#111827;">${escapeHtml(m.title)}</h1>`,
    ...model.intro.map(paragraph),
    heading(m.headlines),
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">${model.headlines.map((h) => headlineRow(h, m)).join("")}</table>`,
    link(model.links.overview, m.open.overview),
    ...(c.report.profitability ? [link(model.links.profitability, m.open.profitability)] : []),
    heading(m.clients),
    moverRows(model.clients, m),
    link(model.links.clients, m.open.clients),
    heading(m.technicians),
    moverRows(model.technicians, m),
    link(model.links.technicians, m.open.technicians),
    heading(m.alerts),
    paragraph(model.alerts.opened),
    paragraph(model.alerts.openNow),
    ...(model.alerts.lines.length
      ? [`<ul style="margin:4px 0;padding-left:20px;${FONT}font-size:14px;color:#374151;">${model.alerts.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`]
      : []),
    link(model.links.alerts, m.open.alerts),
    `<p style="margin:24px 0 0;padding-top:12px;border-top:1px solid #e5e7eb;${FONT}font-size:12px;color:#4b5563;">${escapeHtml(m.footer)}<br>
<a href="${escapeHtml(model.links.settings)}" style="color:#1d4ed8;">${escapeHtml(m.settings)}</a> &middot; <a href="${escapeHtml(c.unsubscribeUrl)}" style="color:#1d4ed8;">${escapeHtml(m.unsubscribe)}</a></p>`,
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="${c.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(model.subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="max-width:640px;width:100%;background:#ffffff;border:1px solid #e5e7eb;"><tr><td style="padding:24px;">
${body}
</td></tr></table>
</td></tr></table>
</body></html>
`;
}

/** The digest mail: subject, HTML and plain text. */
export function renderDigest(content: DigestContent): DigestMail {
  const model = buildModel(content);
  return { subject: model.subject, html: renderHtml(content, model), text: renderText(content, model) };
}
