import { criticWeights } from '../../../src/core/composite/critic-weights';
import { expectAllClose, WITH_BLANKS, vectorMatrix } from '../../helpers/weights';
import { mulberry32 } from '../../../src/core/shared/random';
import { pearson, sampleSd } from '../../../src/core/shared/statistics';

// Tuş & Adalı (2019), Opsearch 56(2):528-538, via tests/fixtures/vectors/critic_sd_cv_weights.json (pymcdm).
const TUS_ADALI = vectorMatrix('critic_sd_cv_weights', 'tus_adali_2019_critic');

describe('criticWeights', () => {
  it('reproduces the published Tuş & Adalı (2019) weights with every criterion a benefit', () => {
    // Published (0.157, 0.249, 0.168, 0.121, 0.154, 0.151), tolerance 0.0005 (3 dp printed).
    expectAllClose(criticWeights(TUS_ADALI), [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], 5e-4);
    // Recomputed to 6 dp in critic_sd_cv_weights.json.
    expectAllClose(criticWeights(TUS_ADALI), [0.157003, 0.249489, 0.167675, 0.1211, 0.154099, 0.150633], 1e-6);
  });

  it('is direction-sensitive: price as a cost changes every weight (recomputed, critic_sd_cv_weights.json)', () => {
    expectAllClose(
      criticWeights(TUS_ADALI, [-1, 1, 1, 1, 1, 1]),
      [0.184066, 0.213029, 0.142214, 0.158301, 0.168382, 0.134008],
      1e-6,
    );
  });

  it('gives a constant column weight 0 and leaves it out of the others', () => {
    const withConstant = TUS_ADALI.map((row) => [...row.slice(0, 3), 7, ...row.slice(3)]);
    const w = criticWeights(withConstant);
    expect(w[3]).toBe(0);
    expectAllClose([...w.slice(0, 3), ...w.slice(4)], criticWeights(TUS_ADALI), 1e-15);
  });

  it('uses pairwise rows for r and the present values for s (derived with numpy, pairwise complete)', () => {
    const data = WITH_BLANKS;
    expectAllClose(criticWeights(data), [0.18922329608978145, 0.38972003721283105, 0.42105666669738745], 1e-12);
  });

  it('gives #DIV/0! when no column has contrast and conflict', () => {
    expect(() => criticWeights([[1, 5], [2, 5], [3, 5]])).toThrow(expect.objectContaining({ kind: 'div0' }));
    expect(() => criticWeights([[1, 2], [2, 4], [3, 6]])).toThrow(expect.objectContaining({ kind: 'div0' }));
    expect(() => criticWeights([[4, 5], [4, 5]])).toThrow(expect.objectContaining({ kind: 'div0' }));
  });

  it('gives #N/A for fewer than 2 rows and for columns with too few rows in common', () => {
    expect(() => criticWeights([[1, 2]])).toThrow(expect.objectContaining({ kind: 'na' }));
    expect(() => criticWeights([[1, null], [2, 3], [null, 4]])).toThrow(
      expect.objectContaining({ kind: 'na', message: expect.stringContaining('columns 1 and 2') }),
    );
  });

  it('checks the directions', () => {
    expect(() => criticWeights(TUS_ADALI, [1, 1])).toThrow(expect.objectContaining({ kind: 'value' }));
  });
});

/** CRITIC straight from its formula (methods.md A3), column by column, with the compensated pearson and sampleSd. */
function criticByFormula(data: number[][], dirs: number[]): number[] {
  const m = dirs.length;
  const z = dirs.map((d, j) => {
    const col = data.map((r) => r[j]);
    const lo = Math.min(...col);
    const hi = Math.max(...col);
    return col.map((x) => (d === 1 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo)));
  });
  const c = z.map((zj, j) => {
    let conflict = 0;
    for (let k = 0; k < m; k++) if (k !== j) conflict += 1 - (pearson(zj, z[k]) as number);
    return sampleSd(zj) * conflict;
  });
  const total = c.reduce((a, b) => a + b, 0);
  return c.map((v) => v / total);
}

describe('criticWeights on larger data without blanks (the blocked cross products)', () => {
  // Shapes that exercise every edge of the blocking: columns in pairs against fours and the
  // remainders, and more rows than one tile (2,048), so sums carry from tile to tile.
  it.each([
    [3000, 2],
    [2500, 3],
    [2200, 6],
    [2200, 9],
    [2200, 13],
  ])('%i rows × %i columns agree with the formula to 1e-12', (n, m) => {
    const next = mulberry32(n * 31 + m);
    // Correlated columns (a shared factor), each on its own scale.
    const data = Array.from({ length: n }, () => {
      const f = next();
      return Array.from({ length: m }, (_, j) => (j + 1) * (0.6 * f + 0.4 * next()) + j);
    });
    const dirs = Array.from({ length: m }, (_, j) => (j % 4 === 3 ? -1 : 1));
    expectAllClose(criticWeights(data, dirs), criticByFormula(data, dirs), 1e-12);
  });
});
