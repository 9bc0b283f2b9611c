/**
 * npm run bench [-- --quick]: the add-in's speed as ratios against baselines
 * run in the same process (or, for numpy and scipy, on the same data in the
 * same run), medians of several repetitions, absolute times for reference.
 *
 *   1. matrix functions as registered by the production bundle (built into a
 *      temporary folder, run in a clean child process: see child.ts) vs a
 *      typed-array floor in that same process and numpy, and the memory a
 *      call allocates vs the size of its input
 *   2. the adapter's overhead on an element-wise function (the bundle, in a child process)
 *   3. DEA vs scipy's linprog (HiGHS) looped per unit, when DEA is registered
 *   4. RANK_UNCERTAINTY: absolute time and ratio to a floor
 *   5. the regional family at county scale (2,800 units × 12 years) vs numpy
 *      and scipy doing the same computation (bench/regional.ts), with the
 *      longest synchronous slice of each call and the size of its result
 *   6. the green-productivity family (bench/green.ts): super-SBM with bad
 *      outputs on 1,000 units, the global Malmquist–Luenberger index (SBM and
 *      DDF) on 280 units × 12 years, vs scipy's linprog (HiGHS) looping the
 *      same LPs (bench/scipy_green.py), with slices and result sizes
 *   7. the composite-indicator workflow (bench/workflow.ts): INDEX_SENSITIVITY
 *      on 300 units × 30 indicators × 1,000 runs vs a typed-array floor;
 *      PCA_SCORE, CORRELATION_MATRIX and TREAT_OUTLIERS on 50 indicators
 *      (4,980 rows through the adapter, the most its 5 MB takes, and 10,000
 *      through the core) vs numpy/scipy (bench/numpy_workflow.py)
 *   8. blank cells sent as 0 (bench/blanks.ts): the cost of telling them from
 *      zeros, as Excel calls a function, against the adapter alone
 *   9. every function's longest synchronous slice at the most data one call
 *      carries (bench/slices.ts)
 *
 * NQP_BENCH_ONLY (function names, comma-separated) narrows sections 5 to 9 (8: ENTROPY_WEIGHTS or BLANKS; 9: SLICES for all)
 * to those functions, and skips sections 1 to 4 when it names none of theirs (section 6 also takes a row's key: sbm-super, gml-sbm,
 * gml-ddf, super-vrs; section 7 its keys: sensitivity-indices, pca-score-core, …).
 *
 * scripts/bench.js starts this under `node --expose-gc`; sections 3 to 7 run
 * here, on the sources.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { invoke, type ExcelResult } from '../src/excel/adapter';
import { specByName } from '../src/registry';
import ts from 'typescript';
import { deaCase, matrixCase, pack, readF64, writeF64, type Rows } from './data';
import { rankUncertaintyFloor } from './floors';
import { type AdapterReport, TOLERANCE, type TimingReport, maxDiff } from './child';
import { MATRIX_SIZES } from './matrix';
import { time } from './measure';
import { MEMORY_FLAGS, type MemoryReport } from './memory';
import { against, ms, ratio, table } from './table';
import { longestSlice, regionalSection } from './regional';
import { greenSection } from './green';
import { workflowSection } from './workflow';
import { blanksSection } from './blanks';
import { slicesSection } from './slices';

const ROOT = path.resolve(__dirname, '..');

const row = (v: readonly number[]): number[][] => [[...v]];

/** Calls a registered function through the adapter, as Excel would. */
export function call(name: string, args: readonly unknown[]): ExcelResult | Promise<ExcelResult> {
  const spec = specByName.get(name);
  if (!spec) throw new Error(`${name} is not registered`);
  return invoke(spec, args);
}

function check(name: string, what: string, got: readonly (readonly unknown[])[], want: readonly (readonly unknown[])[], tol = TOLERANCE): void {
  const d = maxDiff(name, got, want);
  if (!(d <= tol)) throw new Error(`${name}: the ${what} differs from the add-in by ${d}, more than ${tol}`);
}

// ---------------------------------------------------------------------------
// Python (numpy, scipy)

interface Python {
  ok: boolean;
  note: string;
}

/** The environment for Python baselines: OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE unset (they slow a current numpy). */
function pythonEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

export function probePython(module: string): Python {
  const r = spawnSync('python3', ['-c', `import ${module}; print(${module}.__version__)`], { encoding: 'utf8', env: pythonEnv() });
  if (r.error) return { ok: false, note: 'python3 not found' };
  if (r.status !== 0) return { ok: false, note: `python3 has no ${module}` };
  return { ok: true, note: `${module} ${r.stdout.trim()}` };
}

export function runPython<T>(script: string, request: unknown): T {
  const r = spawnSync('python3', [path.join(__dirname, script)], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    env: pythonEnv(),
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as T;
}

// ---------------------------------------------------------------------------
// The child processes of section 1: the production bundle and the benchmark's own files as JavaScript

/** The files the child processes load, relative to the repository: the benchmark's and the data generator's. */
const CHILD_SOURCES = [
  'bench/bundle.ts',
  'bench/child.ts',
  'bench/data.ts',
  'bench/floors.ts',
  'bench/matrix.ts',
  'bench/measure.ts',
  'bench/memory.ts',
  'src/core/shared/random.ts',
  'src/core/security/dependence-ratio.ts',
  'src/core/security/messages.ts',
  'src/core/shared/errors.ts',
  'src/core/shared/messages.ts',
  'tests/helpers/custom-functions.ts',
];

interface Children {
  dist: string;
  script: string;
  bundleBytes: number;
}

/**
 * Builds the add-in for production into tmp/dist (webpack, as npm run build,
 * without touching dist/) and transpiles the child processes' files into
 * tmp/js, so that a child runs on node alone.
 */
function prepareChildren(tmp: string): Children {
  const dist = path.join(tmp, 'dist');
  const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const build = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', dist], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the production build failed:\n${build.stdout}\n${build.stderr}`);
  return { dist, script: transpileChildSources(path.join(tmp, 'js')), bundleBytes: fs.statSync(path.join(dist, 'functions.js')).size };
}

/** The child processes' files as JavaScript under `out` (same relative paths); returns the path of child.js. */
export function transpileChildSources(out: string): string {
  for (const rel of CHILD_SOURCES) {
    const js = ts.transpileModule(fs.readFileSync(path.join(ROOT, rel), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: rel,
    });
    const file = path.join(out, rel.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, js.outputText);
  }
  return path.join(out, 'bench', 'child.js');
}

export function runChild<T>(flags: readonly string[], args: readonly (string | number)[]): T {
  const r = spawnSync(process.execPath, [...flags, ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`a benchmark child process failed: ${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

// ---------------------------------------------------------------------------
// 1. Matrix functions

interface NumpyRun {
  kernel: string;
  numpy: string;
  timings: Record<string, number>;
}

/** What each matrix function returns: a table like its data, a column (one number per unit), or one row of weights. */
const RESULT_SHAPE: Record<string, 'table' | 'column' | 'row'> = {
  NORMALIZE: 'table',
  OBSTACLE_DEGREE: 'table',
  COMPOSITE_SCORE: 'column',
  TOPSIS: 'column',
  ENTROPY_WEIGHTS: 'row',
  CRITIC_WEIGHTS: 'row',
};

/** Untimed calls before the timed runs, so that the runs time compiled code; the first call is reported apart. */
const WARM_UPS = 3;

async function matrixSection(children: Children, reps: number, tmp: string, numpy: Python, summary: Summary): Promise<void> {
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const [n, m] of MATRIX_SIZES) {
    const c = matrixCase(n, m);
    const size = `${n.toLocaleString('en')}×${m}`;
    let np: NumpyRun | null = null;
    const out = path.join(tmp, `numpy-${n}x${m}`);
    if (numpy.ok) {
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(tmp, `data-${n}x${m}.f64`);
      writeF64(file, pack(c.data));
      np = runPython<NumpyRun>('numpy_bench.py', { data: file, n, m, directions: c.directions, weights: c.weights, reps, out });
      if (!notes.some((t) => t.startsWith('numpy'))) notes.push(`numpy ${np.numpy}, OpenBLAS kernel ${np.kernel}`);
    }
    const timing = runChild<TimingReport>(['--expose-gc', children.script], ['timing', children.dist, n, m, Math.max(reps, 11), WARM_UPS, ...(np ? [out] : [])]);
    const mem = runChild<MemoryReport>([...MEMORY_FLAGS, children.script], ['memory', children.dist, n, m]);
    for (const f of timing.functions) {
      if (f.refused !== undefined || !f.addin || !f.floor) {
        rows.push([f.name, size, 'refused', '', '', '', '', '', '', '']);
        summary.add(false, `${f.name} ${size} refused`);
        if (!notes.some((t) => t.includes(f.refused ?? ''))) notes.push(`${size} refused by the add-in: ${f.refused}`);
        continue;
      }
      const { addin, floor } = f;
      const vsFloor = addin.median / floor.median;
      const npMs = np ? np.timings[f.name] * 1000 : NaN;
      const vsNumpy = addin.median / npMs;
      const alloc = mem.functions[f.name];
      const memRatio = alloc.bytes / mem.inputBytes;
      summary.add(vsFloor <= 2, `${f.name} ${size} ×floor`);
      if (np) {
        summary.add(vsNumpy <= 1, `${f.name} ${size} ×numpy`);
        // A miss the add-in cannot close in this runtime: building Excel's result alone, or the floor (when it is faster
        // than the add-in, so a real lower bound of what was tried), already takes longer than numpy.
        const shapeMs = RESULT_SHAPE[f.name] === 'table' ? timing.shape.table.median : RESULT_SHAPE[f.name] === 'column' ? timing.shape.column.median : 0;
        const bound = Math.max(shapeMs, floor.median <= addin.median ? floor.median : 0);
        if (vsNumpy > 1 && bound > npMs) summary.bounded.push(`${f.name} ${size}`);
      }
      summary.add(memRatio <= 3, `${f.name} ${size} memory`);
      rows.push([
        f.name,
        size,
        ms(addin.median),
        ms(addin.first),
        ms(floor.median),
        against(vsFloor, 2),
        np ? ms(npMs) : 'n/a',
        np ? against(vsNumpy, 1) : 'n/a',
        (alloc.bytes / 1e6).toFixed(1),
        against(memRatio, 3),
      ]);
    }
    notes.push(
      `${size}: input ${(mem.inputBytes / 1e6).toFixed(1)} MB on the JS heap as Excel's array of rows (${((n * m * 8) / 1e6).toFixed(1)} MB as float64); ` +
        `building the result alone, no computation: ${n.toLocaleString('en')} rows of ${m} numbers ${ms(timing.shape.table.median)} ms, ` +
        `${n.toLocaleString('en')} rows of 1 number ${ms(timing.shape.column.median)} ms`,
    );
  }
  console.log('\n1. Matrix functions as the production bundle registers them (Excel-shaped input; median of the runs; floors and numpy checked against the add-in to 1e-9)');
  console.log(
    table(
      [
        { title: 'function', align: 'left' },
        { title: 'size', align: 'left' },
        { title: 'add-in ms' },
        { title: '1st call' },
        { title: 'floor ms' },
        { title: '×floor (≤2×)' },
        { title: 'numpy ms' },
        { title: '×numpy (≤1×)' },
        { title: 'alloc MB' },
        { title: 'alloc/input (≤3×)' },
      ],
      rows,
    ),
  );
  if (!numpy.ok) notes.push(`numpy: not available (${numpy.note}); install Debian's python3-numpy for that column`);
  notes.push(
    `add-in: dist/functions.js of a production build of this tree (${(children.bundleBytes / 1024).toFixed(0)} KB), called as Excel calls a registered function, ` +
      `in a child process that holds only the bundle, the data and the floors; ${WARM_UPS} untimed calls first (1st call: the first of them, before V8 compiles)`,
  );
  notes.push('floor: single-pass typed-array loops over the same rows (bench/floors.ts), in the same process, timed in alternation with the add-in; numpy times the computation only, data loaded beforehand');
  notes.push(
    'alloc: bytes the call allocates on the JS heap and in typed arrays (outside the heap), garbage and result included, ' +
      'collections during the call counted; the fewest of 3 calls after 3 warm-up calls (compiled code)',
  );
  for (const t of notes) console.log(`   ${t}`);
}

// ---------------------------------------------------------------------------
// 2. Adapter overhead

async function adapterSection(children: Children, reps: number, summary: Summary): Promise<void> {
  // Three arguments of N cells each within the 5 MB a call may carry (src/excel/limits.ts).
  const N = 60_000;
  const a = runChild<AdapterReport>(['--expose-gc', children.script], ['adapter', children.dist, N, Math.max(reps, 25)]);
  const { range: r, core, cells: c } = a;
  const perCall = (c.median * 1000) / N;
  const perCallCore = (core.median * 1000) / N;
  summary.add(r.median / core.median <= 1.2, 'DEPENDENCE_RATIO range overhead');
  console.log(`\n2. Adapter overhead: ${N.toLocaleString('en')} DEPENDENCE_RATIO evaluations (imports, output, exports; kind omitted), the production bundle`);
  console.log(
    table(
      [{ title: 'how', align: 'left' }, { title: 'ms' }, { title: 'core ms' }, { title: '×core (target)' }, { title: 'µs per cell' }],
      [
        [`one spilled range of ${N.toLocaleString('en')} cells`, ms(r.median), ms(core.median), against(r.median / core.median, 1.2) + ' (≤1.2×)', ((r.median * 1000) / N).toFixed(3)],
        [`${N.toLocaleString('en')} single-cell calls`, ms(c.median), ms(core.median), `${ratio(c.median / core.median)} (report)`, perCall.toFixed(3)],
      ],
    ),
  );
  console.log(
    `   core: the core's dependenceRatio (its source as plain JavaScript) called on each cell in the same child process, results collected as Excel's rows (${perCallCore.toFixed(3)} µs per cell); ` +
      'range and core timed in alternation; the results of all three checked equal',
  );
  console.log(`   per-call cost of a registered function on a single cell: ${(perCall - perCallCore).toFixed(3)} µs over the core's`);
}

// ---------------------------------------------------------------------------
// 3. DEA

async function deaSection(quick: boolean, tmp: string, summary: Summary): Promise<void> {
  console.log('\n3. DEA: DEA_EFFICIENCY and DEA_DETAILS (CRS, input orientation; 3 inputs, 2 outputs) vs scipy linprog(method="highs") per unit');
  const names = ['DEA_EFFICIENCY', 'DEA_DETAILS'].filter((n) => specByName.has(n));
  if (names.length === 0) {
    console.log('   not available: DEA_EFFICIENCY and DEA_DETAILS are not in the registry yet');
    return;
  }
  const scipy = probePython('scipy');
  const sizes = quick ? [200, 1000] : [200, 1000, 5000];
  const rows: string[][] = [];
  const first: Record<string, number> = {};
  for (const n of sizes) {
    const { inputs, outputs } = deaCase(n);
    let scipyPerUnit = NaN;
    let scipyEff: Float64Array | null = null;
    const sample = Math.min(n, quick ? 50 : 200);
    if (scipy.ok) {
      const [fi, fo, fe] = ['in', 'out', 'eff'].map((s) => path.join(tmp, `dea-${n}-${s}.f64`));
      writeF64(fi, pack(inputs));
      writeF64(fo, pack(outputs));
      const r = runPython<{ seconds_per_unit: number }>('scipy_dea.py', { inputs: fi, outputs: fo, n, units: sample, out: fe });
      scipyPerUnit = r.seconds_per_unit * 1000;
      scipyEff = readF64(fe);
    }
    for (const name of names) {
      const spec = specByName.get(name)!;
      const args = [inputs, outputs, ...new Array(spec.params.length - 2).fill(null)];
      const result = (await call(name, args)) as ExcelResult;
      if (name === 'DEA_EFFICIENCY' && scipyEff) {
        const d = Array.from(scipyEff).reduce((w, e, i) => Math.max(w, Math.abs((result[i][0] as number) - e)), 0);
        if (!(d <= 1e-6)) throw new Error(`DEA_EFFICIENCY differs from scipy by ${d}`);
      }
      const t = await time(() => call(name, args), n >= 5000 ? 1 : quick ? 1 : 3, 20_000);
      const perUnit = t.median / n;
      first[name] ??= perUnit;
      const vs = perUnit / scipyPerUnit;
      if (scipy.ok) summary.add(vs <= 1, `${name} n=${n}`);
      rows.push([
        name,
        n.toLocaleString('en'),
        ms(t.median),
        perUnit.toFixed(3),
        scipy.ok ? `${scipyPerUnit.toFixed(3)} (${sample} units)` : 'n/a',
        scipy.ok ? against(vs, 1) : 'n/a',
        ratio(perUnit / first[name]),
      ]);
    }
  }
  console.log(
    table(
      [
        { title: 'function', align: 'left' },
        { title: 'units' },
        { title: 'total ms' },
        { title: 'ms/unit' },
        { title: 'scipy ms/unit' },
        { title: '×scipy (≤1×)' },
        { title: 'ms/unit vs n=200' },
      ],
      rows,
    ),
  );
  if (!scipy.ok) console.log(`   scipy: not available (${scipy.note})`);
  else console.log(`   ${scipy.note}; scipy's time per unit is measured on the first units of the same data (efficiencies checked to 1e-6)`);
}

// ---------------------------------------------------------------------------
// 4. RANK_UNCERTAINTY

async function rankSection(reps: number, summary: Summary): Promise<void> {
  const c = matrixCase(200, 30, 99);
  const args = [c.data, row(c.weights), row(c.directions), 0.25, 1000, 1];
  const floor = (): unknown[][] => rankUncertaintyFloor(c.data, c.directions, c.weights, 0.25, 1000, 1);
  check('RANK_UNCERTAINTY', 'floor', floor(), await call('RANK_UNCERTAINTY', args));
  const a = await time(() => call('RANK_UNCERTAINTY', args), reps);
  const f = await time(floor, reps);
  summary.add(a.median < 500, 'RANK_UNCERTAINTY time');
  // At its limit (runs × rows of data = 10,000,000): the whole call takes seconds, no slice of it may exceed 0.5 s.
  const big = matrixCase(10_000, 5, 99);
  const limitArgs = [big.data, row(big.weights), row(big.directions), 0.25, 1000, 1];
  const started = Date.now();
  const slice = await longestSlice(() => call('RANK_UNCERTAINTY', limitArgs));
  const whole = Date.now() - started;
  summary.add(slice <= 500, 'RANK_UNCERTAINTY longest slice at its limit');
  console.log('\n4. RANK_UNCERTAINTY: 200 units × 30 indicators × 1,000 runs; and at its limit, 10,000 units × 5 indicators × 1,000 runs');
  console.log(
    table(
      [{ title: 'add-in ms' }, { title: 'target' }, { title: 'floor ms' }, { title: '×floor' }, { title: 'at the limit: ms' }, { title: 'longest slice ms (≤500)' }],
      [
        [
          `${ms(a.median)} ${a.median < 500 ? 'ok' : 'MISS'}`,
          '< 500 ms',
          ms(f.median),
          `${ratio(a.median / f.median)} (report)`,
          ms(whole),
          `${ms(slice)} ${slice <= 500 ? 'ok' : 'MISS'}`,
        ],
      ],
    ),
  );
}

// ---------------------------------------------------------------------------

class Summary {
  readonly missed: string[] = [];
  /** Missed ×numpy targets where the floor or the result's construction alone is slower than numpy. */
  readonly bounded: string[] = [];
  met = 0;
  add(ok: boolean, what: string): void {
    if (ok) this.met++;
    else this.missed.push(what);
  }
}

export async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const reps = quick ? 3 : 7;
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-bench-'));
  const numpy = probePython('numpy');
  console.log(
    `NQP Toolkit benchmark${quick ? ' (--quick)' : ''}: node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ` +
      `median of ${reps} runs`,
  );
  const summary = new Summary();
  try {
    // NQP_BENCH_ONLY naming none of the functions of sections 1 to 4 skips them (and the production build).
    const only = process.env.NQP_BENCH_ONLY?.split(',').map((n) => n.trim().toUpperCase());
    const early = [...Object.keys(RESULT_SHAPE), 'DEPENDENCE_RATIO', 'DEA_EFFICIENCY', 'DEA_DETAILS', 'RANK_UNCERTAINTY'];
    if (!only || only.some((n) => early.includes(n))) {
      const children = prepareChildren(tmp);
      await matrixSection(children, reps, tmp, numpy, summary);
      await adapterSection(children, reps, summary);
      await deaSection(quick, tmp, summary);
      await rankSection(reps, summary);
    } else console.log('\n1–4. skipped: NQP_BENCH_ONLY names none of their functions');
    await regionalSection(quick, reps, tmp, numpy, runPython, summary);
    await greenSection(quick, reps, tmp, probePython('scipy'), runPython, summary);
    await workflowSection(quick, reps, tmp, probePython('scipy'), runPython, summary);
    await blanksSection(reps, summary);
    await slicesSection(quick, summary);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\n${summary.met} targets met, ${summary.missed.length} missed${summary.missed.length ? `: ${summary.missed.join('; ')}` : ''}`);
  if (summary.bounded.length > 0) {
    console.log(
      `of which bounded in this runtime (building Excel's result alone, or the floor, is slower than numpy): ${summary.bounded.join('; ')}`,
    );
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

export type { Rows };
