import { readFileSync, readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { chromiumPath } from "@/server/chromium";
import { launchBrowser } from "../support/browser";

// How chromium is started (server/chromium.ts): a new page opens no omnibox popups in the headless
// window, and the one --disable-features chromium honours (the last) still holds every feature
// playwright-core disables, so repeating its list did not drop one.

/** The command lines of the chromium processes this test process started. */
function childChromiumCommandLines(): string[][] {
  return readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      try {
        const parent = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
        return parent === process.pid && args.some((a) => a.startsWith("--remote-debugging-pipe")) ? [args] : [];
      } catch {
        return []; // ended meanwhile
      }
    });
}

const featureLists = (args: string[]) => args.filter((a) => a.startsWith("--disable-features=")).map((a) => a.slice("--disable-features=".length).split(","));

it("opens pages without the toolbar's omnibox popups, keeping playwright-core's disabled features", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto("data:text/html,<p>hello</p>");
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send("Target.getTargets");
    expect(targetInfos.map((t) => `${t.type} ${t.url}`)).toEqual(["page data:text/html,<p>hello</p>"]);

    const launched = childChromiumCommandLines();
    expect(launched.length).toBeGreaterThan(0);
    for (const args of launched) {
      const lists = featureLists(args);
      expect(lists.length).toBeGreaterThan(1);
      const honoured = lists.at(-1)!;
      expect(honoured).toEqual(expect.arrayContaining(["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"]));
      for (const earlier of lists.slice(0, -1)) expect(honoured).toEqual(expect.arrayContaining(earlier));
    }
  } finally {
    await browser.close();
  }
}, 60_000);

it("uses CHROMIUM_PATH when set, else Debian's headless shell when installed, else Debian's full chromium", () => {
  const installed = (paths: string[]) => (path: string) => paths.includes(path);
  expect(chromiumPath(undefined, installed(["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"]))).toBe("/usr/bin/chromium-headless-shell");
  expect(chromiumPath(undefined, installed(["/usr/bin/chromium"]))).toBe("/usr/bin/chromium");
  expect(chromiumPath(undefined, installed([]))).toBe("/usr/bin/chromium");
  expect(chromiumPath("/opt/chrome/chrome", installed(["/usr/bin/chromium-headless-shell"]))).toBe("/opt/chrome/chrome");
});
