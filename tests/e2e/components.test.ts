import { readFileSync } from "node:fs";
import path from "node:path";
import autoprefixer from "autoprefixer";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import postcss from "postcss";
import tailwindcss from "tailwindcss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import tailwindConfig from "@/tailwind.config";
import { launchBrowser, newPage, screenshot, type TestPage } from "../support/browser";

// Our client components (DataTable, KpiCard, ProgressBar) driven in chromium without a Next
// route: the harness is bundled with esbuild, styled with the app's Tailwind config, and served
// from a fake origin so blob downloads behave as on the real site.

const ROOT = path.resolve(import.meta.dirname, "../..");
const HARNESS = path.join(import.meta.dirname, "fixtures/components-harness.tsx");
const ORIGIN = "http://harness.test";

async function bundle(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [HARNESS],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    jsx: "automatic",
    minify: true,
    // next/link (in KpiCard) reads process.env beyond NODE_ENV.
    define: { "process.env": JSON.stringify({ NODE_ENV: "production" }) },
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "error", // "use client" directives are dropped with a warning when bundled
  });
  const js = result.outputFiles[0]?.text ?? "";
  const config = { ...tailwindConfig, content: [...(tailwindConfig.content as string[]), HARNESS].map((g) => path.resolve(ROOT, g)) };
  const css = await postcss([tailwindcss(config), autoprefixer]).process(readFileSync(path.join(ROOT, "app/globals.css"), "utf8"), {
    from: undefined,
  });
  return { js, css: css.css };
}

describe("client components in chromium", () => {
  let browser: Browser;
  let assets: { js: string; css: string };

  beforeAll(async () => {
    [assets, browser] = await Promise.all([bundle(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(lang: "en" | "de" = "en"): Promise<TestPage> {
    const test = await newPage(browser, { acceptDownloads: true });
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>harness</title><style>${assets.css}</style></head><body><div id="root"></div><script src="/harness.js"></script></body></html>`;
    await test.page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === "/harness.js") return route.fulfill({ body: assets.js, contentType: "text/javascript" });
      if (url.pathname === "/") return route.fulfill({ body: html, contentType: "text/html" });
      return route.fulfill({ status: 404, body: "" });
    });
    await test.page.goto(`${ORIGIN}/`);
    await table(test.page).waitFor();
    return test;
  }

  // Everything of the main table (the empty one below has the same controls).
  const ui = (page: Page) => page.getByRole("region", { name: "Client table" });
  const table = (page: Page) => ui(page).getByRole("table", { name: "Clients", exact: true });
  const columnTexts = (page: Page, index: number) =>
    table(page).locator(`tbody tr td:nth-child(${index})`).allInnerTexts();
  const headers = (page: Page) => table(page).locator("thead th").allInnerTexts();
  const range = (page: Page) => ui(page).getByText(/\d+–\d+ of \d+/).innerText();

  it("renders KPI cards, the progress bar and the first page sorted by name", async () => {
    const { page, context, errors } = await open();
    const cards = page.locator(".tremor-Card-root");
    expect(await cards.count()).toBe(3);
    expect(await cards.nth(0).innerText()).toContain("€142.50");
    expect(await cards.nth(0).innerText()).toContain("+8.8\u00a0%");
    expect(await cards.nth(0).innerText()).toContain("Previous: €131.00");
    expect(await cards.nth(2).innerText()).toContain("No previous period");

    const bar = page.getByRole("progressbar", { name: "Utilisation" });
    expect(await bar.getAttribute("aria-valuenow")).toBe("81");
    expect(await bar.getAttribute("aria-valuetext")).toBe("81.3\u00a0%");

    expect(await headers(page)).toEqual(["Client", "Tier", "MRR", "Margin", "Tickets"]);
    expect(await table(page).locator("thead th").first().getAttribute("aria-sort")).toBe("ascending");
    expect(await range(page)).toBe("1–10 of 30");
    const names = await columnTexts(page, 1);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('=HYPERLINK("http://evil.example","click")');
    expect(names[1]).toBe("Acme 2"); // row 1 became "Müller GmbH, Köln"
    // Numbers are right-aligned and locale-formatted by the column's cell renderer.
    const mrrCell = table(page).locator("tbody tr").nth(1).locator("td").nth(2);
    expect(await mrrCell.evaluate((td) => getComputedStyle(td).textAlign)).toBe("right");

    expect(await page.getByText("No clients imported yet.").isVisible()).toBe(true);
    await screenshot(page, "components-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sorts by clicking or by keyboard, with missing values last either way", async () => {
    const { page, context, errors } = await open();
    const mrr = table(page).getByRole("button", { name: "MRR" });
    await mrr.click();
    const th = table(page).locator("thead th").nth(2);
    expect(await th.getAttribute("aria-sort")).toBe("ascending");
    expect((await columnTexts(page, 3))[0]).toBe("€1,000.00");

    await ui(page).getByRole("combobox", { name: "Rows per page" }).selectOption("50");
    expect((await columnTexts(page, 3)).at(-1)).toBe("—");

    await mrr.focus();
    await page.keyboard.press("Enter");
    expect(await th.getAttribute("aria-sort")).toBe("descending");
    const desc = await columnTexts(page, 3);
    expect(desc[0]).toBe("€8,250.00");
    expect(desc.at(-1)).toBe("—");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("searches all columns, filters per column and paginates", async () => {
    const { page, context, errors } = await open();
    await ui(page).getByRole("searchbox", { name: "Search" }).fill("müller");
    expect(await columnTexts(page, 1)).toEqual(["Müller GmbH, Köln"]);
    await ui(page).getByRole("searchbox", { name: "Search" }).fill("zzz");
    expect(await table(page).locator("tbody").innerText()).toContain("No rows match the search or filters.");
    await ui(page).getByRole("searchbox", { name: "Search" }).fill("");

    await ui(page).getByRole("combobox", { name: "Filter Tier" }).selectOption("Gold");
    expect(await range(page)).toBe("1–10 of 10");
    expect(new Set(await columnTexts(page, 2))).toEqual(new Set(["Gold"]));
    await ui(page).getByRole("combobox", { name: "Filter Tier" }).selectOption("");
    await ui(page).getByRole("searchbox", { name: "Filter Client" }).fill("ACME");
    expect(await columnTexts(page, 1)).toEqual(["Acme 2", "Acme 3"]);
    await ui(page).getByRole("searchbox", { name: "Filter Client" }).fill("");

    await ui(page).getByRole("button", { name: "Next page" }).click();
    expect(await range(page)).toBe("11–20 of 30");
    expect(await ui(page).getByText("Page 2 of 3").count()).toBe(1);
    await ui(page).getByRole("button", { name: "Previous page" }).click();
    expect(await range(page)).toBe("1–10 of 30");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hides and shows columns from the Columns menu", async () => {
    const { page, context, errors } = await open();
    const menu = ui(page).locator("details").first();
    await menu.locator("summary").click();
    await ui(page).getByRole("checkbox", { name: "Tickets" }).uncheck();
    await ui(page).getByRole("checkbox", { name: "ID" }).check();
    expect(await headers(page)).toEqual(["Client", "Tier", "MRR", "Margin", "ID"]);
    // The name column opted out of hiding.
    expect(await ui(page).getByRole("checkbox", { name: "Client" }).count()).toBe(0);
    await page.keyboard.press("Escape");
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("exports the filtered, sorted rows of every page (visible columns) as safe CSV", async () => {
    const { page, context, errors } = await open();
    await ui(page).getByRole("combobox", { name: "Filter Tier" }).selectOption("Silver");
    await table(page).getByRole("button", { name: "Margin" }).click(); // ascending
    await ui(page).getByRole("combobox", { name: "Rows per page" }).selectOption("10");
    const [download] = await Promise.all([page.waitForEvent("download"), ui(page).getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("clients.csv");
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("Client,Tier,MRR,Margin,Tickets");
    expect(lines.at(-1)).toBe(""); // every record ends in CRLF
    const records = lines.slice(1, -1);
    expect(records).toHaveLength(10); // all Silver rows, not only the visible page
    // Silver = rows 2, 5, 8, … (index 1 mod 3): row 2 is the formula, escaped and quoted.
    expect(records).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",Silver,1250,0.15000000000000002,7`);
    const margins = records.map((r) => Number(r.split(",").at(-2)));
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("formats German cells and labels", async () => {
    const { page, context, errors } = await open("de");
    expect(await headers(page)).toEqual(["Client", "Tier", "MRR", "Margin", "Tickets"]);
    expect(await ui(page).getByText(/1–10 von 30/).count()).toBe(1);
    expect((await columnTexts(page, 3))[0]).toBe("1.250,00\u00a0€");
    expect(await ui(page).getByRole("button", { name: "CSV exportieren" }).first().isVisible()).toBe(true);
    await screenshot(page, "components-de");
    expect(errors).toEqual([]);
    await context.close();
  });
});
