import { expect, it } from "vitest";
import { marginBand } from "@/lib/profitability/margin-band";

it("bands a margin: loss below 0, then below 20 %, below 30 %, healthy from 30 %; none without revenue", () => {
  expect([-0.01, 0, 0.1999, 0.2, 0.2999, 0.3, 1.2, null].map(marginBand)).toEqual(["loss", "thin", "thin", "watch", "watch", "healthy", "healthy", null]);
});
