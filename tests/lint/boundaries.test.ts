import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The project's own eslint.config.mjs, run on source text placed (in memory) at a path in a layer.
const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

const BOUNDARY_RULES = new Set(["no-restricted-imports", "no-restricted-syntax"]);

/** The import-boundary messages ESLint reports for `source` placed in a file at `file`. */
async function boundaryErrorsIn(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => BOUNDARY_RULES.has(m.ruleId ?? "")).map((m) => m.message);
}

const boundaryErrors = (file: string, specifier: string) =>
  boundaryErrorsIn(file, `import { x } from "${specifier}";\nexport const y = x;\n`);
const dynamicImportErrors = (file: string, specifier: string) =>
  boundaryErrorsIn(file, `export const load = () => import("${specifier}");\n`);

function expectOneCrossing(errors: string[]): void {
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/must not import (db|server|app|components)\//);
}

describe("import boundaries", () => {
  it.each([
    ["lib/kpi/example.ts", "@/db/client"],
    ["lib/kpi/example.ts", "../../db/client"],
    ["lib/example.ts", "../db"],
    ["lib/kpi/example.ts", "@/server/mail/send"],
    ["lib/kpi/example.ts", "../../server/mail/send"],
    ["lib/kpi/example.ts", "@/app/server-context"],
    ["lib/kpi/example.ts", "../../app/server-context"],
    ["lib/kpi/example.ts", "@/components/page-header"],
    ["components/example.tsx", "@/db/queries/clients"],
    ["components/charts/example.tsx", "../../db/queries/clients"],
    ["components/example.tsx", "@/server/imports/run-import"],
    ["db/queries/example.ts", "@/server/alerts/scheduler"],
    ["db/queries/example.ts", "../../server/database"],
    ["db/queries/example.ts", "../../app/server-context"],
    ["db/example.ts", "@/app"],
    ["server/alerts/example.ts", "@/app/alerts/messages"],
    ["server/example.ts", "../app/layout"],
    ["server/qbr/example.ts", "@/components/page-header"],
  ])("%s may not import %s", async (file, specifier) => {
    expectOneCrossing(await boundaryErrors(file, specifier));
  });

  it.each([
    ["lib/kpi/example.ts", "@/server/qbr/pdf"],
    ["lib/example.ts", "../db/client"],
    ["db/queries/example.ts", "@/server/database"],
    ["db/queries/example.ts", "../../server/imports/run-import"],
    ["server/example.ts", "../app/alerts/actions"],
  ])("%s may not load %s with a dynamic import() either", async (file, specifier) => {
    expectOneCrossing(await dynamicImportErrors(file, specifier));
  });

  it.each([
    ["lib/kpi/example.ts", "@/lib/format/locale"],
    ["lib/kpi/example.ts", "./period"],
    ["lib/kpi/example.ts", "../format/locale"],
    ["lib/kpi/example.ts", "next/server"],
    ["components/example.tsx", "@/lib/format/locale"],
    ["db/queries/example.ts", "@/lib/kpi"],
    ["db/queries/example.ts", "../client"],
    ["app/example.ts", "@/db/queries/clients"],
    ["app/example.ts", "@/server/mail/send"],
    ["server/mail/example.ts", "@/db/client"],
    ["server/alerts/example.ts", "../database"],
    ["server/example.ts", "@/lib/env"],
    ["db/queries/example.ts", "@/db/schema"],
  ])("%s may import %s", async (file, specifier) => {
    expect(await boundaryErrors(file, specifier)).toEqual([]);
    expect(await dynamicImportErrors(file, specifier)).toEqual([]);
  });

  it.each(["app/clients/example.tsx", "components/example.tsx"])("%s links through components/link.tsx, not next/link", async (file) => {
    expect(await boundaryErrors(file, "next/link")).toEqual([expect.stringContaining("Use Link from @/components/link")]);
    expect(await boundaryErrors(file, "@/components/link")).toEqual([]);
  });

  it("lets components/link.tsx wrap next/link", async () => {
    expect(await boundaryErrors("components/link.tsx", "next/link")).toEqual([]);
  });
});
