import "server-only";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "@/server/chromium";
import { processSingletons } from "@/server/process-singletons";

// Turns the QBR's HTML into a PDF in headless chromium. The HTML is complete (inline CSS and SVG)
// and handed over with page.setContent, so chromium loads nothing and needs no session; the page
// numbers are chromium's own footer. One browser serves many documents (bulk export, CLI --all), and
// one-off documents share the process's browser (renderPdf).

export interface PdfDocument {
  html: string;
  /** chromium footer template; may use <span class="pageNumber"> and <span class="totalPages">. */
  footer: string;
}

export interface PdfRenderer {
  render(doc: PdfDocument): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPdfRenderer(executablePath = chromiumPath()): Promise<PdfRenderer> {
  // Loaded on the first PDF: playwright-core is ~0.25 CPU-s of every server and CLI start otherwise.
  const { chromium } = await import("playwright-core");
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (e) {
    throw new Error(`Could not start chromium at ${executablePath} to render the PDF (apt-get install -y chromium-headless-shell): ${(e as Error).message}`);
  }
  // One page for every document: opening a page costs about as much as printing one (~350 ms of
  // ~1 s per PDF). Documents are printed one at a time on it, in the order asked for.
  let page: Page | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const print = async (doc: PdfDocument): Promise<Uint8Array> => {
    if (!page) {
      page = await browser.newPage();
      // Block every request: the document is self-contained, and nothing it names should be fetched.
      await page.route("**/*", (route) => route.abort());
    }
    await page.setContent(doc.html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: doc.footer,
      margin: { top: "16mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
    return new Uint8Array(pdf);
  };
  return {
    render(doc) {
      const printed = queue.then(() => print(doc));
      queue = printed.catch(() => undefined);
      return printed;
    },
    close: () => browser.close(),
  };
}

/**
 * How long the process keeps its browser after the last one-off PDF. Starting chromium costs about
 * as much as printing a QBR, and one-off PDFs come in runs: a manager opening several clients' QBRs,
 * a pass of due client reports, a report retried.
 */
const SHARED_IDLE_MS = 60_000;

/** Prints one document on the process's shared browser, started on first use and closed when idle. */
export async function renderPdf(doc: PdfDocument): Promise<Uint8Array> {
  const shared = (processSingletons.pdfRenderer ??= { renderer: openPdfRenderer(), printing: 0 });
  const close = () => void shared.renderer.then((r) => r.close()).catch(() => undefined);
  clearTimeout(shared.idle);
  shared.printing++;
  try {
    return await (await shared.renderer).render(doc);
  } catch (error) {
    // A browser that failed (crashed, could not start) is not kept: the next document starts a new one.
    if (processSingletons.pdfRenderer === shared) processSingletons.pdfRenderer = undefined;
    throw error;
  } finally {
    shared.printing--;
    if (shared.printing === 0) {
      if (processSingletons.pdfRenderer !== shared) close();
      else shared.idle = setTimeout(() => {
        processSingletons.pdfRenderer = undefined;
        close();
      }, SHARED_IDLE_MS);
    }
  }
}
