import { describe, expect, it } from 'vitest';
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
