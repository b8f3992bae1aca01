import { describe, expect, it } from 'vitest';
import { da } from './text.js';

describe('da', () => {
  it('gives \\b and \\w Danish letters, also inside character classes', () => {
    expect(da(String.raw`\bpå\b`).test('hjælp på stedet')).toBe(true);
    expect(/\bpå\b/.test('hjælp på stedet')).toBe(false);
    expect(da(String.raw`\bøn\w+`).exec('et ønske')?.[0]).toBe('ønske');
    expect(da(String.raw`[\w-]+\.dk`).exec('se norddjurs-kommune.dk')?.[0]).toBe('norddjurs-kommune.dk');
  });
});
