import { describe, expect, it } from "vitest";
import { dec, divRound, median, roundMoney, roundTo } from "@/lib/kpi/reference";

describe("rounding: half-up, away from zero at .5, like PostgreSQL round(numeric)", () => {
  it("2.345 → 2.35 and −2.345 → −2.35 (not banker's 2.34)", () => {
    expect(roundMoney(dec("2.345"))).toBe(2.35);
    expect(roundMoney(dec("-2.345"))).toBe(-2.35);
    expect(roundMoney(dec("2.3449999"))).toBe(2.34);
  });

  it("a value that rounds to zero is 0, never −0", () => {
    expect(Object.is(roundMoney(dec("-0.004")), 0)).toBe(true);
  });

  it("1/3 to 4 decimals = 0.3333; 2/3 = 0.6667; 1/8 to 2 decimals = 0.13", () => {
    expect(divRound(dec(1), dec(3), 4)).toBe(0.3333);
    expect(divRound(dec(2), dec(3), 4)).toBe(0.6667);
    expect(divRound(dec(1), dec(8), 2)).toBe(0.13);
    expect(divRound(dec(-1), dec(8), 2)).toBe(-0.13);
  });

  it("a zero denominator gives null, not 0 or NaN", () => {
    expect(divRound(dec(5), dec(0), 2)).toBeNull();
    expect(divRound(dec(0), dec(0), 4)).toBeNull();
  });

  it("divides once: 0.00005 exactly (1/20000) → 0.0001, 0.000049999… (1/20001) → 0", () => {
    expect(divRound(dec(1), dec(20000), 4)).toBe(0.0001);
    expect(divRound(dec(1), dec(20001), 4)).toBe(0);
  });

  it("roundTo keeps 4 decimals for figures: 3.04375 → 3.0438", () => {
    expect(roundTo(dec("3.04375"), 4)).toBe(3.0438);
  });
});

describe("median", () => {
  it("odd count: median of 40, 10, 20 = 20", () => {
    expect(median([40, 10, 20])?.toNumber()).toBe(20);
  });
  it("even count: median of 10, 20, 40, 90 = (20 + 40) / 2 = 30", () => {
    expect(median([90, 10, 40, 20])?.toNumber()).toBe(30);
  });
  it("even count keeps the half: median of 1, 2 = 1.5", () => {
    expect(median([2, 1])?.toString()).toBe("1.5");
  });
  it("no values: null", () => {
    expect(median([])).toBeNull();
  });
});
