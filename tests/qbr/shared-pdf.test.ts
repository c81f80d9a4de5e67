import { afterAll, expect, it } from "vitest";
import { renderPdf } from "@/server/qbr/pdf";
import { processSingletons } from "@/server/process-singletons";

// One-off PDFs (the PDF route, client reports) share the process's browser: the second document
// skips chromium's start, and a browser that died is replaced, not kept failing.

const doc = { html: "<!doctype html><p>Quarterly review</p>", footer: "<span></span>" };
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

afterAll(async () => {
  const shared = processSingletons.pdfRenderer;
  processSingletons.pdfRenderer = undefined;
  clearTimeout(shared?.idle);
  await (await shared?.renderer)?.close();
});

it("prints one-off PDFs on one browser, and starts a new one after it died", async () => {
  expect(isPdf(await renderPdf(doc))).toBe(true);
  const shared = processSingletons.pdfRenderer;
  expect(shared).toBeDefined();
  const [a, b] = await Promise.all([renderPdf(doc), renderPdf(doc)]);
  expect(isPdf(a) && isPdf(b)).toBe(true);
  expect(processSingletons.pdfRenderer).toBe(shared);

  await (await shared!.renderer).close(); // chromium is gone, as after a crash
  await expect(renderPdf(doc)).rejects.toThrow();
  expect(processSingletons.pdfRenderer).toBeUndefined();
  expect(isPdf(await renderPdf(doc))).toBe(true);
  expect(processSingletons.pdfRenderer).not.toBe(shared);
}, 60_000);
