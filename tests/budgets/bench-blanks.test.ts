/**
 * npm run bench, section 8 (bench/blanks.ts), so that it cannot rot
 * unnoticed: it runs, checks each case equal to the web's result before
 * timing (it throws otherwise) and prints its two rows. Nothing is timed
 * against a target here.
 */
import { blanksSection } from '../../bench/blanks';

test('section 8 runs, checks its results against the web\'s and prints a row per case', async () => {
  const printed: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  const verdicts: string[] = [];
  try {
    await blanksSection(1, { add: (_ok, what) => void verdicts.push(what) });
  } finally {
    log.mockRestore();
  }
  const text = printed.join('\n');
  expect(text).toMatch(/^\n?8\. Blank cells sent as 0/m);
  expect(text).toMatch(/30 provinces × 12 indicators selected as B2:M100/);
  expect(text).toMatch(/8,000 rows × 20 in a selection of 10,000/);
  expect(verdicts).toHaveLength(2);
}, 60_000);
