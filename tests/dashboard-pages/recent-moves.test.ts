import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { techniciansMessages } from "@/app/technicians/messages";
import { RecentMoves } from "@/app/technicians/recent-moves";
import type { MoveRow } from "@/db/queries/rebalancing";

const move: MoveRow = {
  id: 1,
  clientId: 1,
  client: "Acme",
  fromTechnicianId: 1,
  from: "Ada",
  toTechnicianId: 2,
  to: "Bo",
  periodFrom: "2026-03-01",
  periodTo: "2026-03-31",
  hoursMoved: 4,
  ticketsMoved: 2,
  acceptedBy: "Vera",
  acceptedAt: "2026-03-04T23:30:00Z",
  status: "done",
  doneAt: "2026-03-05T23:30:00Z",
};

const render = (timeZone: string, moves: MoveRow[] = [move], locale: "en" | "de" = "en") =>
  renderToStaticMarkup(createElement(RecentMoves, { moves, handOver: new Map(), locale, timeZone, t: techniciansMessages(locale) })).replace(
    /[\u00a0\u202f]/g,
    " ",
  );

describe("recent moves", () => {
  it("prints when a move was accepted and done in the org's time zone, not the server's", () => {
    // 23:30 UTC is already the next day, 12:30, in Auckland (UTC+13 in March).
    const html = render("Pacific/Auckland");
    expect(html).toContain(">Mar 5, 2026, 12:30 PM</time>");
    expect(html).toContain("Done (seen Mar 6, 2026)");
  });

  it("names who accepted the move, and a deleted user as such", () => {
    expect(render("UTC")).toContain(">Vera</td>");
    expect(render("UTC", [{ ...move, acceptedBy: null }])).toContain(">deleted user</td>");
    expect(render("UTC", [{ ...move, acceptedBy: null }], "de")).toContain(">gelöschter Benutzer</td>");
  });
});
