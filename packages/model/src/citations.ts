// Parser for Danish legal citations as kvalitetsstandarder write them:
//   "Servicelovens §§ 82 b og 85", "SEL § 107, stk. 1", "Lov om social service § 85",
//   "servicelovens § 108, stk. 2, 3. pkt.", "§ 3, stk. 2, i retssikkerhedsloven",
//   "efter 83 og 85 i Serviceloven", "lov om almene boliger § 105".
// Danish citation form: § <nr>[ <litra>], stk. <n>, nr. <n>, <n>. pkt.; "§§" before a list
// joined by ", " / " og " / " eller ", ranges with "-" or " til ".
import type { LegalReference } from './generated/standard.js';

/** A law code as used in LegalReference.law. */
export type LawCode = LegalReference['law'];

/** A citation found in a piece of text, with character offsets into that text. */
export interface FoundCitation {
  /** The citation as written, e.g. "Servicelovens §§ 82 b og 85". */
  text: string;
  /** Offset of the first character (0-based, in UTF-16 code units). */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** The paragraphs the citation names, one entry per paragraph/stk. */
  references: LegalReference[];
}

/** Danish names of each law: full title, short name (with genitive -s) and abbreviation. */
const lawNames: ReadonlyArray<readonly [LawCode, string]> = [
  ['SEL', String.raw`lov(?:en)? om social service|servicelov(?:en)?s?|serviceL\.?|SEL`],
  [
    'RSL',
    String.raw`lov(?:en)? om retssikkerhed og administration på det sociale område|retssikkerhedslov(?:en)?s?|RSL|rsl\.?`,
  ],
  ['ABL', String.raw`lov(?:en)? om almene boliger(?: m\.v\.| mv\.)?|almenboliglov(?:en)?s?|ABL`],
  ['AEL', String.raw`ældrelov(?:en)?s?|ÆL`],
  ['FVL', String.raw`forvaltningslov(?:en)?s?|FVL`],
  ['SUL', String.raw`sundhedslov(?:en)?s?|SUL`],
  ['BL', String.raw`barnets lovs?`],
];

const anyLaw = lawNames.map(([, re]) => `(?:${re})`).join('|');
/** A regular expression source that matches the name of any law we know (for importers repairing citations). */
export const lawNamePattern = anyLaw;
const lawBefore = new RegExp(String.raw`(?<![\p{L}])(${anyLaw})\s*(?:\([^)]{1,40}\)\s*)?[-–:,]?\s*(?:jf\.\s*)?$`, 'iu');
const lawAfter = new RegExp(String.raw`^,?\s*(?:i|efter|jf\.?|ifølge)\s+(?:den\s+)?(${anyLaw})(?![\p{L}])`, 'iu');
const bareList = new RegExp(
  String.raw`(?<![\p{L}\d§])(?:efter|jf\.?|iht\.?|ifølge|i henhold til)\s+(\d{1,3}(?: ?[a-h])?(?:(?:,\s*|\s+og\s+|\s+eller\s+)\d{1,3}(?: ?[a-h])?)*)\s+(?:i|efter)\s+(?:den\s+)?(${anyLaw})(?![\p{L}])`,
  'giu',
);

/**
 * A law's name followed by a bare number, as web pages and PDF extracts leave a citation when the
 * "§" is lost: "Serviceloven 85, stk. 1", "lov om social service 107". Not a date ("1. juli") or a year.
 */
const bareAfterLaw = new RegExp(
  String.raw`(?<![\p{L}])(${anyLaw})\s+(?=\d{1,3}(?:\s?[a-h])?(?![\p{L}\d])(?!\.\s*\p{Ll}))`,
  'giu',
);

/** Words after a number that show it is an amount, not a paragraph ("og 3 uger"). */
const unitAfter =
  /^\s*(?:timer?|t\.|uger?|måned(?:er)?|dage?|døgn|år|gange|kr\.?|%|pct\.?|procent|minutter|besøg|personer)(?![\p{L}])/iu;

function lawOf(name: string): LawCode {
  for (const [code, re] of lawNames) {
    if (new RegExp(`^(?:${re})$`, 'iu').test(name.trim())) return code;
  }
  return 'SEL';
}

interface RefDraft {
  paragraph: string;
  stk?: number[];
  nr?: number;
  pkt?: number;
}

/** A tiny cursor over the text after a "§". */
class Cursor {
  pos: number;
  readonly text: string;
  constructor(text: string, start: number) {
    this.text = text;
    this.pos = start;
  }
  match(re: RegExp): RegExpExecArray | null {
    const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    sticky.lastIndex = this.pos;
    const m = sticky.exec(this.text);
    if (m) this.pos = sticky.lastIndex;
    return m;
  }
  peek(re: RegExp): boolean {
    const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    sticky.lastIndex = this.pos;
    return sticky.test(this.text);
  }
}

const numberRe = /(\d{1,3})(?:\s?([a-h])(?:\s?[-–]\s?([a-h]))?)?(?![\p{L}\d])/u;

/** Reads "85", "85 a", "82 a-d" and the stk./nr./pkt. that follow. */
function readRef(c: Cursor): RefDraft[] | null {
  const m = c.match(numberRe);
  if (!m) return null;
  const num = m[1]!;
  const letters: string[] = [];
  if (m[2] && m[3]) {
    for (let ch = m[2].charCodeAt(0); ch <= m[3].charCodeAt(0); ch++) letters.push(String.fromCharCode(ch));
  } else if (m[2]) letters.push(m[2]);
  const draft: RefDraft = { paragraph: num };
  for (;;) {
    const stk = c.match(/,?\s*stk\.?\s*(\d{1,2})((?:\s*(?:,|og|eller|-|–)\s*\d{1,2}(?!\.\s*pkt))*)/iu);
    if (stk) {
      const list = [Number(stk[1])];
      for (const n of (stk[2] ?? '').match(/\d+/g) ?? []) list.push(Number(n));
      draft.stk = list;
      continue;
    }
    const nr = c.match(/,?\s*nr\.?\s*(\d{1,2})/iu);
    if (nr) {
      draft.nr = Number(nr[1]);
      continue;
    }
    const pkt = c.match(/,?\s*(\d{1,2})\.\s*pkt\.?/iu);
    if (pkt) {
      draft.pkt = Number(pkt[1]);
      continue;
    }
    break;
  }
  if (letters.length === 0) return [draft];
  return letters.map((l) => ({ ...draft, paragraph: `${num} ${l}` }));
}

/** Reads a list of references after "§" or "§§": "82 b og 85", "83-86", "1 og 81". */
function readList(c: Cursor): RefDraft[] {
  const first = readRef(c);
  if (!first) return [];
  const out = [...first];
  for (;;) {
    const save = c.pos;
    const sep = c.match(/(\s*,\s*|\s+og\s+|\s+eller\s+|\s*[-–]\s*|\s+til\s+)(?:§\s*)?/iu);
    const next = sep && c.peek(/\d/) ? readRef(c) : null;
    if (!sep || !next || unitAfter.test(c.text.slice(c.pos))) {
      c.pos = save;
      break;
    }
    const prev = out[out.length - 1]!;
    const isRange = /[-–]|til/.test(sep[1] ?? '');
    if (isRange) {
      const a = Number(prev.paragraph);
      const b = Number(next[0]!.paragraph);
      if (!(Number.isInteger(a) && Number.isInteger(b) && b > a && b - a <= 30)) {
        c.pos = save;
        break;
      }
      for (let n = a + 1; n < b; n++) out.push({ paragraph: String(n) });
    }
    out.push(...next);
  }
  return out;
}

function toReferences(drafts: RefDraft[], law: LawCode, implicit: boolean): LegalReference[] {
  const out: LegalReference[] = [];
  for (const d of drafts) {
    const base: LegalReference = { law, paragraph: d.paragraph };
    if (implicit) base.lawImplicit = true;
    const stks = d.stk ?? [undefined];
    for (const stk of stks) {
      const r: LegalReference = { ...base };
      if (stk !== undefined) r.stk = stk;
      if (d.nr !== undefined) r.nr = d.nr;
      if (d.pkt !== undefined) r.pkt = d.pkt;
      out.push(r);
    }
  }
  return out;
}

/**
 * Finds every legal citation in a text. A citation with no law named (e.g. "§ 85 a" alone)
 * is taken to be serviceloven (or `defaultLaw`) and marked `lawImplicit`.
 *
 * @example parseCitations('Servicelovens §§ 82 b og 85')[0].references
 *   // [{ law: 'SEL', paragraph: '82 b' }, { law: 'SEL', paragraph: '85' }]
 */
export function parseCitations(text: string, options: { defaultLaw?: LawCode } = {}): FoundCitation[] {
  const found: FoundCitation[] = [];
  // "§ 85", and the word written out: "paragraf 85", "paragrafferne 82 b og 85" (then a law must be named).
  const sectionSign = /§§?|(?<![\p{L}])paragraf(?:ferne|fer|fen|s)?(?=\s+\d)/giu;
  let m: RegExpExecArray | null;
  while ((m = sectionSign.exec(text))) {
    const c = new Cursor(text, m.index + m[0].length);
    c.match(/\s*/);
    const drafts = readList(c);
    if (drafts.length === 0) continue;
    let start = m.index;
    let end = c.pos;
    let law: LawCode | undefined;
    const before = lawBefore.exec(text.slice(Math.max(0, m.index - 90), m.index));
    if (before) {
      law = lawOf(before[1]!);
      start = m.index - (before[0].length - before[0].indexOf(before[1]!));
    } else {
      const after = lawAfter.exec(text.slice(end));
      if (after) {
        law = lawOf(after[1]!);
        end += after[0].length;
      }
    }
    sectionSign.lastIndex = end;
    if (law === undefined && m[0][0] !== '§') continue;
    found.push({
      text: text.slice(start, end),
      start,
      end,
      references: toReferences(drafts, law ?? options.defaultLaw ?? 'SEL', law === undefined),
    });
  }
  for (const b of text.matchAll(bareAfterLaw)) {
    const listStart = b.index + b[0].length;
    if (found.some((f) => f.start <= listStart && listStart < f.end)) continue;
    const c = new Cursor(text, listStart);
    const drafts = readList(c);
    if (drafts.length === 0 || unitAfter.test(text.slice(c.pos))) continue;
    const start = b.index + b[0].indexOf(b[1]!);
    found.push({
      text: text.slice(start, c.pos),
      start,
      end: c.pos,
      references: toReferences(drafts, lawOf(b[1]!), false),
    });
  }
  for (const b of text.matchAll(bareList)) {
    const listStart = b.index + b[0].indexOf(b[1]!);
    if (found.some((f) => f.start <= listStart && listStart < f.end)) continue;
    const c = new Cursor(text, listStart);
    const drafts = readList(c);
    if (drafts.length === 0) continue;
    const end = b.index + b[0].length;
    found.push({
      text: text.slice(listStart, end),
      start: listStart,
      end,
      references: toReferences(drafts, lawOf(b[2]!), false),
    });
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Formats a reference the way a Danish reader expects: "SEL § 85 a, stk. 2". */
export function formatReference(ref: LegalReference): string {
  let s = `${ref.law} § ${ref.paragraph}`;
  if (ref.stk !== undefined) s += `, stk. ${ref.stk}`;
  if (ref.nr !== undefined) s += `, nr. ${ref.nr}`;
  if (ref.pkt !== undefined) s += `, ${ref.pkt}. pkt.`;
  return s;
}

/** True when two references name the same paragraph of the same law (stk. ignored). */
export function sameParagraph(
  a: Pick<LegalReference, 'law' | 'paragraph'>,
  b: Pick<LegalReference, 'law' | 'paragraph'>,
): boolean {
  return a.law === b.law && a.paragraph === b.paragraph;
}

/** Parses a short paragraph list such as "§ 85" or "SEL § 82 b" (frontmatter); returns [] when none. */
export function parseParagraphList(text: string): LegalReference[] {
  const cites = parseCitations(/§/.test(text) ? text : `§ ${text}`);
  return cites.flatMap((c) => c.references);
}
