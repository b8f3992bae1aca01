import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTypes, targets } from '../../../../scripts/generate-types.ts';

describe('generated types', () => {
  it.each(targets)('$out is fresh (run "npm run generate" after changing $schema)', async ({ schema, out }) => {
    const current = await readFile(new URL(`../../../../${out}`, import.meta.url), 'utf8');
    expect(current).toBe(await renderTypes(schema));
  });
});
