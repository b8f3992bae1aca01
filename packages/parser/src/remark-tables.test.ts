// The guarded table construct must give exactly the tree the plain one gives: it may only skip
// attempts that cannot succeed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkTables, { tableStartLines } from './remark-tables.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let lines: Set<number> | undefined;
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTables);
const guarded = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkTables, { startLines: () => lines });
const parseGuarded = (text: string) => {
  lines = tableStartLines(text);
  try {
    return guarded.parse(text);
  } finally {
    lines = undefined;
  }
};

const cases: Array<[string, string]> = [
  ['simple', '| Ydelse | Timer |\n| --- | ---: |\n| Bostøtte | 4 |\n| Ledsagelse | 15 |\n'],
  ['no outer pipes', 'Ydelse | Timer\n- | -\nBostøtte | 4\n'],
  ['escaped pipes and code', '| a | b |\n| :-: | - |\n| x \\| y | `c | d` |\n'],
  ['interrupts a paragraph', 'Tekst før tabellen\n| a | b |\n| - | - |\n| 1 | 2 |\n'],
  ['body rows without pipes', '| a |\n| - |\nb\nc\n\nEfter tabellen.\n'],
  ['in a block quote', '> | a | b |\n> | - | - |\n> | 1 | 2 |\n> lazy\n'],
  ['lazy delimiter is not a table', '> | a | b |\n| - | - |\n'],
  ['in a list item', '- Punkt\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n- Næste\n'],
  ['tab-indented in a nested list', '1. Et\n   - To\n\n\t| a | b |\n\t| - | - |\n'],
  ['setext and rules', 'Titel\n---\n\n| x |\n|---|\n| y |\n\n***\n\nAfsnit\n===\n'],
  ['crlf', '| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n\r\nTekst\r\n'],
  ['after frontmatter', '---\ntitel: X\n---\n| a |\n| - |\n| 1 |\n'],
  ['not a table', 'a | b\nintet skillelinje\n\n| a |\nb\n'],
  ['two tables back to back', '| a |\n| - |\n| 1 |\n| b | c |\n| - | - |\n'],
  ['head row continues a paragraph line', 'Første linje\nanden | linje\n--- | ---\nc | d\n'],
  ['strikethrough beside', '~~slettet~~ tekst\n\n| a |\n| - |\n'],
  ['delimiter with spaces and colons', '|  a  |  b  |\n|:----|----:|\n|  1  |  2  |\n'],
];

describe('the guarded table construct', () => {
  it.each(cases)('%s: same tree as plain GFM tables', (_, text) => {
    expect(parseGuarded(text)).toEqual(plain.parse(text));
  });

  it('finds the head-row lines', () => {
    expect([...tableStartLines('x\n| a |\n| - |\ny\n')]).toEqual([2]);
    expect([...tableStartLines('a\r\n---\r\n')]).toEqual([1]);
  });

  it('gives the same trees for every example standard and fixture', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.md')) files.push(join(dir, e.name));
      }
    };
    walk(join(repo, 'standards'));
    walk(join(repo, 'tests/fixtures'));
    walk(join(repo, 'packages/import/src'));
    expect(files.length).toBeGreaterThan(5);
    let withTables = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const tree = plain.parse(text);
      if (JSON.stringify(tree).includes('"table"')) withTables++;
      expect(parseGuarded(text), f).toEqual(tree);
    }
    expect(withTables).toBeGreaterThan(0);
  });
});
