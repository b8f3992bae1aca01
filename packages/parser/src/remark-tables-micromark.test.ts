// Pins what the guarded table construct (remark-tables.ts) assumes of micromark's internals, so
// that an upgrade of micromark or its GFM table extension that changes them fails here rather
// than silently making the guard wrong or useless:
// - gfmTable() has one flow construct, at the code `null` (tried at the start of every line);
// - micromark calls it once per line of a paragraph, with `this.now().line` the line it starts on;
// - a table begins on the line before its delimiter row (tableStartLines), and body rows are
//   tried right after a tableHead or tableRow event.
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { describe, expect, it, vi } from 'vitest';

interface Attempt {
  line: number;
  after: string | undefined;
  ok: boolean;
}
const attempts: Attempt[] = [];

// The real gfmTable, with its tokenizer wrapped to record each attempt that reaches it.
vi.mock('micromark-extension-gfm-table', async (importOriginal) => {
  const original = await importOriginal<typeof import('micromark-extension-gfm-table')>();
  return {
    ...original,
    gfmTable: () => {
      const extension = original.gfmTable();
      const construct = extension.flow!['null'] as Construct;
      const tokenize = construct.tokenize;
      return {
        ...extension,
        flow: {
          null: {
            ...construct,
            tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
              const events = this.events.filter((e) => e[1].type !== 'lineEnding' && e[1].type !== 'linePrefix');
              const attempt: Attempt = { line: this.now().line, after: events.at(-1)?.[1].type, ok: false };
              attempts.push(attempt);
              return tokenize.call(
                this,
                effects,
                (code) => {
                  attempt.ok = true;
                  return ok(code);
                },
                nok,
              );
            },
          },
        },
      };
    },
  };
});

const { default: remarkTables, tableStartLines } = await import('./remark-tables.js');

let lines: Set<number> | undefined;
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTables);
const guarded = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkTables, { startLines: () => lines });

const prose = Array.from({ length: 200 }, (_, i) => `Linje ${i + 1} i et langt afsnit uden tabel`).join('\n');
const table = '| Ydelse | Timer |\n| --- | ---: |\n| Bostøtte | 4 |\n| Ledsagelse | 15 |';
const text = `# Titel\n\n${prose}\n\n${table}\n\nEfter tabellen.\n`;
const headLine = text.split('\n').indexOf('| Ydelse | Timer |') + 1;

function attemptsOf(parse: () => unknown): Attempt[] {
  attempts.length = 0;
  parse();
  return [...attempts];
}

describe('what the table guard assumes of micromark', () => {
  it('gfmTable has one flow construct, tried at any character (the code null)', async () => {
    const { gfmTable } = await vi.importActual<typeof import('micromark-extension-gfm-table')>(
      'micromark-extension-gfm-table',
    );
    const flow = gfmTable().flow!;
    expect(Object.keys(flow)).toEqual(['null']);
    expect((flow['null'] as Construct).name).toBe('table');
  });

  it('micromark tries the table construct on every line of a paragraph', () => {
    const all = attemptsOf(() => plain.parse(text));
    expect(all.length).toBeGreaterThanOrEqual(200);
    // One attempt per line, each at the line it starts on.
    const prosLines = new Set(all.filter((a) => a.line > 2 && a.line < 203).map((a) => a.line));
    expect(prosLines.size).toBe(200);
  });

  it('a table starts at its head row line, and body rows right after a head or a row', () => {
    const all = attemptsOf(() => plain.parse(text));
    const succeeded = all.filter((a) => a.ok);
    expect(succeeded.map((a) => a.line)).toEqual([headLine, headLine + 2, headLine + 3]);
    expect(tableStartLines(text).has(headLine)).toBe(true);
    expect(succeeded.slice(1).map((a) => a.after)).toEqual(['tableHead', 'tableRow']);
  });

  it('the guard lets through only the head line and the rows after it: the speed-up holds', () => {
    lines = tableStartLines(text);
    const passed = attemptsOf(() => guarded.parse(text));
    lines = undefined;
    expect(passed.filter((a) => a.ok).map((a) => a.line)).toEqual([headLine, headLine + 2, headLine + 3]);
    expect(passed.length).toBeLessThanOrEqual(6);
  });
});
