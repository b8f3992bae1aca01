import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config-file.js';
import { isIgnored, resolveRuleSettings, validateConfig } from './config.js';
import { rules } from './rules/index.js';

describe('validateConfig', () => {
  it('accepts a full configuration', () => {
    const r = validateConfig(
      {
        extends: ['kvalitet:recommended'],
        rules: { 'no-placeholder': 'warning', 'require-section': ['error', { exclude: ['levering'] }] },
        overrides: [{ files: ['standards/norddjurs/**'], rules: { 'require-approval': 'off' } }],
        municipality: {
          name: 'Eksempel Kommune',
          generalInformation: { title: 'Generel information' },
          effectiveDate: '2026-01-01',
        },
      },
      rules,
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    [{ rules: { 'no-such-rule': 'error' } }, 'ukendt regel „no-such-rule“'],
    [{ rules: { 'no-placeholder': 'loud' } }, '/rules/no-placeholder'],
    [{ kommune: 'X' }, 'ukendt felt „kommune“'],
    [{ municipality: { effectiveDate: '1. januar' } }, '/municipality/effectiveDate'],
    [{ extends: ['eslint:recommended'] }, '/extends/0'],
  ])('rejects %j', (value, problem) => {
    const r = validateConfig(value, rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toContain(problem);
  });

  it.each([
    [{ extends: 'kvalitet:recommended' }, '/extends: skal være en liste'],
    [{ ignore: [3] }, '/ignore/0: skal være en tekst'],
    [{ baseline: false }, '/baseline: skal være en tekst'],
    [{ overrides: [{ files: [] }] }, '/overrides/0: mangler feltet „rules“'],
    [{ overrides: [{ files: [], rules: {} }] }, '/overrides/0/files: skal have mindst 1 element'],
    [{ rules: { 'no-placeholder': ['error', {}, 3] } }, '/rules/no-placeholder: må højst have 2 elementer'],
    [{ rules: { 'no-placeholder': ['error', 'x'] } }, '/rules/no-placeholder/1: skal være et objekt med felter'],
    [{ rules: { 'no-placeholder': 'loud' } }, '/rules/no-placeholder: skal have præcis én af de tilladte former'],
    [{ municipality: { generalInformation: { title: 'x' } } }, 'title: skal være mindst 3 tegn lang'],
    [{ municipality: { effectiveDate: '2026-02-31' } }, 'effectiveDate: skal være en dato på formen ÅÅÅÅ-MM-DD'],
    [[], '(roden): skal være et objekt med felter'],
  ])('says what is wrong with %j in Danish, at its JSON path', (value, problem) => {
    const r = validateConfig(value, rules);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain(r.problems.find((p) => p.includes(problem)));
    // No English from the schema validator ("must be array", "must NOT have fewer than 1 items").
    for (const p of r.problems) expect(p).not.toMatch(/\bmust\b|\bshould\b|\bitems?\b|\bproperty\b/);
  });
});

describe('resolveRuleSettings', () => {
  const config = {
    extends: ['kvalitet:recommended'],
    rules: { 'require-approval': 'error' as const },
    overrides: [
      {
        files: ['standards/norddjurs/**'],
        rules: {
          'require-approval': 'off' as const,
          'require-section': ['on', { exclude: ['levering'] }] as ['on', Record<string, unknown>],
        },
      },
    ],
    ignore: ['standards/arkiv/**'],
  };
  it('applies presets, rules and matching overrides in order', () => {
    expect(resolveRuleSettings(config, 'standards/thisted/a.md', rules)['require-approval']).toEqual({
      severity: 'error',
    });
    const n = resolveRuleSettings(config, 'standards/norddjurs/a.md', rules);
    expect(n['require-approval']).toEqual({ severity: 'off' });
    expect(n['require-section']).toEqual({ severity: 'on', options: { exclude: ['levering'] } });
    expect(n['no-placeholder']).toEqual({ severity: 'on' });
  });
  it('turns every rule off without the preset', () => {
    expect(Object.values(resolveRuleSettings({}, 'a.md', rules)).every((s) => s.severity === 'off')).toBe(true);
  });
  it('ignores files', () => {
    expect(isIgnored(config, 'standards/arkiv/gammel.md')).toBe(true);
    expect(isIgnored(config, 'standards/thisted/a.md')).toBe(false);
  });
});

describe('loadConfig on a bad file', () => {
  const withConfig = async (text: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-config-'));
    await writeFile(join(dir, 'kvalitet.config.json'), text);
    return { dir, file: join(dir, 'kvalitet.config.json') };
  };
  it('names the file and the line and column of broken JSON, in Danish', async () => {
    const { dir, file } = await withConfig('{\n  "rules": {},\n}\n');
    await expect(loadConfig(dir, undefined, rules)).rejects.toThrow(
      `${file}: konfigurationen er ikke gyldig JSON (linje 3, kolonne 1: uventet „}“).`,
    );
    const empty = await withConfig('');
    await expect(loadConfig(empty.dir, undefined, rules)).rejects.toThrow('(filen er tom)');
    const cut = await withConfig('{"rules": {');
    await expect(loadConfig(cut.dir, undefined, rules)).rejects.toThrow(
      '(linje 1, kolonne 12: filen slutter for tidligt)',
    );
  });
  it('names the file and the JSON path of each schema problem, without English', async () => {
    const { dir, file } = await withConfig(JSON.stringify({ extends: 'kvalitet:recommended', ignore: [1] }));
    const error = await loadConfig(dir, undefined, rules).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      `${file}: konfigurationen er ugyldig:\n  - /extends: skal være en liste\n  - /ignore/0: skal være en tekst`,
    );
  });
});
