import { describe, expect, it } from "vitest";
import { digestHeadlines } from "@/lib/digest/headlines";
import { renderDigest, type DigestContent } from "@/lib/digest/render";
import { computeKpiReport, type KpiReport } from "@/lib/kpi/reference";
import { reportForRole } from "@/lib/kpi/served-report";
import { dataset, settings } from "../kpi/factories";

// The digest's wording and colours from a hand-set report: which change is good, what a viewer
// sees, and that names from imported data cannot break out of the HTML.

const WEEK = { from: "2026-03-02", to: "2026-03-08" };
const empty = computeKpiReport(dataset({}), WEEK, settings());

function report(): KpiReport {
  const r = structuredClone(empty);
  r.revenue.mrr = 10_500;
  r.previous.revenue.mrr = 10_000;
  r.revenue.churned_mrr = 300;
  r.previous.revenue.churned_mrr = 0;
  r.tickets.tickets_created = 40;
  r.previous.tickets.tickets_created = 20;
  r.technicians.team_utilization = 0.8;
  r.previous.technicians.team_utilization = 0.95;
  r.tickets.by_client = { "<b>Acme & Co</b>": { tickets_created: 9, billed_hours: 0 } };
  r.previous.tickets.by_client = { "<b>Acme & Co</b>": { tickets_created: 3, billed_hours: 0 } };
  return r;
}

const ctx = { locale: "en" as const, currency: "EUR", workloadLower: 0.5, workloadUpper: 0.9 };

describe("digest headline figures", () => {
  it("colour a change as the dashboard does: up good for MRR, down good for churn, ticket volume neither, utilization good towards the band", () => {
    const byId = Object.fromEntries(digestHeadlines(report(), ctx).map((h) => [h.id, h]));
    expect(byId.mrr).toMatchObject({ value: "€10,500.00", previous: "€10,000.00", change: "+5.0\u00a0%", good: true });
    expect(byId.churnedMrr).toMatchObject({ change: "+€300.00", good: false });
    expect(byId.ticketsCreated).toMatchObject({ change: "+100.0\u00a0%", good: null });
    expect(byId.teamUtilization).toMatchObject({ value: "80.0\u00a0%", change: "-15.0\u00a0pp", good: true });
    expect(byId.slaMet).toMatchObject({ value: "—", change: null, good: null });
  });

  it("leave out gross profit and margin for a viewer, whose report has no profitability section", () => {
    const owner = digestHeadlines(report(), ctx).map((h) => h.id);
    const viewer = digestHeadlines(reportForRole(report(), "viewer"), ctx).map((h) => h.id);
    expect(owner).toEqual(expect.arrayContaining(["grossProfit", "grossMargin"]));
    expect(viewer).not.toContain("grossProfit");
    expect(viewer).toHaveLength(owner.length - 2);
  });
});

describe("digest mail", () => {
  const content: DigestContent = {
    ...ctx,
    locale: "de",
    orgName: "Müller & Söhne IT",
    timeZone: "Europe/Berlin",
    week: "2026-W10",
    report: report(),
    clientSla: { current: {}, previous: {} },
    alerts: { opened: [], stillOpen: [{ rule: "SLA <90 %", subject: "", severity: "critical", firedAt: new Date("2026-03-05T08:00:00Z") }] },
    appUrl: "https://kpi.example.com",
    unsubscribeUrl: "https://kpi.example.com/api/digest/unsubscribe?token=1.u.x",
    lateSince: null,
  };

  it("escapes names from the data in the HTML and keeps them as they are in the text", () => {
    const mail = renderDigest(content);
    expect(mail.html).toContain("&lt;b&gt;Acme &amp; Co&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Acme");
    expect(mail.html).toContain("SLA &lt;90 %");
    expect(mail.text).toContain("- <b>Acme & Co</b>: Mehr Tickets: 3 → 9");
    expect(mail.subject).toBe("Müller & Söhne IT: Ihre Kennzahlen für KW 10");
  });

  it("says 'ticket' for a spike to one ticket and 'tickets' for more", () => {
    const spikeTo = (after: number) => {
      const r = report();
      r.tickets.by_client = { Solo: { tickets_created: after, billed_hours: 0 } };
      r.previous.tickets.by_client = { Solo: { tickets_created: 0, billed_hours: 0 } };
      return renderDigest({ ...content, locale: "en", report: r }).text;
    };
    expect(spikeTo(1)).toContain("- Solo: Ticket spike: 0 → 1 ticket\n");
    expect(spikeTo(4)).toContain("- Solo: Ticket spike: 0 → 4 tickets\n");
  });

  it("words the week, the alerts and the links in the member's language", () => {
    const { text } = renderDigest(content);
    expect(text).toContain("KW 10 (02.03.2026 – 08.03.2026), verglichen mit der Vorwoche.");
    expect(text).toContain("0 Warnungen diese Woche ausgelöst\n1 Warnung noch offen\n- SLA <90 % (critical, 05.03.2026, 09:00)");
    expect(text).toContain("Zur Übersicht: https://kpi.example.com/?from=2026-03-02&to=2026-03-08");
    expect(text).toContain("Abbestellen: https://kpi.example.com/api/digest/unsubscribe?token=1.u.x");
    expect(text).toContain("Diese Woche hat sich wenig bewegt."); // no technician changed band
  });
});
