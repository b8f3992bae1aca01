import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateOptions } from './options.js';
import { rules } from './rules/index.js';

describe('validateOptions', () => {
  const withSchema = rules.filter((r) => r.meta.optionsSchema);

  it('has rules with an options schema to check', () => {
    expect(withSchema.length).toBeGreaterThan(0);
  });

  it.each(withSchema.map((r) => [r.id, r] as const))(
    '%s: the defaults it fills in without ajv are the ones ajv fills in, and they are valid',
    (_, rule) => {
      const expected: Record<string, unknown> = structuredClone({ ...(rule.defaultOptions ?? {}) });
      const validate = new Ajv({ useDefaults: true, strict: true, allErrors: true }).compile(rule.meta.optionsSchema!);
      expect(validate(expected), JSON.stringify(validate.errors)).toBe(true);
      expect(validateOptions(rule, undefined)).toEqual({ ok: true, options: expected });
    },
  );

  it('still validates options a user sets', () => {
    const rule = withSchema[0]!;
    const result = validateOptions(rule, { ukendt: true });
    expect(result.ok).toBe(false);
  });
});
