import { describe, expect, it } from 'vitest';
import { compileSchema, schemaErrorText, schemaProblems } from './index.js';

// Every keyword ajv reports, with a schema and a value that trips it: each must get Danish.
const cases: Array<[string, object, unknown, string]> = [
  ['type', { type: 'array' }, 'x', 'skal være en liste'],
  ['enum', { enum: ['a', 'b'] }, 'c', 'skal være en af „a“, „b“'],
  ['const', { const: 'a' }, 'b', 'skal være „a“'],
  ['required', { type: 'object', properties: { a: {} }, required: ['a'] }, {}, 'mangler feltet „a“'],
  [
    'dependentRequired',
    { type: 'object', properties: { a: {}, b: {} }, dependentRequired: { a: ['b'] } },
    { a: 1 },
    'mangler feltet „b“, som skal med når „a“ er der',
  ],
  ['additionalProperties', { type: 'object', additionalProperties: false }, { x: 1 }, 'ukendt felt „x“'],
  ['unevaluatedProperties', { type: 'object', unevaluatedProperties: false }, { x: 1 }, 'ukendt felt „x“'],
  ['propertyNames', { type: 'object', propertyNames: { maxLength: 2 } }, { abc: 1 }, 'har et ugyldigt feltnavn „abc“'],
  ['minProperties', { type: 'object', minProperties: 2 }, { a: 1 }, 'skal have mindst 2 felter'],
  ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, 'må højst have 1 felt'],
  ['items: false', { type: 'array', prefixItems: [{}], items: false }, [1, 2], 'må højst have 1 element'],
  [
    'unevaluatedItems',
    { type: 'array', prefixItems: [{}], unevaluatedItems: false },
    [1, 2],
    'må højst have 1 element',
  ],
  ['minItems', { type: 'array', minItems: 2 }, [1], 'skal have mindst 2 elementer'],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2], 'må højst have 1 element'],
  ['uniqueItems', { type: 'array', uniqueItems: true }, [1, 1], 'må ikke have ens elementer (nr. 1 og 2 er ens)'],
  [
    'contains',
    { type: 'array', contains: { type: 'string' } },
    [1],
    'skal indeholde mindst 1 element af den krævede slags',
  ],
  ['minLength', { type: 'string', minLength: 3 }, 'ab', 'skal være mindst 3 tegn lang'],
  ['maxLength', { type: 'string', maxLength: 1 }, 'ab', 'må højst være 1 tegn lang'],
  ['pattern', { type: 'string', pattern: '^a' }, 'b', 'skal passe til mønstret „^a“'],
  ['format date', { type: 'string', format: 'date' }, '2026-02-31', 'skal være en dato på formen ÅÅÅÅ-MM-DD'],
  ['format uri', { type: 'string', format: 'uri' }, 'ikke en adresse', 'skal være en fuld adresse (URL)'],
  ['minimum', { type: 'number', minimum: 1 }, 0, 'skal være mindst 1'],
  ['maximum', { type: 'number', maximum: 1 }, 2, 'skal være højst 1'],
  ['exclusiveMinimum', { type: 'number', exclusiveMinimum: 1 }, 1, 'skal være større end 1'],
  ['exclusiveMaximum', { type: 'number', exclusiveMaximum: 1 }, 1, 'skal være mindre end 1'],
  ['multipleOf', { type: 'number', multipleOf: 5 }, 7, 'skal gå op i 5'],
  ['oneOf', { oneOf: [{ type: 'string' }, { type: 'number' }] }, true, 'skal have præcis én af de tilladte former'],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'number' }] }, true, 'skal have en af de tilladte former'],
  ['not', { not: { type: 'string' } }, 'x', 'har en form, der ikke er tilladt her'],
  [
    'if/then',
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword, not a promise.
    { type: 'string', if: { minLength: 1 }, then: { minLength: 2 } },
    'x',
    'opfylder ikke betingelsen („then“-delen)',
  ],
  ['false schema', { type: 'object', properties: { a: false } }, { a: 1 }, 'er ikke tilladt her'],
];

describe('Danish schema messages', () => {
  it.each(cases)('%s', (_name, schema, value, text) => {
    const validate = compileSchema(schema, { strictTuples: false });
    expect(validate(value)).toBe(false);
    const texts = (validate.errors ?? []).map(schemaErrorText);
    expect(texts).toContain(text);
    // None of ajv's English reaches the user.
    for (const t of texts) expect(t).not.toMatch(/\bmust\b|\bshould\b|NOT/);
  });

  it('names several allowed types', () => {
    const error = { keyword: 'type', instancePath: '', schemaPath: '#/type', params: { type: 'string,number,null' } };
    expect(schemaErrorText(error)).toBe('skal være en tekst, et tal eller null');
  });

  it('places each problem at its JSON path, the whole value as the root name', () => {
    const validate = compileSchema({
      type: 'object',
      properties: { a: { type: 'array', items: { type: 'string' } }, b: {} },
      required: ['b'],
    });
    expect(validate({ a: ['x', 1] })).toBe(false);
    expect(schemaProblems(validate.errors, '(konfigurationen)')).toEqual([
      '(konfigurationen): mangler feltet „b“',
      '/a/1: skal være en tekst',
    ]);
  });

  it('checks "date" with the project\'s one date validator', () => {
    const validate = compileSchema({ type: 'string', format: 'date' });
    expect(validate('2028-02-29')).toBe(true);
    expect(validate('2026-02-29')).toBe(false);
    expect(validate('2026-13-01')).toBe(false);
  });
});
