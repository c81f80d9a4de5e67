import { describe, expect, it } from "vitest";
import { clientsMessages } from "@/app/clients/messages";
import { qbrPageMessages } from "@/app/clients/[id]/qbr/messages";
import { importsMessages } from "@/app/imports/messages";
import { profitabilityMessages } from "@/app/profitability/messages";
import { patchMessages } from "@/app/reports/patch-status/messages";
import { formatCount } from "@/lib/format/plural";

// Counts in running text take the singular for one and the plural otherwise, in both languages.

describe("counts with their noun", () => {
  it("formats the number and picks the form by the locale's plural rules", () => {
    expect(formatCount(1, "en", "row", "rows")).toBe("1 row");
    expect(formatCount(0, "en", "row", "rows")).toBe("0 rows");
    expect(formatCount(1234, "en", "row", "rows")).toBe("1,234 rows");
    expect(formatCount(1, "de", "Zeile", "Zeilen")).toBe("1 Zeile");
    expect(formatCount(1234, "de", "Zeile", "Zeilen")).toBe("1.234 Zeilen");
  });

  it("imports: the import button, the progress and the file line", () => {
    const [en, de] = [importsMessages("en"), importsMessages("de")];
    expect([en.preview.importRows(1), en.preview.importRows(2), de.preview.importRows(1), de.preview.importRows(180000)]).toEqual([
      "Import 1 row", "Import 2 rows", "1 Zeile importieren", "180.000 Zeilen importieren",
    ]);
    expect([en.processing.rows(1), de.processing.rows(1), en.processing.rows(5)]).toEqual(["1 row read", "1 Zeile gelesen", "5 rows read"]);
    expect([en.preview.rowsHelp(1, 1), en.preview.rowsHelp(10, 1200), de.preview.rowsHelp(1, null)]).toEqual([
      "The first data row of 1, as the import will read it.", "The first 10 data rows of 1,200, as the import will read them.", "Die erste Datenzeile, so wie der Import sie liest.",
    ]);
    expect([en.preview.fileInfo("1 KB", 1), de.preview.fileInfo("1 KB", 1)]).toEqual(["1 KB · 1 data row", "1 KB · 1 Datenzeile"]);
  });

  it("client charts, the QBR chart, patch status and the profitability scatter", () => {
    expect(clientsMessages("en").ticketsSummary(1, 1, null)).toBe("1 ticket over 1 week.");
    expect(clientsMessages("de").ticketsSummary(1, 2, null)).toBe("1 Ticket in 2 Wochen.");
    expect(qbrPageMessages("en").chartSummary(1, "2 h")).toBe("1 ticket and 2 h billable in the period.");
    expect(patchMessages("en").statusSummary(1, "50 %")).toBe("1 device up to date (50 %).");
    expect(patchMessages("de").statusSummary(1, "50 %")).toBe("1 Gerät auf aktuellem Stand (50 %).");
    expect(profitabilityMessages("en").chart.summary(1, "€80")).toBe("Scatter chart of 1 client by MRR and effective hourly rate; lowest rate: €80.");
  });
});
