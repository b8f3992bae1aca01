/// <reference types="vite/client" />
// Keeps packages/lint/docs/rules/ in step with the rules and their test tables.
// Regenerate with: npm run docs
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderIndex, renderRuleDoc } from './docs.js';
import { rules } from './rules/index.js';
import { collectRuleCases } from './testing/rule-tester.js';

const testFiles = import.meta.glob('./rules/*.test.ts');

describe('rule docs', async () => {
  const collected = await collectRuleCases(async () => {
    for (const load of Object.values(testFiles)) await load();
  });

  it('has a test table for every rule, and a file per rule named after its id', async () => {
    expect(collected.map((c) => c.rule.id).sort()).toEqual(rules.map((r) => r.id).sort());
    const files = (await readdir(new URL('./rules/', import.meta.url))).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
    );
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  for (const { rule, cases } of collected) {
    it(`docs/rules/${rule.id}.md is fresh`, async () => {
      await expect(renderRuleDoc(rule, cases)).toMatchFileSnapshot(`../docs/rules/${rule.id}.md`);
    });
  }

  it('docs/rules/README.md is fresh', async () => {
    await expect(renderIndex(rules)).toMatchFileSnapshot('../docs/rules/README.md');
  });
});
