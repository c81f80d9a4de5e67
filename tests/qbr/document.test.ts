import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { qbrCsv } from "@/lib/qbr/csv";
import { qbrDocumentHtml, qbrFooterTemplate } from "@/lib/qbr/document";
import { qbrFileStem } from "@/lib/qbr/file-name";
import { sampleReport } from "./fixture";

describe("printable QBR document", () => {
  it("has a cover with the MSP, client and period, every section, and escapes what users typed", () => {
    const doc = qbrDocumentHtml(sampleReport(), "en", "2026-04-02");
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain('<div class="msp">Kontor IT</div>');
    expect(doc).toContain("<h1>Nordlicht Logistik GmbH</h1>");
    expect(doc).toContain("January 1, 2026 – March 31, 2026");
    for (const heading of ["Summary", "Key figures", "Service performance", "Tickets and hours per month", "Contracts", "Account manager&#39;s notes"]) {
      expect(doc).toContain(`<h2>${heading}</h2>`);
    }
    for (const group of ["Device and infrastructure management", "Security monitoring", "Availability", "Service"]) expect(doc).toContain(group);
    expect(doc).toContain("▲ +24.0\u00a0pp"); // patching 72 % → 96 %
    expect(doc).toContain("▼ -5.0\u00a0pp"); // warranty
    // CSAT with two decimals, as the client page and the overview show it.
    expect(doc).toContain('<div class="label">Satisfaction (CSAT, 1–5)</div><div class="value">4.60</div><div class="before">Previous: 4.20</div>');
    expect(doc).toContain("&lt;b&gt;Budget&lt;/b&gt;");
    expect(doc).not.toContain("<b>Budget</b>");
    expect(doc).not.toMatch(/<script|<link|<img| src=| href=/); // self-contained: nothing to load
    expect(qbrDocumentHtml(sampleReport(), "de", "2026-04-02")).toContain("Überwachung Sicherheit");
  });

  it("the footer names the client and period and carries chromium's page number fields", () => {
    const footer = qbrFooterTemplate(sampleReport(), "de");
    expect(footer).toContain("Nordlicht Logistik GmbH");
    expect(footer).toContain("01.01.2026 – 31.03.2026");
    expect(footer).toContain('Seite <span class="pageNumber"></span> von <span class="totalPages"></span>');
  });

  it("file names are plain ASCII", () => {
    expect(qbrFileStem("Müller & Söhne GmbH", { from: "2026-01-01", to: "2026-03-31" })).toBe("qbr-muller-sohne-gmbh-2026-01-01-2026-03-31");
    expect(qbrFileStem("Straße ***", { from: "2026-01-01", to: "2026-03-31" })).toBe("qbr-strasse-2026-01-01-2026-03-31");
  });
});

describe("QBR CSV", () => {
  it("lists every table's lines with raw numbers, and neutralises formulas", () => {
    const csv = qbrCsv(sampleReport(), "en");
    expect(csv.startsWith("\uFEFFTable,Item,Current,Previous,Direction\r\n")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toContainEqual(["Service performance: Security monitoring", "Patching", "0.96", "0.72", "up"]);
    expect(rows).toContainEqual(["Service performance: Security monitoring", "Backup", "0.9", "", ""]);
    expect(rows).toContainEqual(["Key figures", "Monthly recurring revenue", "2450.5", "2300", ""]);
    expect(rows).toContainEqual(["Tickets and hours per month", "2026-02 Tickets", "10", "", ""]);
    expect(rows).toContainEqual(["Contracts", "Managed Workplace", "2000.50", "", "Active 2024-01-01–"]);
    expect(rows).toContainEqual(["Suggestions", "'=HYPERLINK(\"http://x\")", "3", "", ""]);
    expect(rows.filter((r) => r[0]?.startsWith("Service performance"))).toHaveLength(7);
  });
});
