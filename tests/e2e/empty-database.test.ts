import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { openDatabase } from "@/db/client";
import { screenshot } from "../support/browser";
import { copyMigratedPglite } from "../support/db";
import { test, useOwnServer } from "../support/e2e";

describe("dashboards with nothing imported", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-empty-"));

  // Own server: one client and nothing else, so npm start skips the demo data and every page is empty.
  beforeAll(async () => {
    copyMigratedPglite(path.join(dir, "pglite"));
    const db = await openDatabase({ kind: "pglite", dataDir: path.join(dir, "pglite") });
    await db.query("insert into clients (org_id, name, source) select id, 'Lonely Client', 'test' from orgs where slug = 'default'");
    await db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  useOwnServer({ demoData: false, env: { PGLITE_DIR: path.join(dir, "pglite") } });

  test("tells what to import first, with a link to the imports", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/services`);
    await page.getByRole("heading", { level: 2, name: "No contracts yet" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to imports" }).getAttribute("href")).toBe("/imports");
    await screenshot(page, "services-empty");
    await page.goto(`${app.url}/technicians`);
    await page.getByRole("heading", { level: 2, name: "No technicians yet" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to imports" }).getAttribute("href")).toBe("/imports");
    await screenshot(page, "technicians-empty");
    // The client has no figures: "no data" dashes, never 0 % or NaN.
    await page.goto(`${app.url}/clients`);
    const row = page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).not.toMatch(/NaN|0\.0\s%/);
    expect(await page.getByRole("note").innerText()).toContain("No contracts imported yet");
    await screenshot(page, "clients-one-empty");
    expect(errors).toEqual([]);
  });
});
