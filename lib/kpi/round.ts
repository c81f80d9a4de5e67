import Big from "big.js";

// Exact decimal arithmetic for every figure. Sums and products of decimals are exact in big.js;
// a figure that needs a division is divided once, at the very end, straight to its output
// precision, so it is correctly rounded half-up (away from zero at .5, like PostgreSQL's
// round(numeric)) and never rounded twice.

/** Decimal places of each kind of output figure. */
export const MONEY_DP = 2;
export const RATIO_DP = 4;
export const FIGURE_DP = 4;

export const ZERO = new Big(0);

export function dec(value: string | number | Big): Big {
  return new Big(value);
}

export function sum(values: Iterable<Big>): Big {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Round half-up to dp decimals and hand the figure out as a plain number (never -0). */
export function roundTo(value: Big, dp: number): number {
  const n = value.round(dp, Big.roundHalfUp).toNumber();
  return n === 0 ? 0 : n;
}

// One constructor per precision: big.js divides with the DP and RM of the dividend's constructor,
// computes one digit more than DP and rounds on it, which is exact for half-up.
const dividers = new Map<number, Big.BigConstructor>();
function dividerFor(dp: number): Big.BigConstructor {
  let ctor = dividers.get(dp);
  if (!ctor) {
    ctor = Big();
    ctor.DP = dp;
    ctor.RM = Big.roundHalfUp;
    dividers.set(dp, ctor);
  }
  return ctor;
}

/** numerator / denominator correctly rounded half-up to dp decimals; null when the denominator is 0. */
export function divRound(numerator: Big, denominator: Big, dp: number): number | null {
  if (denominator.eq(0)) return null;
  const Ctor = dividerFor(dp);
  return roundTo(new Ctor(numerator).div(denominator), dp);
}

export const roundMoney = (value: Big): number => roundTo(value, MONEY_DP);
export const roundFigure = (value: Big): number => roundTo(value, FIGURE_DP);
export const moneyRatio = (n: Big, d: Big): number | null => divRound(n, d, MONEY_DP);
export const ratio = (n: Big, d: Big): number | null => divRound(n, d, RATIO_DP);
export const figureRatio = (n: Big, d: Big): number | null => divRound(n, d, FIGURE_DP);

/** An exact fraction, for figures built from other quotients (recurring revenue, FTE). */
export interface Fraction {
  num: Big;
  den: Big;
}

export const fraction = (num: Big, den: Big | number = 1): Fraction => ({ num, den: dec(den) });
