import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { tokenize } from "@/lib/imports/csv/tokenizer";

// The explanation view as browser tests read it: its formula line, its records' CSV (read with the
// app's own tokenizer), and a card's link opened with the keyboard.

export const SERVER = { timeout: 15_000 };

/** A figure as shown ("€1,234.50", "96.6 %") as a plain number. */
export const number = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

/** The records table's CSV (the Export link), as one object per row keyed by the header. */
export async function exportRows(page: Page): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const [header, ...rows] = tokenize(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), ",").rows;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

export const sum = (rows: Record<string, string>[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);

/** The formula as the page shows it, its terms (raw) and its result (shares as fractions). */
export async function formula(page: Page): Promise<{ text: string; terms: number[]; result: number }> {
  const line = page.locator("[data-formula]");
  await line.waitFor(SERVER);
  return {
    text: await line.innerText(),
    terms: JSON.parse((await line.getAttribute("data-terms")) ?? "[]") as number[],
    result: Number(await line.getAttribute("data-result")),
  };
}

/** Opens a card's explanation with the keyboard, as its link says. */
export async function openFrom(page: Page, card: Locator): Promise<void> {
  await card.locator("[data-explain]").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/explain\//, SERVER);
}
