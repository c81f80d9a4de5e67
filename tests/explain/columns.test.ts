import { describe, expect, it } from "vitest";
import { explainColumns } from "@/app/explain/[metric]/columns";
import { explainMessages } from "@/app/explain/messages";
import type { ExplainRow } from "@/db/queries/explain/explain";
import { explainedFigure } from "@/lib/explain/figures";

// A record's day reads in the reader's locale on screen; the CSV keeps the ISO text, which sorts
// and which spreadsheets read as a date.

const row = (day: string | null, detail: string | null = null): ExplainRow => ({ id: "1", ref: "T-1", client: "Acme", who: "Ann", day, detail, extra: null, value: 1, term: "met", reason: null });

function column(locale: "en" | "de", metric: string, id = "day") {
  const found = explainColumns(explainMessages(locale), { figure: explainedFigure(metric)!, set: "counted", currency: "EUR" }).find((c) => c.id === id)!;
  return { cell: (r: ExplainRow) => found.cell!(r, locale), csv: (r: ExplainRow) => (found.csv ?? found.value)(r) };
}

describe("explanation records: the day column", () => {
  it("shows a ticket's local date and time, and a time entry's date, in the reader's locale", () => {
    expect(column("en", "sla_met").cell(row("2026-03-05 14:07"))).toBe("Mar 5, 2026, 2:07 PM");
    expect(column("de", "sla_met").cell(row("2026-03-05 14:07"))).toBe("05.03.2026, 14:07");
    expect(column("en", "team_utilization").cell(row("2026-03-05"))).toBe("Mar 5, 2026");
    expect(column("de", "team_utilization").cell(row("2026-03-05"))).toBe("05.03.2026");
    expect(column("de", "team_utilization").cell(row(null))).toBe("—");
  });

  it("shows a ticket's resolution, in the detail column, the same way", () => {
    expect(column("de", "sla_met", "detail").cell(row("2026-03-05 14:07", "2026-03-06 09:30"))).toBe("06.03.2026, 09:30");
    expect(column("de", "sla_met", "detail").cell(row("2026-03-05 14:07", null))).toBe("—");
  });

  it("keeps the ISO text in the CSV", () => {
    expect(column("de", "sla_met").csv(row("2026-03-05 14:07"))).toBe("2026-03-05 14:07");
  });
});
