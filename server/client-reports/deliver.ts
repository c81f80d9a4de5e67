import "server-only";
import type { Database } from "@/db/client";
import { claimDueClientReports, markClientReportDelivered, markClientReportFailed } from "@/db/client-reports/outbox";
import { clientReportMail } from "@/lib/client-reports/mail";
import { buildQbrPdf } from "../qbr/export";
import { deliveryErrorText, sendMailWithin, smtpUrlOrThrow } from "../mail/send-mail";

// Sends due client reports: the client's QBR PDF of the period, attached to a letter written from
// its summary. Each report on its own: a failure is recorded on its row and retried with back-off.

export interface ClientReportDeliveryOptions {
  now?: Date;
  /** SMTP server (tests pass their own); default SMTP_URL. */
  smtpUrl?: string;
  timeoutMs?: number;
  /** Only this report (just approved or retried), not every due one. */
  only?: { orgId: number; id: number };
}

export interface ClientReportDeliveryResult {
  delivered: number;
  retrying: number;
  failed: number;
}

export async function deliverDueClientReports(db: Database, options: ClientReportDeliveryOptions = {}): Promise<ClientReportDeliveryResult> {
  const now = options.now ?? new Date();
  const result: ClientReportDeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  // One after another: each renders its PDF in chromium.
  for (const report of await claimDueClientReports(db, now, options.only)) {
    try {
      // Checked first: without SMTP there is no point rendering the PDF.
      const smtpUrl = smtpUrlOrThrow(options.smtpUrl);
      const pdf = await buildQbrPdf(db, report.orgId, report.clientId, report.period, report.locale);
      if (!pdf) throw new Error("the client no longer exists");
      const mail = clientReportMail(pdf.report, report.locale);
      const attachments = [{ filename: pdf.fileName, content: pdf.pdf, contentType: "application/pdf" }];
      await sendMailWithin({ to: report.recipients, ...mail, attachments }, smtpUrl, options.timeoutMs ?? 30_000);
      await markClientReportDelivered(db, report, now);
      result.delivered++;
    } catch (error) {
      const status = await markClientReportFailed(db, report, deliveryErrorText(error), now);
      result[status === "failed" ? "failed" : "retrying"]++;
    }
  }
  return result;
}
