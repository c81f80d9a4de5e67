import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/export";
import { REASSIGNMENT_HEADERS, reassignmentRows } from "@/lib/rebalancing";

describe("the hand-over list of an accepted move", () => {
  const move = { client: "Acme", from: "Ann", to: "Cy" };

  it("one row per open ticket and scheduled entry, then the client's default technician", () => {
    const rows = reassignmentRows(move, [
      { kind: "ticket", ref: "T-17", subject: "Printer", priority: "P3", date: "2026-03-02T08:00:00Z" },
      { kind: "scheduled", ref: "E-9", subject: "T-17", priority: null, date: "2026-04-07" },
    ]);
    expect(rows).toEqual([
      ["ticket", "T-17", "Printer", "P3", "2026-03-02T08:00:00Z", "Acme", "Ann", "Cy"],
      ["scheduled", "E-9", "T-17", "", "2026-04-07", "Acme", "Ann", "Cy"],
      ["client default technician", "", "", "", "", "Acme", "Ann", "Cy"],
    ]);
    expect(toCsv(REASSIGNMENT_HEADERS, rows).split("\r\n")[0]).toBe("what,psa_id,subject,priority,date,client,from,to");
  });

  it("with nothing left open, the list still says who takes the client's new work", () => {
    expect(reassignmentRows(move, [])).toEqual([["client default technician", "", "", "", "", "Acme", "Ann", "Cy"]]);
  });
});
