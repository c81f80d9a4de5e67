import "server-only";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "@/server/chromium";
import { env } from "@/lib/env";

// Turns the QBR's HTML into a PDF in headless chromium. The HTML is complete (inline CSS and SVG)
// and handed over with page.setContent, so chromium loads nothing and needs no session; the page
// numbers are chromium's own footer. One browser serves many documents (bulk export, CLI --all).

export interface PdfDocument {
  html: string;
  /** chromium footer template; may use <span class="pageNumber"> and <span class="totalPages">. */
  footer: string;
}

export interface PdfRenderer {
  render(doc: PdfDocument): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPdfRenderer(executablePath = env.CHROMIUM_PATH): Promise<PdfRenderer> {
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (e) {
    throw new Error(`Could not start chromium at ${executablePath} to render the PDF (apt-get install -y chromium): ${(e as Error).message}`);
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
