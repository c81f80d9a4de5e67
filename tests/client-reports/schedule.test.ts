import { describe, expect, it } from "vitest";
import { clientReportMail } from "@/lib/client-reports/mail";
import { ClientReportScheduleForm } from "@/lib/client-reports/schedule-form";
import { nextReportDue, reportPeriod } from "@/lib/client-reports/schedule";
import { sampleReport } from "../qbr/fixture";

// When client reports are due, which period they cover, what the schedule form accepts, and the
// letter a report goes out in.

const BERLIN = "Europe/Berlin";

describe("client report schedule", () => {
  it("is due on day N after the month or quarter ends, 07:00 in the org's time zone, strictly after the given instant", () => {
    const quarterly = { cadence: "quarterly", daysAfter: 5 } as const;
    expect(nextReportDue(new Date("2026-08-15T12:00:00Z"), quarterly, BERLIN)).toEqual(new Date("2026-10-05T05:00:00Z"));
    expect(nextReportDue(new Date("2026-10-05T05:00:00Z"), quarterly, BERLIN)).toEqual(new Date("2027-01-05T06:00:00Z"));
    expect(nextReportDue(new Date("2026-10-02T00:00:00Z"), quarterly, BERLIN)).toEqual(new Date("2026-10-05T05:00:00Z"));
    const monthly = { cadence: "monthly", daysAfter: 1 } as const;
    expect(nextReportDue(new Date("2026-02-01T05:59:00Z"), monthly, BERLIN)).toEqual(new Date("2026-02-01T06:00:00Z"));
    expect(nextReportDue(new Date("2026-02-01T06:00:00Z"), monthly, BERLIN)).toEqual(new Date("2026-03-01T06:00:00Z"));
    expect(nextReportDue(new Date("2026-12-20T00:00:00Z"), { cadence: "monthly", daysAfter: 28 }, "UTC")).toEqual(new Date("2026-12-28T07:00:00Z"));
  });

  it("covers the last full month or quarter before the day it is made, in the org's time zone", () => {
    expect(reportPeriod(new Date("2026-10-05T05:00:00Z"), "quarterly", BERLIN)).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(reportPeriod(new Date("2026-01-31T23:30:00Z"), "monthly", BERLIN)).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(reportPeriod(new Date("2026-01-31T23:30:00Z"), "monthly", "UTC")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("form: recipients split on commas, spaces or semicolons; a schedule that is on needs one; day 1–28", () => {
    const form = { clientId: "7", enabled: "on", recipients: "a@client.example; b@client.example", cadence: "quarterly", daysAfter: "5", locale: "de" };
    expect(ClientReportScheduleForm.parse(form)).toEqual({
      clientId: 7, enabled: true, recipients: ["a@client.example", "b@client.example"], cadence: "quarterly", daysAfter: 5, holdForReview: false, locale: "de",
    });
    const problems = (values: Record<string, string | undefined>) => ClientReportScheduleForm.safeParse({ ...form, ...values }).error?.issues.map((i) => i.path[0]);
    expect(problems({ recipients: "" })).toEqual(["recipients"]);
    expect(problems({ recipients: "", enabled: undefined })).toBeUndefined();
    expect(problems({ recipients: "not-an-address" })).toEqual(["recipients"]);
    expect(problems({ daysAfter: "29" })).toEqual(["daysAfter"]);
    expect(problems({ cadence: "weekly" })).toEqual(["cadence"]);
  });
});

describe("client report mail", () => {
  it("names the MSP, the client and the period, and is written from the QBR summary and the notes, in English or German", () => {
    const en = clientReportMail(sampleReport(), "en");
    expect(en.subject).toBe("Kontor IT: quarterly report for Nordlicht Logistik GmbH, Jan 1, 2026 – Mar 31, 2026");
    expect(en.text).toContain("attached is the quarterly report of Kontor IT for Nordlicht Logistik GmbH, covering Jan 1, 2026 – Mar 31, 2026.");
    expect(en.text).toMatch(/Patched devices rose from 72\s%\sto 96\s%\./);
    expect(en.text).toContain("Notes from your account manager:\nRenewal in May.");
    expect(en.text).toMatch(/Kind regards\nKontor IT\n$/);
    const de = clientReportMail(sampleReport({ period: { from: "2026-03-01", to: "2026-03-31" }, notes: "" }), "de");
    expect(de.subject).toBe("Kontor IT: Monatsbericht für Nordlicht Logistik GmbH, 01.03.2026 – 31.03.2026");
    expect(de.text).toContain("Der Anteil gepatchter Geräte stieg");
    expect(de.text).not.toContain("Anmerkungen");
  });

  it("holds no cost or margin figure", () => {
    const text = clientReportMail(sampleReport(), "en").text;
    expect(text).not.toMatch(/cost|margin|€|EUR/i);
  });
});
