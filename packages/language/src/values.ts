// Values in Danish text: numbers in digits and words, durations, percentages and dates in the
// forms municipalities write them. Each value carries its offsets in the text it was read from.
import { cardinals, fractions, monthAbbreviations, months, ordinals, units } from './data/numbers.js';
import { isoDate } from './dates.js';

/** Reads a number written as digits ("4", "1,5", "1½") or Danish words ("fire", "fireogtyve", "halvandet"). */
export function readNumber(text: string): number | undefined {
  const t = text.trim().toLocaleLowerCase('da');
  if (/^\d+([,.]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const half = /^(\d+)½$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (t === '½') return 0.5;
  if (t in cardinals) return cardinals[t];
  const compound = /^(\p{L}+)og(\p{L}+)$/u.exec(t);
  if (compound && compound[1]! in units && compound[2]! in cardinals && cardinals[compound[2]!]! >= 20)
    return units[compound[1]!]! + cardinals[compound[2]!]!;
  return undefined;
}

const wordNumbers = [
  ...Object.keys(cardinals),
  ...Object.keys(units).flatMap((u) => ['tyve', 'tredive', 'fyrre', 'halvtreds', 'tres'].map((t) => `${u}og${t}`)),
].sort((a, b) => b.length - a.length);
/** A regular-expression source for a number in digits or words. */
export const numberSource = String.raw`(?:\d+(?:[,.]\d+)?½?|½|${wordNumbers.join('|')})`;

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'visit' | 'time';

const unitWords: ReadonlyArray<[RegExp, TimeUnit, boolean?]> = [
  [/^(hverdage?|arbejdsdage?|hverdags|arbejdsdags)$/, 'day', true],
  [/^(dage?|døgn|dages|dags)$/, 'day'],
  [/^(uger?|ugers|uges)$/, 'week'],
  [/^(måned|måneder|måneders|måneds|mdr\.?|md\.?|mnd\.?)$/, 'month'],
  [/^(år|års|årig\w*)$/, 'year'],
  [/^(timer?|timers|times|t\.)$/, 'hour'],
  [/^(minutter?|min\.?)$/, 'minute'],
  [/^(besøg)$/, 'visit'],
  [/^(gange?)$/, 'time'],
];
const unitSource = String.raw`(?:hverdage|hverdags|hverdag|arbejdsdage|arbejdsdags|arbejdsdag|dages|dags|dage|dag|døgn|ugers|uges|uger|uge|måneders|måneds|måneder|måned|mdr\.?|mnd\.?|md\.|års|år|timers|times|timer|time|t\.|minutter|minut|min\.|besøg|gange|gang)`;

export interface Duration {
  value: number;
  unit: TimeUnit;
  /** Working days rather than calendar days. */
  workdays?: boolean;
  text: string;
  start: number;
  end: number;
}

const durationRe = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?<n>${numberSource})\s*(?:-|til|–)?\s*(?:(?<n2>${numberSource})\s*)?(?<u>${unitSource})|(?<half>et halvt|en halv|halvandet|halvanden)\s+(?<u2>år|time|måned|uge|døgn))(?![\p{L}])`,
  'giu',
);

function unitOf(word: string): [TimeUnit, boolean] | undefined {
  const w = word.toLocaleLowerCase('da');
  for (const [re, unit, work] of unitWords) if (re.test(w)) return [unit, work === true];
  return undefined;
}

/** Durations in a text: "4 uger", "fire uger", "14 dage", "en måned", "6 mdr.", "et halvt år", "1½ time". */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of text.matchAll(durationRe)) {
    const g = m.groups!;
    const unit = unitOf(g['u'] ?? g['u2']!);
    if (!unit) continue;
    let value: number | undefined;
    if (g['half']) value = /halv(anden|andet)/i.test(g['half']) ? 1.5 : 0.5;
    else value = readNumber(g['n2'] ?? g['n']!);
    if (value === undefined) continue;
    out.push({
      value,
      unit: unit[0],
      ...(unit[1] ? { workdays: true } : {}),
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** A duration in days (months as 30, years as 365), for comparing "28 dage" with "4 uger". */
export function inDays(d: Pick<Duration, 'value' | 'unit'>): number | undefined {
  switch (d.unit) {
    case 'day':
      return d.value;
    case 'week':
      return d.value * 7;
    case 'month':
      return d.value * 30;
    case 'year':
      return d.value * 365;
    default:
      return undefined;
  }
}

export interface Percentage {
  value: number;
  text: string;
  start: number;
  end: number;
}

const fractionWords = Object.keys(fractions).join('|');
const percentRe = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?<n>${numberSource})\s*(?:%|procent\w*|pct\.?|procentpoint)|(?:en|et|én)\s+(?<f>${fractionWords}))(?![\p{L}])`,
  'giu',
);

/** Percentages: "10 %", "10 procent", "ti pct.", "en tiendedel". */
export function findPercentages(text: string): Percentage[] {
  const out: Percentage[] = [];
  for (const m of text.matchAll(percentRe)) {
    const f = m.groups!['f'];
    const value = f ? Math.round(fractions[f.toLocaleLowerCase('da')]! * 1000) / 10 : readNumber(m.groups!['n']!);
    if (value === undefined) continue;
    out.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM when only month and year are given. */
  iso: string;
  precision: 'day' | 'month';
  text: string;
  start: number;
  end: number;
}

/** A day in the years a standard may name; other years are read as something else (a sum, a number). */
function iso(y: number, m: number, d: number): string | undefined {
  return y < 1900 || y > 2200 ? undefined : isoDate(y, m, d);
}

const monthNames = [...months, ...Object.keys(monthAbbreviations).map((a) => `${a}\\.?`)].join('|');
const ordinalWords = [...Object.keys(ordinals)].sort((a, b) => b.length - a.length).join('|');
const dateRe = new RegExp(
  [
    String.raw`(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})`,
    String.raw`(?<d>\d{1,2})\.?\s*(?<m>${monthNames})\s+(?<y>\d{4})`,
    String.raw`(?:den\s+)?(?<od>(?:en|et|to|tre)og(?:tyvende|tredivte)|${ordinalWords})\s+(?<om>${monthNames})\s+(?<oy>\d{4})`,
    String.raw`(?<nd>\d{1,2})[./-](?<nm>\d{1,2})[./-](?<ny>\d{4}|\d{2})`,
    String.raw`(?<sd>\d{1,2})\/(?<sm>\d{1,2})\s+(?<sy>\d{4})`,
    String.raw`(?<mm>${months.join('|')})\s+(?<my>\d{4})`,
  ]
    .map((s) => `(?:${s})`)
    .join('|'),
  'giu',
);

function monthNumber(name: string): number {
  const n = name.toLocaleLowerCase('da').replace(/\.$/, '');
  const full = (months as readonly string[]).indexOf(n);
  return full >= 0 ? full + 1 : (monthAbbreviations[n] ?? 0);
}

function ordinalNumber(word: string): number | undefined {
  const w = word.toLocaleLowerCase('da');
  if (w in ordinals) return ordinals[w];
  const m = /^(en|et|to|tre)og(tyvende|tredivte)$/.exec(w);
  return m ? units[m[1]!]! + ordinals[m[2]!]! : undefined;
}

/** Dates in every Danish form: "24. juni 2026", "den første september 2026", "14.03.2026", "1/7-2025", "2026-07-01", "juni 2026". */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  dateRe.lastIndex = 0;
  for (const m of text.matchAll(dateRe)) {
    if (m.index > 0 && /[\p{L}\d]/u.test(text[m.index - 1]!)) continue;
    const g = m.groups!;
    let value: string | undefined;
    let precision: 'day' | 'month' = 'day';
    if (g['isoY']) value = iso(+g['isoY'], +g['isoM']!, +g['isoD']!);
    else if (g['d']) value = iso(+g['y']!, monthNumber(g['m']!), +g['d']);
    else if (g['od']) {
      const d = ordinalNumber(g['od']);
      value = d === undefined ? undefined : iso(+g['oy']!, monthNumber(g['om']!), d);
    } else if (g['nd']) {
      const y = g['ny']!.length === 2 ? 2000 + Number(g['ny']) : Number(g['ny']);
      value = iso(y, +g['nm']!, +g['nd']);
    } else if (g['sd']) value = iso(+g['sy']!, +g['sm']!, +g['sd']);
    else if (g['mm']) {
      precision = 'month';
      value = `${g['my']}-${String(monthNumber(g['mm'])).padStart(2, '0')}`;
    }
    if (value) out.push({ iso: value, precision, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
