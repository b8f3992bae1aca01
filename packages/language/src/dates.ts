// Calendar dates, the one place for them: today in Denmark, one strict ISO validator (command
// line options, frontmatter, dates read from text) and Danish formatting through Intl.
// Dates are plain "YYYY-MM-DD" strings everywhere; a Date object only carries them to Intl.
import { da } from '@kvalitet/model';
import { months } from './data/numbers.js';

/** The time zone of the municipalities: "today" is the date in Denmark, not in UTC. */
const danishTimeZone = 'Europe/Copenhagen';

const copenhagenDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: danishTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Denmark as YYYY-MM-DD. Between midnight and 01:00 (02:00 in summer) the UTC
 * date is still yesterday; this is not. `now` is for tests and callers that hold a clock.
 */
export function today(now: Date = new Date()): string {
  const parts = copenhagenDay.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The UTC calendar date of a Date as YYYY-MM-DD (YAML gives dates as UTC midnight). */
export function isoDateOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The number of days in a month (1–12) of a year, leap years counted. */
function daysInMonth(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
}

/** YYYY-MM-DD for a year, month (1–12) and day that exist in the calendar; undefined otherwise. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why a text is not a date on the form YYYY-MM-DD, as a Danish phrase ("februar 2026 har kun 28
 * dage"), or undefined when it is one. The one validator for options, frontmatter and guesses.
 */
export function isoDateProblem(text: string): string | undefined {
  const m = isoShape.exec(text);
  if (!m) return 'skal skrives ÅÅÅÅ-MM-DD';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return 'år 0 findes ikke';
  if (month < 1 || month > 12) return `måned ${m[2]} findes ikke`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${months[month - 1]} ${year} har kun ${days} dage`;
  return undefined;
}

/** True for a date on the form YYYY-MM-DD that exists in the calendar (2026-02-31 does not). */
export function isIsoDate(text: string): boolean {
  return isoDateProblem(text) === undefined;
}

/**
 * Checks a date given by the user (a command-line option or a setting) and returns it; a bad one
 * throws an Error whose Danish message names `name`: "--meeting-date skal være en dato på formen
 * ÅÅÅÅ-MM-DD (fik „2026-02-31“: februar 2026 har kun 28 dage)."
 */
export function checkIsoDate(name: string, text: string): string {
  const problem = isoDateProblem(text);
  if (problem === undefined) return text;
  throw new Error(`${name} skal være en dato på formen ÅÅÅÅ-MM-DD (fik „${text}“: ${problem}).`);
}

/** Whole months from one YYYY-MM-DD to a later one: 2025-03-12 → 2026-03-11 is 11, → 2026-03-12 is 12. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

const danishLong = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-02-03" → "3. februar 2026". Throws a RangeError for a text that is not a real date. */
export function formatDanishDate(iso: string): string {
  const problem = isoDateProblem(iso);
  if (problem !== undefined) throw new RangeError(`Ikke en dato: „${iso}“ (${problem}).`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return danishLong.format(date);
}

const numericShape = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Writes the ISO dates inside a text as Danish dates: "af 2025-02-11" → "af 11. februar 2025"; impossible dates stay as written. */
export function formatDatesInText(text: string): string {
  return text.replace(numericShape, (iso) => (isIsoDate(iso) ? formatDanishDate(iso) : iso));
}

const monthNames: readonly string[] = months;
const dateWords = da(String.raw`\b(\d{1,2})\.\s*(${months.join('|')})\s+(\d{4})\b`);
const dateNumbers = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/u;

/**
 * Reads the first full Danish date of a line ("12. januar 2026", "12.01.2026", "12-1-2026") as
 * YYYY-MM-DD; undefined if none, or if it does not exist in the calendar. Stricter than
 * findDates: a written month needs its dot and a four-digit year (for approval lines and
 * citations, where a stray number must not pass for a date).
 */
export function findDanishDate(text: string): string | undefined {
  const w = dateWords.exec(text);
  if (w) return isoDate(Number(w[3]), monthNames.indexOf(w[2]!.toLocaleLowerCase('da')) + 1, Number(w[1]));
  const n = dateNumbers.exec(text);
  if (n) return isoDate(Number(n[3]), Number(n[2]), Number(n[1]));
  return undefined;
}
