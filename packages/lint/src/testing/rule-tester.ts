// RuleTester: runs a rule over a table of valid and invalid Danish examples, ESLint style.
// It enforces what keeps a rule honest: unique case names, messageId-based assertions, every
// message used by some invalid case, valid options, no mutation of the document, at least six
// valid and six invalid cases, an expected output for every safe fix, every suggestion a case
// produces (its description and the text after applying it), the matched text or columns where a
// case names them, and the English messages, which must render as fully as the Danish ones.
import { describe, expect, it } from 'vitest';
import { parseStandard } from '@kvalitet/parser';
import { lintParsed } from '../engine.js';
import { validateOptions } from '../options.js';
import { applyFixes } from '../fix.js';
import type { AnyRule, MunicipalitySettings } from '../types.js';

/** A case that must give no finding. */
export interface ValidCase {
  name: string;
  markdown: string;
  /** Paragraphs for the frontmatter; default: the rule's first scope paragraph (or SEL § 85). */
  paragraphs?: string[];
  /** Document type; default kvalitetsstandard. */
  type?: 'kvalitetsstandard' | 'plan' | 'andet';
  /** Extra frontmatter lines, e.g. "godkendt-dato: 2026-01-01". */
  frontmatter?: string;
  options?: Record<string, unknown>;
  settings?: MunicipalitySettings;
  today?: string;
  /** Shown as an example on the rule's doc page. */
  doc?: boolean;
}

/** An expected finding; line is relative to `markdown` (frontmatter lines not counted). */
export interface ExpectedError {
  messageId: string;
  line?: number;
  /** The source text the finding covers (its range), e.g. the flagged phrase or sentence. */
  text?: string;
  /** 1-based columns of the finding's start and end (end exclusive, as in ESLint). */
  column?: number;
  endColumn?: number;
  /** Every suggestion the finding carries, in order: what it says it does and the Markdown after it alone is applied. */
  suggestions?: ExpectedSuggestion[];
  data?: Record<string, string | number>;
  severity?: 'error' | 'warning' | 'info';
}

/** One suggestion of a finding. */
export interface ExpectedSuggestion {
  /** The Danish description shown on the button. */
  desc: string;
  /** The case's Markdown after applying only this suggestion. */
  output: string;
}

/** A case that must give exactly the listed findings. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The Markdown after applying the safe fixes (required when a finding carries one). */
  output?: string;
}

/** The cases of one rule. */
export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Builds the full document for a case and says how many lines the frontmatter took. */
export function caseSource(rule: AnyRule, c: ValidCase): { source: string; offsetLines: number } {
  const paragraphs = c.paragraphs ?? [rule.meta.scope.paragraphs?.[0] ?? 'SEL § 85'];
  const lines = ['---', `type: ${c.type ?? 'kvalitetsstandard'}`];
  if (paragraphs.length > 0) lines.push(`paragraffer: [${paragraphs.map((p) => JSON.stringify(p)).join(', ')}]`);
  if (c.frontmatter) lines.push(...c.frontmatter.split('\n'));
  lines.push('---');
  return { source: lines.join('\n') + '\n' + c.markdown, offsetLines: lines.length };
}

/** Lints one case with only the rule under test. */
export function runCase(rule: AnyRule, c: ValidCase, lang: 'da' | 'en' = 'da') {
  const { source, offsetLines } = caseSource(rule, c);
  const parsed = parseStandard(source, { file: `${c.name}.md` });
  const before = JSON.stringify(parsed.document);
  const messages = lintParsed(parsed, {
    rules: [rule],
    settings: { [rule.id]: { severity: 'on', ...(c.options ? { options: c.options } : {}) } },
    municipality: c.settings ?? {},
    today: c.today ?? '2026-11-22',
    lang,
  });
  return { parsed, messages, source, offsetLines, mutated: JSON.stringify(parsed.document) !== before };
}

/** When set (by the docs generator), run() only records the tables instead of defining tests. */
const collectKey = Symbol.for('kvalitet.ruleTester.collect');
type Collected = Array<{ rule: AnyRule; cases: RuleCases }>;

/** Records every table run() sees while `fn` imports rule test files; used to build the docs. */
export async function collectRuleCases(load: () => Promise<unknown>): Promise<Collected> {
  const store: Collected = [];
  (globalThis as Record<symbol, unknown>)[collectKey] = store;
  try {
    await load();
  } finally {
    delete (globalThis as Record<symbol, unknown>)[collectKey];
  }
  return store;
}

/** Runs the table as vitest tests. */
export class RuleTester {
  run(rule: AnyRule, cases: RuleCases): void {
    const collecting = (globalThis as Record<symbol, unknown>)[collectKey] as Collected | undefined;
    if (collecting) {
      collecting.push({ rule, cases });
      return;
    }
    describe(rule.id, () => {
      it('has unique case names and enough cases', () => {
        const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
        expect(new Set(names).size, 'duplicate case names').toBe(names.length);
        const sources = [...cases.valid, ...cases.invalid].map((c) =>
          JSON.stringify([c.markdown, c.paragraphs, c.options, c.frontmatter, c.settings, c.today, c.type]),
        );
        expect(new Set(sources).size, 'duplicate cases').toBe(sources.length);
        expect(cases.valid.length, 'valid cases').toBeGreaterThanOrEqual(6);
        expect(cases.invalid.length, 'invalid cases').toBeGreaterThanOrEqual(6);
        expect(cases.valid.some((c) => c.doc) && cases.invalid.some((c) => c.doc), 'doc examples').toBe(true);
      });

      it('uses every message in some invalid case', () => {
        const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
        for (const id of Object.keys(rule.meta.messages)) expect(used.has(id), `messageId ${id} untested`).toBe(true);
      });

      it('has meta the engine and docs need', () => {
        expect(rule.meta.description.da.length).toBeGreaterThan(10);
        expect(rule.meta.basis.length).toBeGreaterThan(0);
        for (const [, text] of Object.entries(rule.meta.messages)) {
          const daKeys = [...text.da.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          const enKeys = [...text.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(enKeys).toEqual(daKeys);
        }
      });

      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, () => {
            if (c.options) expect(validateOptions(rule, c.options).ok, 'options must be valid').toBe(true);
            const { messages, mutated } = runCase(rule, c);
            expect(mutated).toBe(false);
            expect(messages.map((m) => `${m.messageId}: ${m.message}`)).toEqual([]);
          });
        }
      });

      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, () => {
            if (c.options) expect(validateOptions(rule, c.options).ok, 'options must be valid').toBe(true);
            const { messages, mutated, source, offsetLines } = runCase(rule, c);
            expect(mutated).toBe(false);
            const got = messages.map((m) => ({
              messageId: m.messageId,
              ...(m.line !== undefined ? { line: m.line - offsetLines } : {}),
            }));
            const want = c.errors.map((e) => ({
              messageId: e.messageId,
              ...(e.line !== undefined ? { line: e.line } : {}),
            }));
            expect(got.map((g, i) => (want[i]?.line === undefined ? { messageId: g.messageId } : g))).toEqual(want);
            c.errors.forEach((e, i) => {
              const m = messages[i]!;
              if (e.line === undefined && m.line !== undefined && c.errors.length === messages.length) {
                // Findings with a place must say where: every case with a placed finding asserts its line.
                expect
                  .soft(
                    e.line,
                    `case "${c.name}": finding ${e.messageId} has a place (line ${m.line - offsetLines}); assert it`,
                  )
                  .toBeDefined();
              }
              if (e.severity) expect(m.severity).toBe(e.severity);
              if (e.data) {
                const template = rule.meta.messages[e.messageId]!.da;
                let expected = template;
                for (const [k, v] of Object.entries(e.data)) expected = expected.replaceAll(`{${k}}`, String(v));
                expect(m.message).toBe(expected);
              }
              expect(m.message).not.toMatch(/\{\w+\}/);
              const where = `case "${c.name}": finding ${i + 1} (${e.messageId})`;
              if (e.text !== undefined) {
                expect(m.range, `${where} has no range to compare text with`).toBeDefined();
                expect(source.slice(m.range![0], m.range![1]), `${where}: matched text`).toBe(e.text);
              }
              if (e.column !== undefined) expect(m.column, `${where}: column`).toBe(e.column);
              if (e.endColumn !== undefined) expect(m.endColumn, `${where}: end column`).toBe(e.endColumn);
              // Every suggestion a finding carries is asserted: its description and its result alone.
              const wantSuggestions = e.suggestions ?? [];
              expect(
                m.suggestions.map((s) => s.desc),
                `${where}: suggestions (list each with desc and output)`,
              ).toEqual(wantSuggestions.map((s) => s.desc));
              m.suggestions.forEach((s, k) => {
                const after = source.slice(0, s.range[0]) + s.text + source.slice(s.range[1]);
                expect(after.split('\n').slice(offsetLines).join('\n'), `${where}: output of suggestion ${k + 1}`).toBe(
                  wantSuggestions[k]!.output,
                );
              });
            });
            // The English messages render as fully as the Danish ones: same findings, no placeholder left.
            const english = runCase(rule, c, 'en').messages;
            expect(english.map((m) => m.messageId)).toEqual(messages.map((m) => m.messageId));
            english.forEach((m, i) => {
              expect(m.message, `English message of finding ${i + 1}`).not.toMatch(/\{\w+\}/);
              expect(m.message.length).toBeGreaterThan(10);
              const template = rule.meta.messages[m.messageId]!.en;
              const fixed = template.split(/\{\w+\}/);
              for (const piece of fixed)
                expect(m.message, `English message of finding ${i + 1} follows its template`).toContain(piece);
              expect(m.suggestions.map((s) => s.range)).toEqual(messages[i]!.suggestions.map((s) => s.range));
            });
            const safe = messages.flatMap((m) => m.suggestions.filter((s) => s.safe));
            if (safe.length > 0 || c.output !== undefined) {
              expect(c.output, 'a case with a safe fix must give output').toBeDefined();
              const fixed = applyFixes(source, messages).output;
              expect(fixed.split('\n').slice(offsetLines).join('\n')).toBe(c.output);
            }
          });
        }
      });
    });
  }
}
