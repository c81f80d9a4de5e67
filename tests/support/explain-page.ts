import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";

// Reading the explanation view (/explain/…) in browser tests: its formula, its records' CSV, and
// opening it from a card.

export const SERVER = { timeout: 15_000 };
export const number = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

/** A CSV's records as fields (RFC 4180 quoting), BOM dropped. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ",") endField();
    else if (c === "\r" && body[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += c;
  }
  return records;
}

/** The records table's CSV (the Export link), as one object per row keyed by the header. */
export async function exportRows(page: Page): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const [header, ...rows] = parseCsv(readFileSync(await download.path(), "utf8"));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

export const sum = (rows: Record<string, string>[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);

/** The formula's numbers: its terms (raw) and the result as the page shows it. */
export async function formula(page: Page): Promise<{ text: string; terms: number[] }> {
  const line = page.locator("[data-formula]");
  await line.waitFor(SERVER);
  return { text: await line.innerText(), terms: JSON.parse((await line.getAttribute("data-terms")) ?? "[]") as number[] };
}

/** Opens a card's explanation with the keyboard, as its link says. */
export async function openFrom(page: Page, card: Locator): Promise<void> {
  await card.locator("[data-explain]").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/explain\//, SERVER);
}

