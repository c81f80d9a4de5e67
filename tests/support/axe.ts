import { createRequire } from "node:module";
import type { AxeResults, ImpactValue, UnlabelledFrameSelector } from "axe-core";
import type { Page } from "playwright-core";

// axe-core's own script, injected into the page under test: the scan runs in chromium against the
// rendered DOM (computed colours, accessible names), as a browser extension would.
const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const BLOCKING: ImpactValue[] = ["serious", "critical"];

interface Finding {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: UnlabelledFrameSelector; summary: string }[];
}

/**
 * Runs every axe rule on the page as it is now and returns the serious and critical violations,
 * one line per element: rule, impact, help text, the element's selector and what to fix. An
 * accessible page returns [], so `expect(await seriousViolations(page)).toEqual([])` fails naming them.
 * The page's context needs `bypassCSP: true`: the app's Content-Security-Policy refuses injected scripts.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map(
      (v): Finding => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? "" })),
      }),
    );
  });
  return findings
    .filter((f) => BLOCKING.includes(f.impact ?? null))
    .flatMap((f) =>
      f.nodes.map((n) => `${f.rule} [${f.impact}] ${f.help} — at ${n.target.flat().join(" ")}: ${n.summary.replace(/\s+/g, " ").trim()} (${f.helpUrl})`),
    );
}
