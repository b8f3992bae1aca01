import { describe, expect, it } from 'vitest';
import { da, native } from './text.js';

describe('da', () => {
  it('gives \\b and \\w Danish letters, also inside character classes', () => {
    expect(da(String.raw`\bpå\b`).test('hjælp på stedet')).toBe(true);
    expect(/\bpå\b/.test('hjælp på stedet')).toBe(false);
    expect(da(String.raw`\bøn\w+`).exec('et ønske')?.[0]).toBe('ønske');
    expect(da(String.raw`[\w-]+\.dk`).exec('se norddjurs-kommune.dk')?.[0]).toBe('norddjurs-kommune.dk');
  });

  it('keeps case-insensitivity for the pattern and treats digits, "_" and combining marks as part of a word', () => {
    expect(da(String.raw`\bPÅ\b`).test('hjælp på stedet')).toBe(true);
    expect(da(String.raw`\bpå\b`, '').test('hjælp PÅ stedet')).toBe(false);
    // "på" written with a combining ring (as PDF extraction gives it) is still one word:
    expect(da(String.raw`\bpa\b`).test('hjælp pa\u030A stedet')).toBe(false);
    expect(da(String.raw`\bpa\u030A\b`).test('hjælp pa\u030A stedet')).toBe(true);
    expect(da(String.raw`\b85\b`).test('§ 85a')).toBe(false);
    expect(da(String.raw`\b85\b`).test('§ 85, stk. 1')).toBe(true);
    expect(da(String.raw`\bfoo\b`).test('foo_bar')).toBe(false);
    expect(da(String.raw`\bbo\w*`).exec('BOSTØTTE i eget hjem')?.[0]).toBe('BOSTØTTE');
  });
});

describe('native', () => {
  it('returns the same expression with its lastIndex untouched', () => {
    const re = /a+/g;
    re.lastIndex = 2;
    expect(native(re)).toBe(re);
    expect(re.lastIndex).toBe(2);
    expect(re.exec('xxaaa')?.index).toBe(2);
  });

  it('leaves a global da() expression ready to search from the start', () => {
    const re = da(String.raw`\s+`, 'g');
    expect(re.lastIndex).toBe(0);
    expect('a b  c'.match(re)).toEqual([' ', '  ']);
  });
});
