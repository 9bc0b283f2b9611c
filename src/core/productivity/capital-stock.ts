/**
 * CAPITAL_STOCK: the perpetual inventory method.
 *   I_t real = I_t · P_0 / P_t            (with a deflator; otherwise I_t as given)
 *   K_0 = I_0 / (g + δ),  K_t = K_{t−1}(1 − δ) + I_t
 * K_0 is the stock at the end of the first period. g omitted: the average
 * geometric growth rate of real investment over the series, (I_last / I_0)^(1/(T−1)) − 1.
 */
import type { Cell } from '../shared/errors';
import { fail } from './messages';

const isBlank = (v: number | null | undefined): boolean => v === null || v === undefined;

/** v / 100 as a short decimal (9.6 → 0.096, not 0.09599999999999999), for the fix a message suggests. */
const hundredth = (v: number): number => Number((v / 100).toPrecision(12));

/**
 * @param investment investment per period, ≥ 0, no gaps
 * @param depreciation δ in [0, 1) (e.g. 0.096, the China convention of Zhang Jun et al. 2004)
 * @param growth g in (−1, 1); null: the average geometric growth rate of real investment
 * @param deflator a price index per period, > 0; null: investment is already real
 * @returns a T×1 column of capital stocks
 * @throws DomainError('na') for a gap in investment or the deflator, or no growth with a single period;
 *   ('value') for a deflator of another length, δ ≥ 1 or |g| ≥ 1 (a percentage typed as a number: the
 *   message names the fraction to use); ('num') for negative investment, a deflator ≤ 0, δ < 0,
 *   g + δ ≤ 0, or an implied growth rate that needs positive first and last investment
 */
export function capitalStock(
  investment: readonly (number | null)[],
  depreciation: number,
  growth?: number | null,
  deflator?: readonly (number | null)[] | null,
): Cell[][] {
  const t = investment.length;
  if (t === 0) throw fail('na', 'noInvestment', {});
  if (!(depreciation >= 0)) throw fail('num', 'depreciationNegative', { value: depreciation });
  // Rates are fractions. δ = 1 would scrap the whole stock every period (K_t = I_t), which no perpetual
  // inventory uses, so a δ of 1 or more is a percentage typed as a number (9.6 for 9.6 %): #VALUE! with the fix.
  if (depreciation >= 1) {
    throw fail('value', 'depreciationPercent', { value: depreciation, fraction: hundredth(depreciation) });
  }
  // g is the steady growth of investment before the series: a rate of 100 % a period or more (or a fall of
  // 100 % or more) is no steady state, so |g| ≥ 1 is a percentage typed as a number too.
  if (growth !== null && growth !== undefined && Math.abs(growth) >= 1) {
    throw fail('value', 'growthPercent', { value: growth, fraction: hundredth(growth) });
  }
  investment.forEach((v, i) => {
    if (isBlank(v)) throw fail('na', 'investmentMissing', { period: i + 1 });
    if ((v as number) < 0) throw fail('num', 'investmentNegative', { period: i + 1, value: v as number });
  });
  let real = investment as number[];
  if (deflator !== null && deflator !== undefined) {
    if (deflator.length !== t) throw fail('value', 'deflatorLength', { values: deflator.length, periods: t });
    deflator.forEach((p, i) => {
      if (isBlank(p)) throw fail('na', 'deflatorMissing', { period: i + 1 });
      if ((p as number) <= 0) throw fail('num', 'deflatorNotPositive', { period: i + 1, value: p as number });
    });
    const p0 = deflator[0] as number;
    // The price ratio first: index numbers are of one magnitude, so P0 / Pt never overflows where I · P0 might.
    real = real.map((v, i) => v * (p0 / (deflator[i] as number)));
  }
  let g: number;
  if (growth === null || growth === undefined) {
    if (t < 2) throw fail('na', 'growthNeeded', {});
    if (real[0] <= 0 || real[t - 1] <= 0) {
      throw fail('num', 'growthUndefined', {});
    }
    g = (real[t - 1] / real[0]) ** (1 / (t - 1)) - 1;
  } else {
    g = growth;
  }
  if (g + depreciation <= 0) throw fail('num', 'growthPlusDepreciation', { sum: g + depreciation });
  const rows: Cell[][] = [];
  let k = real[0] / (g + depreciation);
  rows.push([k]);
  for (let s = 1; s < t; s++) {
    k = k * (1 - depreciation) + real[s];
    rows.push([k]);
  }
  return rows;
}
