import { describe, expect, it } from "vitest";
import { assessmentWording } from "@/app/assessment/wording";
import { setupSteps } from "@/app/webhooks/setup-steps";
import type { Locale } from "@/lib/format/locale";
import { WEBHOOK_SOURCES } from "@/lib/webhooks";

// The type of each German dictionary is its English one, but maps typed Record<string, string>
// (import kinds, statuses, delimiters, …) can still miss a key: every words file is walked here.
type Words = (locale: Locale) => unknown;

const modules = import.meta.glob<Record<string, unknown>>(
  ["/app/**/messages.ts", "/components/**/messages.ts", "/components/shell-messages.ts", "/lib/**/messages.ts"],
  { eager: true },
);

const dictionaries: [string, Words][] = [
  ...Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([name, value]) => name.endsWith("Messages") && typeof value === "function")
      .map(([name, value]): [string, Words] => [`${file} ${name}`, value as Words]),
  ),
  ["app/assessment/wording.ts assessmentWording", assessmentWording],
];

/**
 * "path: kind" for every leaf, e.g. "preview.delimiters.;: string", "drop.tooLarge: function/2".
 * A map that is empty in English is German-only (English shows lib's own wording, e.g. the import
 * field help): it counts as one leaf.
 */
function shape(value: unknown, english: unknown, path = ""): string[] {
  if (typeof value === "function") return [`${path}: function/${value.length}`];
  if (value === null || typeof value !== "object") return [`${path}: ${typeof value}`];
  if (isEmptyMap(english)) return [`${path}: German-only map`];
  return Object.entries(value).flatMap(([key, child]) => shape(child, (english as Record<string, unknown>)?.[key], path ? `${path}.${key}` : key));
}

const isEmptyMap = (value: unknown) => typeof value === "object" && value !== null && Object.keys(value).length === 0;

describe("English and German words", () => {
  it("finds the words files beside the pages, the shell and the components", () => {
    const files = Object.keys(modules);
    expect(files).toEqual(expect.arrayContaining(["/app/imports/messages.ts", "/app/settings/messages.ts", "/components/shell-messages.ts", "/components/messages.ts"]));
    expect(dictionaries.length).toBeGreaterThanOrEqual(files.length);
  });

  it.each(dictionaries)("%s has the same keys in both languages", (_name, words) => {
    const english = words("en");
    expect(shape(words("de"), english)).toEqual(shape(english, english));
  });

  it("webhook set-up guides have the same steps in both languages", () => {
    for (const source of WEBHOOK_SOURCES) {
      for (const authMode of ["bearer", "hmac"] as const) {
        expect(setupSteps(source, authMode, "de").length, `${source} ${authMode}`).toBe(setupSteps(source, authMode, "en").length);
      }
    }
  });
});
