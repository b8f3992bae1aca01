import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { da } from '@kvalitet/model';
import { splitSentences } from '@kvalitet/language';
import { describe, expect, it } from 'vitest';
import { complaintWords, deadlineWords } from './detect.js';
import { prefilter, requiredWords } from './prefilter.js';

describe('requiredWords', () => {
  it('reads the words a match must contain', () => {
    expect(requiredWords(/frist/)).toEqual([['frist']]);
    expect(requiredWords(/a(b|c)d/)).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(requiredWords(/\b(klage\w*|påklag\w*|ankestyrelsen)\b/i)).toEqual([['klage', 'påklag', 'ankestyrelsen']]);
    expect(requiredWords(/(inden|senest)\s+\d+\s+(hverdage|dage)/)).toEqual([
      ['inden', 'senest'],
      ['hverdage', 'dage'],
    ]);
    expect(requiredWords(/Frist(en)? for (behandling|svar)/i)).toEqual([['frist'], [' for '], ['behandling', 'svar']]);
    expect(requiredWords(/maks(imalt|\.)?\s+\d/)).toEqual([['maks']]);
    expect(requiredWords(/(?<![\p{L}])højst(?![\p{L}])/u)).toEqual([['højst']]);
    expect(requiredWords(/\u00a7\s*85/u)).toEqual([['§'], ['85']]);
    expect(requiredWords(/\d+ dage|uger?/)).toEqual([[' dage', 'uge']]);
    expect(requiredWords(/fri+t/)).toEqual([['fr'], ['i'], ['t']]);
  });
  it('gives nothing where a match may hold no fixed word', () => {
    expect(requiredWords(/\d+|dage/)).toEqual([]);
    expect(requiredWords(/(frist)?\s*\d/)).toEqual([]);
    expect(requiredWords(/[a-z]+/)).toEqual([]);
    expect(requiredWords(/a|/)).toEqual([]);
    // Inside (?-i:…) the case counts, so nothing is read from it for lower-cased text.
    expect(requiredWords(/(?-i:Kommune)/i)).toEqual([]);
  });
});

// The prefilter may only skip texts the pattern cannot match: checked on every sentence of the
// example standards, fixtures and the rules' own test texts.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
function texts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'dist') walk(join(dir, e.name));
      else if (/\.(md|ts)$/.test(e.name)) out.push(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  for (const d of ['standards', 'tests/fixtures', 'packages/lint/src/rules']) walk(join(repo, d));
  return out.flatMap((t) => splitSentences(t).map((s) => t.slice(s.start, s.end)));
}

describe('prefilter', () => {
  const sentences = texts();
  const patterns = [
    complaintWords,
    deadlineWords,
    da(String.raw`\b(frit[ -]valg|frit (kan )?vælge|vælge frit|valgfrihed|retten til at vælge)\b`),
    da(String.raw`\b(inden|senest|indenfor|inden for)\s+\S+\s+(hverdage|dage|uger|måneder)\s+(efter|fra)\s+\w+`),
  ];
  it('never skips a sentence the pattern matches', () => {
    expect(sentences.length).toBeGreaterThan(1000);
    for (const re of patterns) {
      const may = prefilter(re);
      let matched = 0;
      for (const s of sentences) {
        if (!re.test(s)) continue;
        matched++;
        expect(may(s.toLowerCase()), `${re.source} on „${s}“`).toBe(true);
      }
      expect(matched, re.source).toBeGreaterThan(0);
    }
  });
  it('skips sentences without the words', () => {
    const may = prefilter(complaintWords);
    expect(may('du kan klage over afgørelsen')).toBe(true);
    expect(may('du får hjælp i hjemmet')).toBe(false);
    // Every part of a pattern counts: a step word without a deadline word is not enough.
    const step = prefilter(/(inden|senest)\s+\d+\s+(dage|uger)/);
    expect(step('senest 3 uger')).toBe(true);
    expect(step('senest i morgen')).toBe(false);
  });
});
