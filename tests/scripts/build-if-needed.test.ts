import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_SOURCES, buildNeeded } from "@/scripts/lib/build-if-needed";

// `npm start` and the browser tests rebuild only when a source of the build is newer than it: a
// folder missing from the list would serve a stale build after an edit there.

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return /\.(ts|tsx|mjs)$/.test(entry) ? [entry] : [];
  return readdirSync(full).flatMap((name) => sourceFiles(path.join(entry, name)));
}

describe("build-if-needed", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-build-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("watches every folder the built code imports from, and the proxy and instrumentation hook", () => {
    const imported = new Set(BUILD_SOURCES.flatMap(sourceFiles).flatMap((file) => [...readFileSync(path.join(root, file), "utf8").matchAll(/from "@\/([\w-]+)/g)].map((m) => m[1]!)));
    expect([...imported].filter((folder) => !BUILD_SOURCES.includes(folder))).toEqual([]);
    expect(BUILD_SOURCES).toEqual(expect.arrayContaining(["server", "proxy.ts", "instrumentation.ts"]));
  });

  it("asks for a build when a file in server/ or proxy.ts is newer than the last one", () => {
    const dist = process.env.NEXT_DIST_DIR || ".next";
    mkdirSync(path.join(dir, dist));
    mkdirSync(path.join(dir, "server"));
    const builtAt = new Date(Date.now() - 60_000);
    for (const file of ["server/worker.ts", "proxy.ts"]) writeFileSync(path.join(dir, file), "");
    writeFileSync(path.join(dir, dist, "BUILD_ID"), "x");
    for (const file of ["server", "server/worker.ts", "proxy.ts"]) utimesSync(path.join(dir, file), new Date(builtAt.getTime() - 60_000), new Date(builtAt.getTime() - 60_000));
    utimesSync(path.join(dir, dist, "BUILD_ID"), builtAt, builtAt);
    expect(buildNeeded(dir).needed).toBe(false);
    for (const file of ["server/worker.ts", "proxy.ts"]) {
      utimesSync(path.join(dir, file), new Date(), new Date());
      expect(buildNeeded(dir).needed, file).toBe(true);
      utimesSync(path.join(dir, file), new Date(builtAt.getTime() - 60_000), new Date(builtAt.getTime() - 60_000));
    }
  });
});
