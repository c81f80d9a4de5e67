import { describe, expect, it } from "vitest";
import { PROFIT_DE, PROFIT_EN } from "@/app/explain/messages-profit";
import { REVENUE_DE, REVENUE_EN } from "@/app/explain/messages-revenue";
import { serviceDe, serviceEn } from "@/app/explain/messages-service";

// The explanation view spreads each figure group's words into one map per kind (terms, reasons,
// labels…), so a key two groups share with different words would silently show the later
// group's word under the earlier group's figures ("recurring" once hid profit's "contract share").

type Group = Record<string, unknown>;
const groups: Record<string, Group[]> = {
  en: [PROFIT_EN, REVENUE_EN, serviceEn],
  de: [PROFIT_DE, REVENUE_DE, serviceDe],
};

function clashes(sets: Group[]): string[] {
  const seen = new Map<string, unknown>();
  const found: string[] = [];
  for (const set of sets) {
    for (const [kind, words] of Object.entries(set)) {
      if (typeof words !== "object" || words === null) continue;
      for (const [key, word] of Object.entries(words)) {
        if (typeof word !== "string") continue;
        const id = `${kind}.${key}`;
        if (seen.has(id) && seen.get(id) !== word) found.push(`${id}: "${String(seen.get(id))}" vs "${word}"`);
        seen.set(id, word);
      }
    }
  }
  return found;
}

describe("explanation words of the figure groups", () => {
  for (const [locale, sets] of Object.entries(groups)) {
    it(`no key means two things in ${locale}`, () => {
      expect(clashes(sets)).toEqual([]);
    });
  }

  it("finds a clash when there is one", () => {
    expect(clashes([{ terms: { recurring: "contract share" } }, { terms: { recurring: "recurring" } }])).toEqual(['terms.recurring: "contract share" vs "recurring"']);
  });
});
