/**
 * Section 8 of npm run bench: what telling blank cells from zeros costs
 * (src/excel/blank-cells.ts). Where Excel sends an empty cell as 0, a call
 * whose arguments are ranges holding a 0 reads the cells' types and turns the
 * empty ones into blanks before the function computes. Timed here, in this
 * process, through src/excel/functions.ts's `call` as Excel makes the call,
 * against the adapter given the web's arguments directly:
 *
 *   - no argument holds a 0: only the scan for zeros (no read);
 *   - the zeros are blanks: the scan, the copy of the rows that change, with a
 *     stand-in reader that answers at once. The read itself is one Excel.run
 *     with one sync per formula, Excel's own time, which no test here can
 *     measure (it is a round trip to the host, on the desktop in-process).
 *
 * The results are checked equal to the web's before timing.
 */
import type { ExcelResult } from '../src/excel/adapter';
import { invoke } from '../src/excel/adapter';
import type { CellKindReader, CellKinds } from '../src/excel/blank-cells';
import { call as callAsExcel } from '../src/excel/functions';
import { specByName } from '../src/registry';
import { matrixCase } from './data';
import { time } from './measure';
import { ms, ratio, table } from './table';

interface Summary {
  add(ok: boolean, what: string): void;
}

/** `rows` of data in a taller selection: the rows past the data are blank (null on the web, 0 where Excel sends 0). */
function selection(rows: number, cols: number, extra: number, seed: number): { web: (number | null)[][]; zeros: number[][]; kinds: CellKinds } {
  const c = matrixCase(rows, cols, seed);
  const web: (number | null)[][] = [...c.data.map((r) => [...r]), ...Array.from({ length: extra }, () => Array<null>(cols).fill(null))];
  const zeros = web.map((r) => r.map((v) => v ?? 0));
  // What Excel reads of the range clipped to the used range: the data rows only.
  const kinds: CellKinds = { row: 0, column: 0, types: c.data.map((r) => r.map(() => 'Double')) };
  return { web, zeros, kinds };
}

const same = (a: ExcelResult, b: ExcelResult): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function blanksSection(reps: number, summary: Summary): Promise<void> {
  const spec = specByName.get('ENTROPY_WEIGHTS')!;
  const only = process.env.NQP_BENCH_ONLY?.split(',').map((n) => n.trim().toUpperCase());
  if (only && !only.includes('ENTROPY_WEIGHTS') && !only.includes('BLANKS')) return;
  const cases = [
    { what: '30 provinces × 12 indicators selected as B2:M100 (69 blank rows)', ...selection(30, 12, 69, 3) },
    { what: '8,000 rows × 20 in a selection of 10,000 (2,000 blank rows)', ...selection(8_000, 20, 2_000, 5) },
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    const addresses = { parameterAddresses: ['Data!B2:U10001', '', '', ''] };
    const reader: CellKindReader = async () => [c.kinds];
    const web = () => invoke(spec, [c.web, null, null, null]);
    const restored = () => callAsExcel(spec, [c.zeros, null, null, null, addresses], reader, () => true);
    // Real data without a 0: the scan finds none and nothing is read.
    const full = c.web.slice(0, c.kinds.types.length) as number[][];
    const plain = () => invoke(spec, [full, null, null, null]);
    const scanned = () => callAsExcel(spec, [full, null, null, null, addresses], reader, () => true);
    if (!same(await restored(), await web()) || !same(await scanned(), await plain())) throw new Error(`blank cells: ${c.what} differs from the web's result`);
    const w = await time(web, reps);
    const r = await time(restored, reps);
    const p = await time(plain, reps);
    const s = await time(scanned, reps);
    // The scan is one pass over Excel's rows: its target is a fixed 0.1 ms (the call's own bookkeeping, within the
    // timer's noise) plus 5 ns a cell, a fraction of what reading the cells from Excel costs in the first place.
    const cells = full.length * full[0].length;
    const extra = s.median - p.median;
    const target = 0.1 + (5e-6 * cells);
    summary.add(extra <= target, `blank-cell scan (${c.what})`);
    rows.push([
      c.what,
      ms(p.median),
      ms(s.median),
      `${(extra * 1000).toFixed(0)} µs ${extra <= target ? 'ok' : 'MISS'} (≤${(target * 1000).toFixed(0)} µs)`,
      ms(w.median),
      ms(r.median),
      `${ratio(r.median / w.median)} (report)`,
    ]);
  }
  console.log("\n8. Blank cells sent as 0 (src/excel/blank-cells.ts): ENTROPY_WEIGHTS called as Excel calls it, against the adapter given the web's arguments");
  console.log(
    table(
      [
        { title: 'data', align: 'left' },
        { title: 'no 0: adapter ms' },
        { title: 'with scan ms' },
        { title: 'scan adds (target)' },
        { title: 'blanks as 0: web ms' },
        { title: 'restored ms' },
        { title: '×web' },
      ],
      rows,
    ),
  );
  console.log(
    '   restored: the scan, the read answered at once by a stand-in, the rows with blanks copied, then the call; ' +
      "Excel's read itself (one Excel.run, one sync per formula, on Windows and Mac only) is a round trip to the host that cannot be timed here",
  );
}
