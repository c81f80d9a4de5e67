import { monthKey } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { qbrSummary } from "@/lib/qbr/summary";
import type { QbrReport } from "@/lib/qbr/types";

// The e-mail a client report goes out in: a short letter written from the QBR's summary (the same
// sentences that open the PDF), with the account manager's notes. Plain text: the PDF attached is
// the formatted report. Written in the language set for the client's recipients.

const en = {
  kind: (monthly: boolean): string => (monthly ? "monthly report" : "quarterly report"),
  subject: (msp: string, kind: string, client: string, range: string) => `${msp}: ${kind} for ${client}, ${range}`,
  greeting: "Hello,",
  intro: (kind: string, msp: string, client: string, range: string) => `attached is the ${kind} of ${msp} for ${client}, covering ${range}.`,
  notes: "Notes from your account manager:",
  closing: "Kind regards",
};

const de: typeof en = {
  kind: (monthly) => (monthly ? "Monatsbericht" : "Quartalsbericht"),
  subject: (msp, kind, client, range) => `${msp}: ${kind} für ${client}, ${range}`,
  greeting: "Guten Tag,",
  intro: (kind, msp, client, range) => `im Anhang finden Sie den ${kind} von ${msp} für ${client} über den Zeitraum ${range}.`,
  notes: "Anmerkungen Ihres Ansprechpartners:",
  closing: "Mit freundlichen Grüßen",
};

export interface ClientReportMail {
  subject: string;
  text: string;
}

export function clientReportMail(report: QbrReport, locale: Locale): ClientReportMail {
  const t = locale === "de" ? de : en;
  const range = `${formatDate(report.period.from, locale)} – ${formatDate(report.period.to, locale)}`;
  const kind = t.kind(monthKey(report.period.from) === monthKey(report.period.to));
  const notes = report.notes.trim();
  const paragraphs = [
    t.greeting,
    t.intro(kind, report.mspName, report.client.name, range),
    qbrSummary(report, locale).join(" "),
    ...(notes ? [`${t.notes}\n${notes}`] : []),
    `${t.closing}\n${report.mspName}`,
  ];
  return { subject: t.subject(report.mspName, kind, report.client.name, range), text: `${paragraphs.join("\n\n")}\n` };
}
