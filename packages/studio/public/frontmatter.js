// The frontmatter form's two directions, as pure functions over the standard's text:
// readFields() reads the fields the form shows from the YAML between the "---" lines, and
// fieldChange() says which part of the text to replace when a field is set, so that one key's
// value changes and every other line (comments, order, other keys) stays as the user wrote it.
import { parseDocument, isMap, isScalar, stringify } from 'yaml';

/** The fields of the form, in the order shown; `key` is the frontmatter key. */
export const fields = [
  { key: 'titel', label: 'Titel', kind: 'text' },
  { key: 'kommune', label: 'Kommune', kind: 'text' },
  { key: 'paragraffer', label: 'Paragraffer', kind: 'list', help: 'Adskil med komma, fx SEL § 85, SEL § 82 b' },
  { key: 'status', label: 'Status', kind: 'select', options: ['udkast', 'høring', 'godkendt', 'ophævet'] },
  { key: 'udvalg', label: 'Udvalg', kind: 'text' },
  { key: 'godkendt-dato', label: 'Godkendt den', kind: 'date' },
  { key: 'gyldig-fra', label: 'Gyldig fra', kind: 'date' },
  {
    key: 'begrundelse',
    label: 'Begrundelse for ændringen',
    kind: 'textarea',
    help: 'Står på forsiden af ændringsdokumentet',
  },
];

/** Where the YAML is: the offsets of its first character and of the closing "---" line; undefined without frontmatter. */
export function locate(text) {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return undefined;
  return { from: open[0].length, to: open[0].length + m.index };
}

function parse(text) {
  const at = locate(text);
  if (!at) return { at: undefined, doc: undefined, yaml: '' };
  const yaml = text.slice(at.from, at.to);
  return { at, yaml, doc: parseDocument(yaml, { uniqueKeys: false }) };
}

const display = (value) =>
  value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

/**
 * The form's values read from the text: { values: { key: string }, frontmatter: bool, error?: string }.
 * A list is shown as its items joined by ", ".
 */
export function readFields(text) {
  const { at, doc } = parse(text);
  const values = Object.fromEntries(fields.map((f) => [f.key, '']));
  if (!at) return { values, frontmatter: false };
  if (doc.errors.length)
    return {
      values,
      frontmatter: true,
      error: `YAML'en har en fejl (${doc.errors[0].message.split('\n')[0]}); ret den i editoren.`,
    };
  if (doc.contents !== null && !isMap(doc.contents))
    return { values, frontmatter: true, error: 'Frontmatter skal være nøgler og værdier; ret den i editoren.' };
  for (const f of fields) {
    const v = doc.contents?.get(f.key, false);
    const value = v && typeof v === 'object' && 'toJSON' in v ? v.toJSON() : v;
    values[f.key] = Array.isArray(value) ? value.map(display).join(', ') : display(value);
  }
  return { values, frontmatter: true };
}

const yamlScalar = (value) => stringify(value, { lineWidth: 0 }).replace(/\n$/, '');

/** The YAML text of a field's value (no key), or undefined when the field is to be removed. */
function serialize(field, value) {
  if (field.kind === 'list') {
    const items = value
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (!items.length) return undefined;
    return `[${items.map((i) => (/[,[\]{}]/.test(i) ? JSON.stringify(i) : yamlScalar(i))).join(', ')}]`;
  }
  const v = field.kind === 'textarea' ? value.replace(/\s+$/, '') : value.trim();
  if (v === '') return undefined;
  if (v.includes('\n')) {
    // A literal block, indented under the key; an indentation indicator when the text begins with a space.
    return `|${/^\s/.test(v) ? '2' : ''}\n${v
      .split('\n')
      .map((l) => (l.trim() === '' ? '' : `  ${l}`))
      .join('\n')}`;
  }
  return yamlScalar(v);
}

const lineStart = (s, i) => s.lastIndexOf('\n', i - 1) + 1;
const lineEnd = (s, i) => {
  const n = s.indexOf('\n', i);
  return n === -1 ? s.length : n;
};

/**
 * The change that sets `key` to `value` (a string from the form) in `text`: { from, to, insert }
 * in offsets of the whole text, or undefined when nothing changes or the YAML cannot be read.
 */
export function fieldChange(text, key, value) {
  const field = fields.find((f) => f.key === key);
  if (!field) return undefined;
  const ser = serialize(field, value);
  const { at, doc, yaml } = parse(text);
  if (!at) return ser === undefined ? undefined : { from: 0, to: 0, insert: `---\n${key}: ${ser}\n---\n` };
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  const pair = doc.contents?.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const base = at.from;
  if (!pair) {
    if (ser === undefined) return undefined;
    // A new key goes last, before the closing "---".
    const insert = `${yaml.length && !yaml.endsWith('\n') ? '\n' : ''}${key}: ${ser}\n`;
    return { from: at.to, to: at.to, insert };
  }
  const keyStart = lineStart(yaml, pair.key.range[0]);
  const node = pair.value;
  // The value's end, without the line breaks a block value swallows.
  let end = node?.range ? node.range[1] : pair.key.range[1];
  while (end > keyStart && yaml[end - 1] === '\n') end--;
  end = lineEnd(yaml, end);
  const current = yaml.slice(keyStart, end);
  if (ser === undefined) {
    // Remove the key with its line(s).
    const to = end < yaml.length ? end + 1 : end;
    return { from: base + keyStart, to: base + to, insert: '' };
  }
  const next = `${key}: ${ser}`;
  if (current === next) return undefined;
  if (
    node?.range &&
    isScalar(node) &&
    node.range[0] > pair.key.range[1] &&
    !String(node.type).startsWith('BLOCK') &&
    !ser.includes('\n')
  ) {
    // A one-line value: replace only the value, so a comment after it on the line stays.
    return { from: base + node.range[0], to: base + node.range[1], insert: ser };
  }
  return { from: base + keyStart, to: base + end, insert: next };
}
