import { describe, expect, it } from "vitest";
import { FIELD_SPECS } from "@/lib/imports";
import { importsMessages } from "@/app/imports/messages";

describe("import field help", () => {
  it("every field of every kind has its German help text (English comes from the field spec)", () => {
    const help = importsMessages("de").fieldHelp;
    const missing = Object.entries(FIELD_SPECS).flatMap(([kind, specs]) => specs.map((f) => `${kind}.${f.name}`)).filter((key) => !help[key]);
    expect(missing).toEqual([]);
  });
});
