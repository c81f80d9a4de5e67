import { dateTimeFormat, formatDate, formatMonth } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatHours, formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import { barChartSvg } from "./bar-chart";
import { DOCUMENT_CSS } from "./document-style";
import { html, raw, type Html } from "./html";
import { qbrMessages, type QbrMessages } from "./messages";
import { change, direction, DIRECTION_ARROW } from "./performance";
import { qbrSummary } from "./summary";
import { PERFORMANCE_GROUPS, type Comparison, type QbrReport } from "./types";

// The QBR as one self-contained HTML document (inline CSS and SVG, no scripts, no requests):
// served by the print route and handed to chromium with page.setContent for the PDF, so the
// renderer needs no session and no network.

const range = (from: string, to: string, locale: Locale) => `${formatDate(from, locale, "long")} – ${formatDate(to, locale, "long")}`;

function shortMonth(month: string, locale: Locale): string {
  return dateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

function cover(r: QbrReport, t: QbrMessages, locale: Locale, today: string): Html {
  return html`<div class="cover">
    <div class="msp">${r.mspName}</div>
    <div>
      <div class="kind">${t.title}</div>
      <h1>${r.client.name}</h1>
      <div class="period">${range(r.period.from, r.period.to, locale)}</div>
      <div class="muted">${t.comparedWith(range(r.previousPeriod.from, r.previousPeriod.to, locale))}</div>
    </div>
    <dl>
      <dt>${t.preparedFor}</dt><dd>${r.client.name}</dd>
      <dt>${t.preparedBy}</dt><dd>${r.mspName}</dd>
      <dt>${t.period}</dt><dd>${formatDate(r.period.from, locale)} – ${formatDate(r.period.to, locale)}</dd>
      <dt>${t.preparedOn}</dt><dd>${formatDate(today, locale, "long")}</dd>
    </dl>
  </div>`;
}

function figure(label: string, values: Comparison<string>, t: QbrMessages): Html {
  return html`<div class="figure"><div class="label">${label}</div><div class="value">${values.current}</div><div class="before">${t.previous}: ${values.previous}</div></div>`;
}

function keyFigures(r: QbrReport, t: QbrMessages, locale: Locale): Html {
  const map = <T,>(c: Comparison<T>, f: (v: T) => string): Comparison<string> => ({ current: f(c.current), previous: f(c.previous) });
  return html`<div class="figures">
    ${figure(t.managedDevices, map(r.managedDevices, (v) => formatNumber(v, locale)), t)}
    ${figure(t.tickets, map(r.tickets, (v) => formatNumber(v, locale)), t)}
    ${figure(t.billedHours, map(r.billedHours, (v) => formatHours(v, locale)), t)}
    ${figure(t.mrr, map(r.mrr, (v) => formatMoney(v, r.currency, locale)), t)}
    ${figure(t.csat, map(r.csat, (v) => formatNumber(v, locale, { digits: 2 })), t)}
  </div>`;
}

function performanceTable(r: QbrReport, t: QbrMessages, locale: Locale): Html {
  const rows = new Map(r.performance.map((row) => [row.measure, row]));
  const percent = (v: number | null) => (v === null ? t.noData : formatPercent(v, locale, { digits: 1 }));
  return html`<table>
    <thead><tr><th>${t.measure}</th><th class="num">${t.current}</th><th class="num">${t.previous}</th><th class="num">${t.change}</th></tr></thead>
    <tbody>
    ${PERFORMANCE_GROUPS.map(([group, measures]) => [
      html`<tr class="group"><th colspan="4">${t.groups[group]}</th></tr>`,
      measures.map((measure) => {
        const row = rows.get(measure) ?? { measure, current: null, previous: null };
        const dir = direction(row);
        const delta = change(row);
        return html`<tr><th>${t.measures[measure]}</th><td class="num">${percent(row.current)}</td><td class="num">${percent(row.previous)}</td>
          <td class="num ${dir ?? ""}">${dir ? `${DIRECTION_ARROW[dir]} ${formatDelta(delta, locale, { kind: "points", digits: 1 })}` : "—"}</td></tr>`;
      }),
    ])}
    </tbody>
  </table>`;
}

function activity(r: QbrReport, t: QbrMessages, locale: Locale): Html {
  const sum = (f: (m: QbrReport["months"][number]) => number) => r.months.reduce((n, m) => n + f(m), 0);
  return html`<div class="charts">
      <div><h3>${t.tickets}</h3>${barChartSvg(t.tickets, r.months.map((m) => ({ label: shortMonth(m.month, locale), value: m.tickets, text: formatNumber(m.tickets, locale) })), "#2563eb")}</div>
      <div><h3>${t.billable}</h3>${barChartSvg(t.billable, r.months.map((m) => ({ label: shortMonth(m.month, locale), value: m.billableHours, text: formatNumber(m.billableHours, locale, { digits: 1 }) })), "#059669")}</div>
    </div>
    <table>
      <thead><tr><th>${t.month}</th><th class="num">${t.tickets}</th><th class="num">${t.billable}</th><th class="num">${t.nonBillable}</th></tr></thead>
      <tbody>
        ${r.months.map((m) => html`<tr><th>${formatMonth(`${m.month}-01`, locale)}</th><td class="num">${formatNumber(m.tickets, locale)}</td>
          <td class="num">${formatHours(m.billableHours, locale)}</td><td class="num">${formatHours(m.nonBillableHours, locale)}</td></tr>`)}
        <tr><th><strong>${t.total}</strong></th><td class="num"><strong>${formatNumber(sum((m) => m.tickets), locale)}</strong></td>
          <td class="num"><strong>${formatHours(sum((m) => m.billableHours), locale)}</strong></td><td class="num"><strong>${formatHours(sum((m) => m.nonBillableHours), locale)}</strong></td></tr>
      </tbody>
    </table>`;
}

function contracts(r: QbrReport, t: QbrMessages, locale: Locale): Html {
  if (r.contracts.length === 0) return html`<p class="muted">${t.contractsNone}</p>`;
  const c = t.contractCols;
  return html`<table>
    <thead><tr><th>${c.service}</th><th>${c.tier}</th><th class="num">${c.units}</th><th class="num">${c.monthlyValue}</th><th>${c.start}</th><th>${c.end}</th><th>${c.status}</th></tr></thead>
    <tbody>${r.contracts.map((k) => html`<tr><th>${k.service}</th><td>${k.tier ?? "—"}</td><td class="num">${formatNumber(k.units, locale)}</td>
      <td class="num">${formatMoney(k.monthlyValue, r.currency, locale)}</td><td>${formatDate(k.startDate, locale)}</td><td>${formatDate(k.endDate, locale)}</td><td>${t.status[k.status]}</td></tr>`)}</tbody>
  </table>`;
}

function services(r: QbrReport, t: QbrMessages): Html {
  return html`<h3>${t.services}</h3>
    ${r.services.length === 0 ? html`<p class="muted">${t.servicesNone}</p>` : html`<ul class="pills">${r.services.map((s) => html`<li>${s}</li>`)}</ul>`}
    <h3>${t.suggestions}</h3>
    <p class="muted">${t.suggestionsHint}</p>
    ${r.suggestions.length === 0
      ? html`<p>${t.suggestionsNone}</p>`
      : html`<table><tbody>${r.suggestions.map((s) => html`<tr><th>${s.service}</th><td class="num muted">${t.clientsWith(s.clients)}</td></tr>`)}</tbody></table>`}`;
}

const SHARED_HEAD = html`<meta name="robots" content="noindex, nofollow"><link rel="icon" href="data:,">`;

/**
 * The whole printable document. `today` is the date printed on the cover (the org's local date);
 * `shared`: served by a share link to visitors without an account, so search engines are asked to
 * stay away, and the browser is given an empty icon instead of asking the app for /favicon.ico.
 */
export function qbrDocumentHtml(r: QbrReport, locale: Locale, today: string, options: { shared?: boolean } = {}): string {
  const t = qbrMessages(locale);
  const doc = html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8">${options.shared ? SHARED_HEAD : ""}<title>${t.title} — ${r.client.name} — ${r.period.from} – ${r.period.to}</title><style>${raw(DOCUMENT_CSS)}</style></head>
<body><main>
  ${cover(r, t, locale, today)}
  <section class="summary"><h2>${t.summary}</h2><ul>${qbrSummary(r, locale).map((s) => html`<li>${s}</li>`)}</ul></section>
  <section><h2>${t.notes}</h2>${r.notes.trim() === "" ? html`<p class="muted">${t.notesNone}</p>` : html`<div class="notes">${r.notes}</div>`}</section>
  <section><h2>${t.keyFigures}</h2>${keyFigures(r, t, locale)}</section>
  <section><h2>${t.performance}</h2><p class="muted">${t.performanceHint}</p>${performanceTable(r, t, locale)}</section>
  <section><h2>${t.activity}</h2>${activity(r, t, locale)}</section>
  <section><h2>${t.contracts}</h2>${contracts(r, t, locale)}</section>
  <section>${services(r, t)}</section>
</main></body>
</html>`;
  return doc.text;
}

/** chromium's footer on every page: who, for whom, which period, and "Page n of m". */
export function qbrFooterTemplate(r: QbrReport, locale: Locale): string {
  const t = qbrMessages(locale);
  return html`<div style="width:100%;font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;color:#475569;padding:0 16mm;display:flex;justify-content:space-between;">
    <span>${r.mspName} · ${t.title} · ${r.client.name} · ${formatDate(r.period.from, locale)} – ${formatDate(r.period.to, locale)}</span>
    <span>${t.page} <span class="pageNumber"></span> ${t.of} <span class="totalPages"></span></span>
  </div>`.text;
}
