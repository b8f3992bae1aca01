// A guard against documents nested too deep to parse: thousands of list markers or quote
// markers make the Markdown parser recurse until the stack overflows, or take minutes. One
// linear pass estimates each line's nesting before the parser sees the text.

/** Deepest nesting of lists and block quotes we parse; real standards use 2–5 levels. */
export const maxNesting = 100;

/**
 * The first line of `text` nested deeper than `limit`, else its deepest line. A line's nesting
 * is the number of container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) that open it, plus its
 * leading indentation in steps of two columns when it opens a list item (an indented list nests
 * one level per step): an upper bound on the parser's nesting.
 */
export function deepestNesting(text: string, limit = maxNesting): { depth: number; line: number; offset: number } {
  let deepest = { depth: 0, line: 0, offset: 0 };
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    let indent = 0;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) indent += text[i++] === '\t' ? 4 : 1;
    let markers = 0;
    let list = false;
    for (;;) {
      while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
      const c = text[i];
      if (c === '>') {
        markers++;
        i++;
        continue;
      }
      const after = (k: number) => k >= end || text[k] === ' ' || text[k] === '\t' || text[k] === '\r';
      if ((c === '-' || c === '*' || c === '+') && after(i + 1)) {
        markers++;
        list = true;
        i++;
        continue;
      }
      let d = i;
      while (d < end && d - i < 9 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
      if (d > i && (text[d] === '.' || text[d] === ')') && after(d + 1)) {
        markers++;
        list = true;
        i = d + 1;
        continue;
      }
      break;
    }
    const depth = markers + (list ? Math.floor(indent / 2) : 0);
    if (depth > deepest.depth) deepest = { depth, line, offset: start };
    if (depth > limit) break;
    start = end + 1;
  }
  return deepest;
}

/**
 * The first line of `text` where square brackets nest deeper than `limit`, else the deepest.
 * Every `]` makes the Markdown parser compare the whole text back to its `[` with the link
 * definitions, so brackets nested thousands deep cost time in the square of the text's length.
 * Counted per paragraph (a blank line ends every open bracket), without escaped ones (`\[`): an
 * upper bound on the parser's open link labels.
 */
export function deepestBrackets(text: string, limit = maxNesting): { depth: number; line: number; offset: number } {
  let deepest = { depth: 0, line: 0, offset: 0 };
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      if (blank) depth = 0;
      line++;
      lineStart = i + 1;
      blank = true;
    } else if (c === 92 /* \ */) {
      blank = false;
      i++;
    } else if (c === 91 /* [ */) {
      blank = false;
      if (++depth > deepest.depth) {
        deepest = { depth, line, offset: lineStart };
        if (depth > limit) break;
      }
    } else if (c === 93 /* ] */) {
      blank = false;
      if (depth > 0) depth--;
    } else if (c !== 32 && c !== 9 && c !== 13) blank = false;
  }
  return deepest;
}
