import "server-only";
import { zipSync } from "fflate";
import type { Locale } from "@/lib/format/locale";
import { localDate, type Period } from "@/lib/kpi/period";
import { qbrDocumentHtml, qbrFooterTemplate } from "@/lib/qbr/document";
import { qbrFileStem, uniqueQbrFileNames } from "@/lib/qbr/file-name";
import { openPdfRenderer, renderPdf, type PdfRenderer } from "@/server/qbr/pdf";
import type { QbrReport } from "@/lib/qbr/types";
import type { SqlRunner } from "@/db/client";
import { listQbrClients, loadQbrContext, loadQbrReport, type QbrContext } from "@/db/qbr/load-report";

// QBR PDFs: one client's, or every client's of a period as a zip. Shared by the API routes, the
// bulk export and the CLI so all of them produce the same document.

export interface QbrPdf {
  fileName: string;
  pdf: Uint8Array;
  report: QbrReport;
}

async function renderQbrPdf(renderer: Pick<PdfRenderer, "render">, report: QbrReport, locale: Locale, timeZone: string, fileName: string): Promise<QbrPdf> {
  const today = localDate(new Date(), timeZone);
  const pdf = await renderer.render({ html: qbrDocumentHtml(report, locale, today), footer: qbrFooterTemplate(report, locale) });
  return { fileName, pdf, report };
}

/** One client's PDF, or null when the org has no such client. */
export async function buildQbrPdf(db: SqlRunner, orgId: number, clientId: number, period: Period, locale: Locale): Promise<QbrPdf | null> {
  const context = await loadQbrContext(db, orgId, period);
  const report = await loadQbrReport(db, orgId, clientId, period, context);
  if (!report) return null;
  return renderQbrPdf({ render: renderPdf }, report, locale, context.settings.timeZone, `${qbrFileStem(report.client.name, period)}.pdf`);
}

export interface BulkProgress {
  done: number;
  total: number;
  client: string;
}

/**
 * Every client's PDF for P, one browser for all, the KPI report computed once. `onPdf` receives
 * each file as it is made (the CLI writes it, the zip collects it).
 */
export async function eachQbrPdf(
  db: SqlRunner,
  orgId: number,
  period: Period,
  locale: Locale,
  onPdf: (pdf: QbrPdf, progress: BulkProgress) => Promise<void> | void,
): Promise<number> {
  const clients = await listQbrClients(db, orgId);
  if (clients.length === 0) return 0;
  const context: QbrContext = await loadQbrContext(db, orgId, period);
  const fileNames = uniqueQbrFileNames(clients, period, "pdf");
  const renderer = await openPdfRenderer();
  try {
    let done = 0;
    for (const client of clients) {
      const report = await loadQbrReport(db, orgId, client.id, period, context);
      if (!report) continue; // removed meanwhile
      const pdf = await renderQbrPdf(renderer, report, locale, context.settings.timeZone, fileNames.get(client.id)!);
      done++;
      await onPdf(pdf, { done, total: clients.length, client: client.name });
    }
    return done;
  } finally {
    await renderer.close();
  }
}

/** A zip holding one PDF per client (stored, not deflated: PDFs are compressed already). */
export async function buildQbrZip(
  db: SqlRunner,
  orgId: number,
  period: Period,
  locale: Locale,
  onProgress: (progress: BulkProgress) => void = () => undefined,
): Promise<{ zip: Uint8Array; files: number }> {
  const files: Record<string, Uint8Array> = {};
  await eachQbrPdf(db, orgId, period, locale, (pdf, progress) => {
    files[pdf.fileName] = pdf.pdf;
    onProgress(progress);
  });
  // The count is what the zip holds, never what was meant to go in.
  return { zip: zipSync(files, { level: 0 }), files: Object.keys(files).length };
}
