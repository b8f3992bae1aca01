// Guards the linter's accuracy on the development corpus against regressions: no rule may find
// fewer planted findings or raise more false alarms than the floor in accuracy-floor.json.
// Skips with a notice where ../shared is absent (a clone elsewhere has none).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regressions, score, scorerAvailable, type Score } from './accuracy.ts';

const available = scorerAvailable();
if (!available) console.warn('Springer nøjagtighedstesten over: ../shared/corpus findes ikke i denne klon.');

describe.skipIf(!available)('accuracy on the development corpus', () => {
  it('no rule falls below the floor', () => {
    const floor = JSON.parse(readFileSync(new URL('./accuracy-floor.json', import.meta.url), 'utf8')) as Score;
    const now = score();
    expect(regressions(now, floor)).toEqual([]);
    expect(now.recall).toBeGreaterThanOrEqual(floor.recall - 1e-9);
  }, 120_000);
});

describe('regressions()', () => {
  const fig = (found: number, flagged: number) => ({ must: 6, found, never: 6, flagged, other: 0 });
  const s = (perRule: Score['perRule']): Score => ({ recall: 0, falseRate: 0, total: fig(0, 0), perRule });
  it('reports fewer found and more flagged', () => {
    expect(regressions(s({ a: fig(4, 2) }), s({ a: fig(5, 1) }))).toHaveLength(2);
    expect(regressions(s({ a: fig(5, 1) }), s({ a: fig(5, 1) }))).toEqual([]);
  });
});
