/**
 * Size budgets of the built add-in (npm test builds dist/ first). Excel loads
 * functions.js before any custom function can recalculate, and the task pane
 * bundle before the pane shows, so both are kept small; the LP solver (HiGHS)
 * is a separate chunk, loaded only when a DEA function is called, and so are
 * the ISIC classification (the ISIC functions) and the template definitions, loaded when the gallery opens: none is counted here. Sizes are gzip (level 9), as served.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { DIST, distFile } from '../helpers/dist';

const KB = 1024;

/** The budgets, gzip bytes. */
const BUDGETS: Record<string, number> = {
  // The maths, the registry's argument specs and the adapter; the specs' texts are dropped from it (scripts/spec-text-loader.js):
  // 62 KB with the regional family (it was 145 KB with the texts), 78 KB with the green and composite-workflow families,
  // 72 KB once the ISIC Rev.4 classification became a chunk of its own (isic.js, 8.5 KB), loaded by the ISIC functions' first call;
  // 81 KB with every message as a template of a catalogue (src/core/shared/messages.ts, src/excel/messages.ts), so that Excel
  // in Chinese can show it in Chinese: the English templates stay here (a message is needed at once, English by default),
  // the Chinese is a chunk of its own (messages-zh.js, 15 KB), fetched only where Excel is Chinese.
  'functions.js': 88 * KB,
  // The pane carries the function catalogue with its bilingual help (about 82 KB of it), the glossary, the template catalogue
  // and the maths for the live examples: 146 KB when set, 246 KB with the regional family, 278 KB with the green family, and
  // 240 KB once the template definitions became a chunk of their own (templates.js, 42 KB, fetched when the gallery opens).
  // Headroom for growth, not for a second copy of the maths; the next step when it grows is to load the glossary on first use.
  // The maths itself left the pane with the composite-indicator workflow (291 KB with it): the pane's specs have no
  // compute (webpack's "pane" layer), and the preview's live examples load live.js, the specs whole, when first computed.
  'taskpane.js': 256 * KB,
};

const gzipSize = (text: string): number => zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

describe('bundle size budgets (gzip)', () => {
  it.each(Object.entries(BUDGETS))('%s is within its budget', (file, budget) => {
    const size = gzipSize(distFile(file));
    console.log(`${file}: ${kb(size)} gzip, budget ${kb(budget)} (${((100 * size) / budget).toFixed(0)}% used)`);
    expect(size).toBeLessThanOrEqual(budget);
  });

  it('functions.js holds no help text of the specs (the pane, the help pages and functions.json carry them)', () => {
    const functions = distFile('functions.js');
    const pane = distFile('taskpane.js');
    // Distinctive sentences of three specs' help, in both languages, and of help passages several specs share (SBM_MODEL, DEA_DATA_RULE).
    for (const text of [
      'Dagum (1997): G = ',
      'half the mean absolute difference between all pairs',
      '所有两两之差绝对值的平均数的一半',
      'scores a unit by all its slacks at once',
      '用全部松弛而不是单一径向比例评价单位',
      'a common rule of thumb asks for at least',
    ]) {
      expect({ text, inFunctions: functions.includes(text), inPane: pane.includes(text) }).toEqual({ text, inFunctions: false, inPane: true });
    }
  });

  it('leaves the maths out of taskpane.js: the pane shows the specs, the preview computes with live.js', () => {
    // Messages that only the core's code holds (SBM_EFFICIENCY's zero rule, the green family's infeasible models).
    for (const text of ['which the slacks-based measure divides by', 'no combination of the reference units can serve as its frontier']) {
      expect({ text, inFunctions: distFile('functions.js').includes(text), inLive: distFile('live.js').includes(text), inPane: distFile('taskpane.js').includes(text) }).toEqual({
        text,
        inFunctions: true,
        inLive: true,
        inPane: false,
      });
    }
  });

  it('leaves the LP solver out of functions.js and the task pane bundle (a chunk of its own)', () => {
    // Names of HiGHS's C API, which only the solver's own code contains.
    for (const file of Object.keys(BUDGETS)) expect(distFile(file)).not.toMatch(/Highs_[a-zA-Z]+/);
    const chunks = fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith('.js') && !(f in BUDGETS))
      .map((f) => `${f} ${kb(gzipSize(fs.readFileSync(path.join(DIST, f), 'utf8')))} gzip`);
    console.log(`lazily loaded chunks, not counted: ${chunks.length > 0 ? chunks.join(', ') : 'none'}`);
  });
});
