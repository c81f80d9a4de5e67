// npm run bench:browser — what chromium spends on a page load of the browser tests, on the
// production build with the demo data (PGlite): the four dashboard pages loaded in a page kept from
// earlier loads and reset as the test harness resets it between tests (tests/support/page-pool.ts:
// cookies cleared, the session cookie set again, parked on /api/health), against the same loads in
// a fresh browser context each, as every test had before. CPU from /proc/stat (Linux), less the
// server's and this process's own, so it counts chromium's short-lived renderers too.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { Browser } from "playwright-core";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { launchBrowser, openContextPage, preparePage } from "@/tests/support/browser";
import { checkoutPage, releasePage } from "@/tests/support/page-pool";
import { bench, processCpuSeconds } from "./lib/report";

const PAGES = ["/", "/clients", "/technicians", "/services"];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const TICKS_PER_SECOND = 100;

const log = (message: string) => console.error(message);

/** CPU-seconds the whole machine has spent (every process, kernel included). */
function machineCpu(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / TICKS_PER_SECOND;
}

/** CPU-seconds of the live processes in the server's process group (tsx, node, next-server). */
function groupCpu(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === pgid) total += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

/** Chromium's CPU-seconds per page load over ROUNDS rounds of PAGES, each load by `load`. */
async function chromiumPerLoad(app: AppServer, load: (url: string) => Promise<void>): Promise<number> {
  const machine = machineCpu();
  const server = groupCpu(app.pid);
  const own = processCpuSeconds();
  for (let round = 0; round < ROUNDS; round++) for (const page of PAGES) await load(`${app.url}${page}`);
  const chromium = machineCpu() - machine - (groupCpu(app.pid) - server) - (processCpuSeconds() - own);
  return chromium / (ROUNDS * PAGES.length);
}

async function freshContextLoad(browser: Browser, app: AppServer, url: string): Promise<void> {
  const { context, page } = await openContextPage(browser, {});
  await preparePage(context, page, app);
  await page.goto(url);
  await context.close();
}

async function keptPageLoad(browser: Browser, app: AppServer, url: string): Promise<void> {
  const checkedOut = await checkoutPage(browser, {});
  await preparePage(checkedOut.context, checkedOut.page, app);
  await checkedOut.page.goto(url);
  await releasePage(checkedOut, `${app.url}/api/health`);
}

log("starting the demo server (a build first if the sources changed)…");
const app = await startAppServer({ timeoutMs: 900_000 });
const browser = await launchBrowser();
try {
  // One round of each first: the server's first renders and chromium's start are not what is measured.
  await chromiumPerLoad(app, (url) => freshContextLoad(browser, app, url));
  await chromiumPerLoad(app, (url) => keptPageLoad(browser, app, url));
  // Twice each, alternating, so a machine that speeds up or slows down favours neither; the lower counts.
  const fresh: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < 2; i++) {
    fresh.push(await chromiumPerLoad(app, (url) => freshContextLoad(browser, app, url)));
    kept.push(await chromiumPerLoad(app, (url) => keptPageLoad(browser, app, url)));
  }
  bench("browser.page_load.kept_page", Math.min(...kept) * 1000, "ms", Math.min(...fresh) * 1000, {
    note: "chromium CPU per dashboard page load in a page kept between tests (tests/support/page-pool.ts); baseline: the same loads in a fresh context each",
    pages: PAGES,
    rounds: ROUNDS,
    samples: { kept: kept.map((s) => Math.round(s * 1000)), fresh: fresh.map((s) => Math.round(s * 1000)) },
    load_avg_1m: loadavg()[0],
  });
} finally {
  await browser.close();
  await app.stop();
}
