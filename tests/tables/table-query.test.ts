import { describe, expect, it } from "vitest";
import { withTableQuery, type TableSpec } from "@/lib/tables/table-query";
import { parseTableQuery } from "@/lib/tables/table-query-schema";

const SPEC: TableSpec = { sortable: ["name", "mrr"], filters: ["segment"], defaultSort: "mrr", defaultDir: "desc", defaultSize: 25 };

describe("a server-side table's state in the URL", () => {
  it("is the default view without parameters", () => {
    expect(parseTableQuery(SPEC, {})).toEqual({ page: 1, size: 25, sort: "mrr", dir: "desc", q: "", filters: {} });
  });

  it("reads page, size, sort, direction, search and the declared filters", () => {
    expect(parseTableQuery(SPEC, { page: "3", size: "50", sort: "name", dir: "asc", q: "  acme ", "f-segment": "SMB", period: "last-month" })).toEqual({
      page: 3, size: 50, sort: "name", dir: "asc", q: "acme", filters: { segment: "SMB" },
    });
  });

  it("falls back to the default for each value a link gets wrong, instead of failing the page", () => {
    expect(
      parseTableQuery(SPEC, { page: "0", size: "33", sort: "id; drop table clients", dir: "sideways", q: "x".repeat(201), "f-segment": ["SMB", "MSP"], "f-name": "Acme" }),
    ).toEqual({ page: 1, size: 25, sort: "mrr", dir: "desc", q: "", filters: { segment: "SMB" } });
    expect(parseTableQuery(SPEC, { page: "2.5" }).page).toBe(1);
    expect(parseTableQuery(SPEC, { page: ["4", "5"] }).page).toBe(4);
  });

  it("writes the state into the URL, keeping other parameters and leaving defaults out, and reads back the same", () => {
    const current = new URLSearchParams("period=last-quarter&page=4&f-segment=SMB");
    const state = { page: 2, size: 25, sort: "name", dir: "desc" as const, q: "a&b", filters: { segment: "Health care" } };
    const url = withTableQuery(current, state, SPEC);
    expect(url.toString()).toBe("period=last-quarter&page=2&sort=name&q=a%26b&f-segment=Health+care");
    expect(parseTableQuery(SPEC, Object.fromEntries(url))).toEqual(state);
    expect(withTableQuery(url, { ...state, page: 1, sort: "mrr", q: "", filters: {} }, SPEC).toString()).toBe("period=last-quarter");
  });
});
