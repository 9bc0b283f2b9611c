/**
 * SPATIAL_WEIGHTS and the shared reading of the `weights` argument (src/core/regional/spatial-weights.ts).
 * Reference values (NUMPY, at the end, with the points and weights shared in tests/helpers/spatial-numpy.ts): an
 * independent numpy computation (a script written apart from the TypeScript): haversine great-circle distances on R = 6,371 km,
 * 1/d^p with rows divided by their sums, k nearest by (distance, index), distance bands; 12 random points
 * (numpy default_rng(20240611), latitudes 20–45, longitudes 100–125, rounded to 3 decimals).
 */
import { DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import {
  countIslands,
  readSpatialWeights,
  readSpatialWeightsAsync,
  spatialWeights,
  standardizeWeights,
} from '../../../src/core/regional/spatial-weights';
import { SPATIAL_NUMPY } from '../../helpers/spatial-numpy';

function kindOf(f: () => unknown): string {
  try {
    f();
    return 'none';
  } catch (e) {
    return e instanceof DomainError ? e.kind : `other: ${String(e)}`;
  }
}

function expectMatrixClose(got: ArrayLike<unknown>[] | Float64Array, want: number[][], tol: number, n = want.length): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const g = got instanceof Float64Array ? got[i * n + j] : (got[i] as unknown[])[j];
      expect(typeof g).toBe('number');
      expect(Math.abs((g as number) - want[i][j])).toBeLessThanOrEqual(tol);
    }
  }
}

const n = 12;

describe('readSpatialWeights', () => {
  it('returns an n×n matrix as given, row-major, a blank (null) cell being 0', () => {
    const w = readSpatialWeights(
      [
        [0, 1, null],
        [2, 0, 0.5],
        [null, 3, 0],
      ],
      3,
    );
    expect(Array.from(w)).toEqual([0, 1, 0, 2, 0, 0.5, 0, 3, 0]);
  });

  it('builds row-standardised inverse great-circle-distance weights from n×2 coordinates (numpy)', () => {
    const w = readSpatialWeights(NUMPY.coordinates, n);
    expectMatrixClose(w, NUMPY.idwRow, 1e-12);
    expect(Array.from(w)).toEqual(spatialWeights(NUMPY.coordinates).flat());
  });

  it('with 2 units reads a 2×2 range as the matrix (documented): coordinates there have a non-zero diagonal, #NUM!', () => {
    expect(Array.from(readSpatialWeights([[0, 1], [2, 0]], 2))).toEqual([0, 1, 2, 0]);
    expect(kindOf(() => readSpatialWeights([[39.9, 116.4], [31.2, 121.5]], 2))).toBe('num');
  });

  it('rejects a range that is neither n×n nor n×2 (#VALUE!), negative weights and a non-zero diagonal (#NUM!), text (#VALUE!)', () => {
    const m = [
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ];
    expect(kindOf(() => readSpatialWeights(m, 4))).toBe('value');
    expect(kindOf(() => readSpatialWeights([[0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 0, 1]], 3))).toBe('value');
    expect(kindOf(() => readSpatialWeights([[0], [1], [1]], 3))).toBe('value');
    expect(kindOf(() => readSpatialWeights([[0, 1, 1], [1, 0, -1], [1, 1, 0]], 3))).toBe('num');
    expect(kindOf(() => readSpatialWeights([[0, 1, 1], [1, 1, 1], [1, 1, 0]], 3))).toBe('num');
    expect(kindOf(() => readSpatialWeights([[0, 1, 1], [1, 0, 'x' as unknown as number], [1, 1, 0]], 3))).toBe('value');
  });

  it('rejects coordinates with a blank (#VALUE!), a latitude outside [−90, 90] (#NUM!: columns swapped) and two equal places (#DIV/0!)', () => {
    const c = NUMPY.coordinates.slice(0, 4).map((r) => r.slice());
    expect(kindOf(() => readSpatialWeights([c[0], [null, 110], c[2], c[3]], 4))).toBe('value');
    expect(kindOf(() => readSpatialWeights(c.map(([a, b]) => [b, a]), 4))).toBe('num');
    expect(kindOf(() => readSpatialWeights([c[0], c[1], c[0], c[3]], 4))).toBe('div0');
  });

  it('builds the same weights asynchronously, yielding between rows (n = 2,800 coordinates)', async () => {
    const r = mulberry32(3);
    const coords = Array.from({ length: 2800 }, () => [20 + 25 * r(), 100 + 25 * r()]);
    const sync = readSpatialWeights(coords, 2800);
    // A pacer that counts its ticks: one after every row of 2,800 distances.
    let ticks = 0;
    const pacer = { tick: async () => void ticks++ };
    const paced = await readSpatialWeightsAsync(coords, 2800, pacer);
    let same = paced.length === sync.length;
    for (let k = 0; k < sync.length && same; k++) same = paced[k] === sync[k];
    expect(same).toBe(true);
    expect(ticks).toBe(2800);
  }, 30000);
});

describe('standardizeWeights', () => {
  const w = Float64Array.from([0, 2, 2, 0, 0, 0, 1, 3, 0]);
  it('"row" divides each row by its sum and keeps an island (zero row) at zero, in a new array', () => {
    const r = standardizeWeights(w, 3, 'row');
    expect(Array.from(r)).toEqual([0, 0.5, 0.5, 0, 0, 0, 0.25, 0.75, 0]);
    expect(r).not.toBe(w);
    expect(Array.from(w)).toEqual([0, 2, 2, 0, 0, 0, 1, 3, 0]);
    expect(countIslands(r, 3)).toBe(1);
  });
  it('"binary" sets every positive weight to 1; "none" copies', () => {
    expect(Array.from(standardizeWeights(w, 3, 'binary'))).toEqual([0, 1, 1, 0, 0, 0, 1, 1, 0]);
    const c = standardizeWeights(w, 3, 'none');
    expect(c).toEqual(w);
    expect(c).not.toBe(w);
  });
});

describe('SPATIAL_WEIGHTS', () => {
  it('defaults to row-standardised 1/d (numpy)', () => {
    expectMatrixClose(spatialWeights(NUMPY.coordinates), NUMPY.idwRow, 1e-12);
  });
  it('inverse-distance with param 2, standardize "none": 1/d² (numpy); param 1 "none" gives 1/d (distance of the first pair, km)', () => {
    const w2 = spatialWeights(NUMPY.coordinates, 'inverse-distance', 2, 'none');
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(Math.abs((w2[i][j] as number) / (NUMPY.idw2None[i][j] || 1) - (NUMPY.idw2None[i][j] ? 1 : 0))).toBeLessThan(1e-12);
    const w1 = spatialWeights(NUMPY.coordinates, 'inverse-distance', 1, 'none');
    expect(Math.abs(1 / (w1[0][1] as number) - NUMPY.distance01)).toBeLessThan(1e-8);
    expect(w1[0][1]).toBe(w1[1][0]);
  });
  it('knn: the 3 nearest (numpy), row-standardised by default', () => {
    const none = spatialWeights(NUMPY.coordinates, 'knn', 3, 'none');
    expect(none).toEqual(NUMPY.knn3);
    const row = spatialWeights(NUMPY.coordinates, 'knn', 3);
    expect(row).toEqual(NUMPY.knn3.map((r) => r.map((v) => v / 3)));
  });
  it('knn defaults to k = 4 and breaks ties by the lower row number', () => {
    const w = spatialWeights(NUMPY.coordinates, 'knn', null, 'none');
    for (const row of w) expect(row.reduce((a: number, b) => a + (b as number), 0)).toBe(4);
    // a point with four others at the same distance (on the equator, 1° east, west, north, south) and one farther off
    const tie = spatialWeights([[0, 0], [0, 1], [0, -1], [1, 0], [-1, 0], [0, 3]], 'knn', 2, 'none');
    expect(tie[0]).toEqual([0, 1, 1, 0, 0, 0]);
  });
  it('threshold: without param the smallest band that gives every unit a neighbour (numpy); 500 km leaves islands with zero rows', () => {
    expect(spatialWeights(NUMPY.coordinates, 'threshold', null, 'none')).toEqual(NUMPY.thresholdMin);
    expect(spatialWeights(NUMPY.coordinates, 'threshold', NUMPY.minBand * (1 - 1e-9), 'none')).not.toEqual(NUMPY.thresholdMin);
    const w = spatialWeights(NUMPY.coordinates, 'threshold', 500);
    NUMPY.threshold500.forEach((row, i) => {
      const k = row.reduce((a, b) => a + b, 0);
      expect(w[i]).toEqual(row.map((v) => (k === 0 ? 0 : v / k)));
    });
    expect(NUMPY.threshold500.filter((r) => r.every((v) => v === 0))).toHaveLength(3);
  });
  it('economic: 1/abs(x_i − x_j), row-standardised (numpy)', () => {
    expectMatrixClose(spatialWeights(NUMPY.economicX.map((v) => [v]), 'economic'), NUMPY.economicRow, 1e-12);
  });
  it('returns a zero diagonal', () => {
    const w = spatialWeights(NUMPY.coordinates);
    for (let i = 0; i < n; i++) expect(w[i][i]).toBe(0);
  });
  it('errors: shapes and options #VALUE!, bad param #NUM!, equal places or values #DIV/0!', () => {
    const c = NUMPY.coordinates;
    expect(kindOf(() => spatialWeights(c.map((r) => [r[0]])))).toBe('value');
    expect(kindOf(() => spatialWeights(c, 'economic'))).toBe('value');
    expect(kindOf(() => spatialWeights(c, 'queen'))).toBe('value');
    expect(kindOf(() => spatialWeights(c, 'knn', 3, 'binary'))).toBe('value');
    expect(kindOf(() => spatialWeights(c, 'knn', 12))).toBe('num');
    expect(kindOf(() => spatialWeights(c, 'knn', 2.5))).toBe('num');
    expect(kindOf(() => spatialWeights(c, 'knn', 0))).toBe('num');
    expect(kindOf(() => spatialWeights(c, 'threshold', 0))).toBe('num');
    expect(kindOf(() => spatialWeights(c, 'inverse-distance', -1))).toBe('num');
    expect(kindOf(() => spatialWeights([c[0], c[1], c[0]]))).toBe('div0');
    expect(kindOf(() => spatialWeights([[1], [2], [2]], 'economic'))).toBe('div0');
    expect(kindOf(() => spatialWeights([[1], [null], [2]], 'economic'))).toBe('value');
    expect(kindOf(() => spatialWeights([[95, 10], [10, 10]]))).toBe('num');
  });
  it('equal places are fine for knn and threshold (distance 0 is the nearest, within any band)', () => {
    const c = [NUMPY.coordinates[0], NUMPY.coordinates[0], NUMPY.coordinates[5]];
    expect(spatialWeights(c, 'knn', 1, 'none')).toEqual([[0, 1, 0], [1, 0, 0], [1, 0, 0]]);
  });
});

const NUMPY = {
  ...SPATIAL_NUMPY,
  'idwRow': [
    [0.0, 0.04702583004790527, 0.0734147644657872, 0.05871624937586959, 0.15780661281270233, 0.2209688577121096, 0.06380240395808197, 0.06815976812367469, 0.04939190993587936, 0.08408543217438867, 0.07688198049847446, 0.099746190895127],
    [0.04020343970177137, 0.0, 0.058424837297757694, 0.1986201741635922, 0.04150879730335788, 0.03684324508194266, 0.12851384527177598, 0.0481167355010112, 0.26014622615469923, 0.08852203281852446, 0.03403348736030474, 0.06506717934526282],
    [0.06270457321629037, 0.058369581070472194, 0.0, 0.06968266561732321, 0.09588000163320053, 0.048006971357123965, 0.10353996667334314, 0.25855525802835533, 0.05357840985519415, 0.109448449886784, 0.07898686805256507, 0.06124725460934803],
    [0.04245255381817499, 0.1679740259851232, 0.058986749408154175, 0.0, 0.042858879444741295, 0.03825100182115539, 0.175064977449541, 0.0464910786098417, 0.18957461304634837, 0.12482465608600617, 0.03278033903675428, 0.08074112529415942],
    [0.15640182849993267, 0.04812048947063817, 0.11125738658465772, 0.05875054844570322, 0.0, 0.0913602979511259, 0.07032731544945241, 0.11091173608547956, 0.048131635220722606, 0.08946256595195261, 0.13897172937033836, 0.07630446696999682],
    [0.26306215590588455, 0.051304851821793604, 0.06691381729282685, 0.06298318281089091, 0.10974081563497648, 0.0, 0.06452576780063275, 0.06232295133570122, 0.055155043681028935, 0.08148617056099043, 0.06887175769573352, 0.11363348545954073],
    [0.04784938273288968, 0.11273596164337445, 0.0909141560564816, 0.18159047074743676, 0.053216549136046155, 0.04064856081674046, 0.0, 0.06513926879308181, 0.09740975758090185, 0.19496750368334562, 0.040557387206119726, 0.07497100160358193],
    [0.06412163662622333, 0.052947554655139076, 0.2847830008186892, 0.060492370235656394, 0.10527793788951179, 0.04924897559159892, 0.08171091548067516, 0.0, 0.04896659976910546, 0.08549991939947713, 0.11082375293404614, 0.056127336599877536],
    [0.04156334237342155, 0.25606217659166586, 0.052787203869043946, 0.22064257015998434, 0.040866611869877376, 0.03898634960327374, 0.10929940802763377, 0.043800402139013365, 0.0, 0.08814937979833984, 0.032528419187650134, 0.07531413638009603],
    [0.0642914782977211, 0.07916938803431109, 0.09797752392241019, 0.13200412858992885, 0.06901720596181331, 0.05233464173353292, 0.1987721728391109, 0.06948992808181491, 0.08009349917615109, 0.0, 0.04636118498003039, 0.1104888483831752],
    [0.09931999326969691, 0.051427075756056546, 0.11946789357036951, 0.0585706502048929, 0.18114316561556085, 0.07473533431499808, 0.06986228578232329, 0.15218381879530102, 0.04993676823899594, 0.07833105858995586, 0.0, 0.06502195586184896],
    [0.10223626321646437, 0.07800885192068578, 0.07349866781812003, 0.11446110403840648, 0.07891180593703143, 0.0978335181095786, 0.1024619609737409, 0.06115142580006803, 0.09173403644337842, 0.1481134313356371, 0.05158893440688905, 0.0],
  ],
  'idw2None': [
    [0.0, 1.949740282194183e-07, 4.751936669848774e-07, 3.039628004815779e-07, 2.195605048955495e-06, 4.304928728119883e-06, 3.5890367835570383e-07, 4.096000802919481e-07, 2.150876452117544e-07, 6.233692077037473e-07, 5.211382486640552e-07, 8.77195639546753e-07],
    [1.949740282194183e-07, 0.0, 4.117611461733628e-07, 4.758795668487816e-06, 2.078407213623366e-07, 1.637442622780752e-07, 1.992279093239103e-06, 2.7928181000025845e-07, 8.163669252003882e-06, 9.452639555794069e-07, 1.3972150231754832e-07, 5.107099297255296e-07],
    [4.751936669848774e-07, 4.117611461733628e-07, 0.0, 5.868427220293778e-07, 1.1110363729490962e-06, 2.785356751832569e-07, 1.295651652374696e-06, 8.079397204316725e-06, 3.4693798495805806e-07, 1.4477428929532258e-06, 7.540184956643376e-07, 4.5336236400744047e-07],
    [3.039628004815779e-07, 4.758795668487816e-06, 5.868427220293778e-07, 0.0, 3.0980927749795793e-07, 2.467734444127343e-07, 5.16905721183237e-06, 3.645457495057175e-07, 6.0614028810516e-06, 2.627928537178933e-06, 1.812340003782913e-07, 1.0995181189509172e-06],
    [2.195605048955495e-06, 2.078407213623366e-07, 1.1110363729490962e-06, 3.0980927749795793e-07, 0.0, 7.491789789579911e-07, 4.439342453687784e-07, 1.1041436399293918e-06, 2.0793701335951798e-07, 7.183784061972177e-07, 1.733498588809005e-06, 5.226013104353566e-07],
    [4.304928728119883e-06, 1.637442622780752e-07, 2.785356751832569e-07, 2.467734444127343e-07, 7.491789789579911e-07, 0.0, 2.590094308897787e-07, 2.4162687574223556e-07, 1.892429378110051e-07, 4.130637019529824e-07, 2.950744113679037e-07, 8.032705992647934e-07],
    [3.5890367835570383e-07, 1.992279093239103e-06, 1.295651652374696e-06, 5.16905721183237e-06, 4.439342453687784e-07, 2.590094308897787e-07, 0.0, 6.651368179545562e-07, 1.4874081443185202e-06, 5.958674913115659e-06, 2.578488318023003e-07, 8.81072925644265e-07],
    [4.096000802919481e-07, 2.7928181000025845e-07, 8.079397204316725e-06, 3.645457495057175e-07, 1.1041436399293918e-06, 2.4162687574223556e-07, 6.651368179545562e-07, 0.0, 2.388640168172989e-07, 7.282529397466124e-07, 1.2235354076008115e-06, 3.13833791896634e-07],
    [2.150876452117544e-07, 8.163669252003882e-06, 3.4693798495805806e-07, 6.0614028810516e-06, 2.0793701335951798e-07, 1.892429378110051e-07, 1.4874081443185202e-06, 2.388640168172989e-07, 0.0, 9.674600883054188e-07, 1.31740847074485e-07, 7.062322349978052e-07],
    [6.233692077037473e-07, 9.452639555794069e-07, 1.4477428929532258e-06, 2.627928537178933e-06, 7.183784061972177e-07, 4.130637019529824e-07, 5.958674913115659e-06, 7.282529397466124e-07, 9.674600883054188e-07, 0.0, 3.2415115827332395e-07, 1.8410916823737496e-06],
    [5.211382486640552e-07, 1.3972150231754832e-07, 7.540184956643376e-07, 1.812340003782913e-07, 1.733498588809005e-06, 2.950744113679037e-07, 2.578488318023003e-07, 1.2235354076008115e-06, 1.31740847074485e-07, 3.2415115827332395e-07, 0.0, 2.2335703925984685e-07],
    [8.77195639546753e-07, 5.107099297255296e-07, 4.5336236400744047e-07, 1.0995181189509172e-06, 5.226013104353566e-07, 8.032705992647934e-07, 8.81072925644265e-07, 3.13833791896634e-07, 7.062322349978052e-07, 1.8410916823737496e-06, 2.2335703925984685e-07, 0.0],
  ],
  'minBand': 759.5183200522382,
  'thresholdMin': [
    [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    [0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0],
    [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0],
    [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1],
    [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
  ],
  'economicX': [6.53, 8.01, 6.39, 4.88, 3.99],
  'economicRow': [
    [0.0, 0.07662203816658747, 0.8100044034753497, 0.06872764635548449, 0.04464591200257851],
    [0.36303136837943406, 0.0, 0.3316582871614581, 0.17165700485672913, 0.13365333960237868],
    [0.8081014966494273, 0.06983593180921005, 0.0, 0.07492331757014589, 0.047139253971216794],
    [0.22352340833095177, 0.11783182867286596, 0.24424743294441753, 0.0, 0.41439733005176466],
    [0.18037170849233736, 0.11396620387326792, 0.19089339148772377, 0.5147686961466709, 0.0],
  ],
  'distance01': 2264.704889768924,
};
