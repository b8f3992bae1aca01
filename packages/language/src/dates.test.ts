import { describe, expect, it } from 'vitest';
import {
  checkIsoDate,
  findDanishDate,
  formatDanishDate,
  formatDatesInText,
  isIsoDate,
  isoDate,
  isoDateOf,
  isoDateProblem,
  monthsBetween,
  today,
} from './index.js';

describe('today', () => {
  it('is the date in Copenhagen, not in UTC, around midnight', () => {
    // Summer time (UTC+2): 22:30 UTC on 30 June is 00:30 on 1 July in Denmark.
    expect(today(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(today(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    // Winter time (UTC+1): 23:30 UTC on New Year's Eve is already the new year.
    expect(today(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(today(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
  });
  it('follows the change to summer time on the last Sunday of March', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 22:30 UTC the day before is 23:30 local.
    expect(today(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28');
    expect(today(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  });
});

describe('the ISO validator', () => {
  it('accepts real days, leap days included', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });
  it('refuses days and months the calendar does not have, and other shapes', () => {
    for (const bad of [
      '2026-02-31',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-01-00',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
    for (const bad of ['2026-2-3', '26-02-03', '2026-02-03T00:00', ' 2026-02-03', '03-02-2026', ''])
      expect(isIsoDate(bad), JSON.stringify(bad)).toBe(false);
  });
  it('says in Danish what is wrong', () => {
    expect(isoDateProblem('2026-02-31')).toBe('februar 2026 har kun 28 dage');
    expect(isoDateProblem('2028-02-30')).toBe('februar 2028 har kun 29 dage');
    expect(isoDateProblem('2026-13-01')).toBe('måned 13 findes ikke');
    expect(isoDateProblem('12-03-2026')).toBe('skal skrives ÅÅÅÅ-MM-DD');
    expect(isoDateProblem('2026-03-12')).toBeUndefined();
  });
  it('names the option in the error of a checked date', () => {
    expect(checkIsoDate('--meeting-date', '2026-03-12')).toBe('2026-03-12');
    expect(() => checkIsoDate('--meeting-date', '2026-02-31')).toThrow(
      '--meeting-date skal være en dato på formen ÅÅÅÅ-MM-DD (fik „2026-02-31“: februar 2026 har kun 28 dage).',
    );
  });
  it('builds dates from parts only when they exist', () => {
    expect(isoDate(2026, 2, 3)).toBe('2026-02-03');
    expect(isoDate(2026, 2, 31)).toBeUndefined();
    expect(isoDate(2026, 13, 1)).toBeUndefined();
    expect(isoDateOf(new Date('2026-07-01T00:00:00Z'))).toBe('2026-07-01');
  });
});

describe('monthsBetween', () => {
  it('counts whole months, a month only when its day is reached', () => {
    expect(monthsBetween('2025-03-12', '2026-03-11')).toBe(11);
    expect(monthsBetween('2025-03-12', '2026-03-12')).toBe(12);
    expect(monthsBetween('2025-12-31', '2026-01-01')).toBe(0);
  });
});

describe('Danish formatting', () => {
  it('writes the day, the month name and the year', () => {
    expect(formatDanishDate('2026-02-03')).toBe('3. februar 2026');
    expect(formatDanishDate('2025-12-31')).toBe('31. december 2025');
    expect(formatDanishDate('2026-05-01')).toBe('1. maj 2026');
  });
  it('refuses an impossible date instead of printing "31. februar"', () => {
    expect(() => formatDanishDate('2026-02-31')).toThrow(RangeError);
  });
  it('writes the ISO dates inside a text and leaves impossible ones as they are', () => {
    expect(formatDatesInText('Godkendt 2025-02-11, ændret 2026-02-31.')).toBe(
      'Godkendt 11. februar 2025, ændret 2026-02-31.',
    );
  });
});

describe('findDanishDate', () => {
  it('reads a written or a numeric date from a line', () => {
    expect(findDanishDate('Vedtaget af udvalget den 7. Marts 2025 efter høring')).toBe('2025-03-07');
    expect(findDanishDate('behandlet 05.11.2024')).toBe('2024-11-05');
    expect(findDanishDate('behandlet 5-1-2024')).toBe('2024-01-05');
  });
  it('gives nothing for a date the calendar does not have, or for no date', () => {
    expect(findDanishDate('den 30. februar 2026')).toBeUndefined();
    expect(findDanishDate('31.04.2026')).toBeUndefined();
    expect(findDanishDate('i marts 2026')).toBeUndefined();
  });
});
