import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../support/files-under";

// What the shared components send to the browser: zod (~115 KB of script, evaluated on every page
// load) stays on the server, where the input boundaries are. A client module that needs a pure
// helper imports it from a module without a schema (lib/dates/calendar-date.ts, not
// calendar-date-schema.ts). Server actions ("use server") reach the browser as references only.

const root = path.resolve(import.meta.dirname, "../..");
const options: ts.CompilerOptions = { baseUrl: root, paths: { "@/*": ["./*"] }, moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: true, jsx: ts.JsxEmit.ReactJSX };

const directive = (source: string, name: string) => new RegExp(`^\\s*(?:\\/\\/[^\\n]*\\n\\s*)*["']${name}["']`).test(source);

/** The first chain of value imports from `entry` to the package `target`, or null when there is none. */
function chainTo(entry: string, target: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(path.join(root, file), "utf8");
    if (file !== entry && directive(source, "use server")) continue;
    const imports = ts.preProcessFile(source, true, true).importedFiles.map((i) => i.fileName);
    const typeOnly = new Set([...source.matchAll(/^(?:import|export) type [^;]*? from ["']([^"']+)["']/gm)].map((m) => m[1]));
    for (const specifier of imports.filter((s) => !typeOnly.has(s))) {
      if (specifier === target || specifier.startsWith(`${target}/`)) {
        const chain = [specifier, file];
        for (let at = cameFrom.get(file); at; at = cameFrom.get(at)) chain.push(at);
        return chain.reverse();
      }
      const resolved = ts.resolveModuleName(specifier, path.join(root, file), options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const next = path.relative(root, resolved.resolvedFileName);
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const clientComponents = filesUnder(path.join(root, "components"))
  .filter((file) => /\.tsx?$/.test(file) && directive(readFileSync(file, "utf8"), "use client"))
  .map((file) => path.relative(root, file));

describe("scripts the shared components send to the browser", () => {
  it("finds the client components it checks", () => {
    expect(clientComponents).toEqual(expect.arrayContaining(["components/period-picker.tsx", "components/data-table.tsx", "components/server-data-table.tsx"]));
  });

  it("keep zod out: no client component imports it, directly or through lib/", () => {
    expect(clientComponents.map((file) => chainTo(file, "zod")).filter((chain) => chain !== null)).toEqual([]);
  });

  it("would name the chain of a component that did", () => {
    expect(chainTo("lib/dates/calendar-date-schema.ts", "zod")).toEqual(["lib/dates/calendar-date-schema.ts", "zod"]);
    expect(chainTo("lib/kpi/url-period.ts", "zod")).toEqual(["lib/kpi/url-period.ts", "zod"]);
  });
});
