import { readFileSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "./files-under";

// The app's pages and route handlers, read from app/ so a test that walks them cannot miss one
// added later.
const APP = path.resolve(import.meta.dirname, "../../app");

function routeOf(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Route patterns of every page, e.g. "/clients/[id]". */
export function pageRoutes(): string[] {
  return filesUnder(APP).filter((f) => path.basename(f) === "page.tsx").map(routeOf).sort();
}

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route handler with the HTTP methods it exports, e.g. { route: "/api/kpis", methods: ["GET"] }. */
export function routeHandlers(): { route: string; methods: string[] }[] {
  return filesUnder(APP)
    .filter((f) => path.basename(f) === "route.ts")
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const methods = HTTP_METHODS.filter((m) => new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b|as ${m}\\b`).test(source));
      return { route: routeOf(file), methods };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** A concrete path for a pattern: each [param] replaced by the value given, or "1". */
export function fillRoute(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? "1");
}
