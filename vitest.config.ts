import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit files that set process.env and then import route handlers, which open the database once per
// process (server/database.ts): each needs modules loaded afresh, as the app process would.
const FRESH_MODULES = ["tests/kpi-sql/api.test.ts", "tests/digest/unsubscribe-route.test.ts", "tests/explain/export-route.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // db/ and server/ modules are marked server-only; tests load them as a React server bundle would.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    // One closing "N passed, N failed" line for the whole run (all projects), which CI reads.
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each worker holds a PGlite instance (~300-700 MB); two at a time fit the 2-core machines.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", ...FRESH_MODULES, "**/node_modules/**"],
          // Files of a worker share its loaded modules: loading them again for each of ~160 files
          // cost 80 s of a 275 s run. Each file still opens its own databases, servers and SMTP.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "unit-fresh", include: FRESH_MODULES },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          // Builds once and starts the shared demo servers (tests/support/e2e.ts) for the run, in the
          // background while the unit project runs; each file waits for it (e2e-setup.ts).
          globalSetup: ["tests/support/e2e-global-setup.ts"],
          setupFiles: ["tests/support/e2e-setup.ts"],
          // Files of a worker share loaded modules and one chromium (tests/support/e2e.ts): loading
          // both again cost ~2 s of import and ~1.4 s of launch per file.
          isolate: false,
          // After the unit project, so they do not compete with PGlite tests for two cores. Two files
          // at a time, one per worker, each worker with a shared demo server of its own (e2e-ready.ts).
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 480_000,
          // A poll waits on a page to answer a click or a server action; 1 s (vitest's default) is
          // too short for a busy 2-core machine. A poll that is given its own limit keeps it.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
