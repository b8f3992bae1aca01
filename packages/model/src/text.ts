// Text helpers for Danish. JavaScript's \b and \w only know ASCII letters, so "på", "ønske"
// and "formål" would not have word boundaries where a reader sees them. `da` rewrites a
// pattern so that \b and \w understand æ, ø, å and every other letter.

const letter = '[\\p{L}\\p{N}_]';

/**
 * Compiles a regular expression whose `\b`, `\B` and `\w` are Unicode-aware; the `u` flag is
 * always added (and `i` unless `caseSensitive`).
 *
 * @example da('\\bpå\\b').test('hjælp på stedet') // true, where /\bpå\b/ would be false
 */
export function da(source: string, flags = 'i'): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'w') out += inClass ? '\\p{L}\\p{N}_' : letter;
      else if (next === 'b' && !inClass) out += `(?:(?<!${letter})(?=${letter})|(?<=${letter})(?!${letter}))`;
      else out += '\\' + next;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return new RegExp(out, flags.includes('u') ? flags : flags + 'u');
}

/** Lower-cases Danish text and folds white space, soft hyphens and typographic dashes. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('da')
    .trim();
}
