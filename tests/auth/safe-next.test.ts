import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNextPath("/clients/7?period=last-quarter#tickets")).toBe("/clients/7?period=last-quarter#tickets");
    expect(safeNextPath("/")).toBe("/");
  });

  it("sends every way off the site to the overview", () => {
    for (const next of ["//evil.example", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "https://evil.example", "evil", "", undefined, ["/a", "/b"]]) {
      expect(safeNextPath(next), String(next)).toBe("/");
    }
  });
});
