// Calendar arithmetic for Queensland school years, in UTC so that every machine agrees.
import type { Rng } from '../types.ts';

const DAY = 86_400_000;

/** `YYYY-MM-DD` of a UTC timestamp. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The first school day of a year: the last Monday of January. */
export function termStart(year: number): string {
  const jan31 = Date.UTC(year, 0, 31);
  const back = (new Date(jan31).getUTCDay() + 6) % 7;
  return isoDate(jan31 - back * DAY);
}

/** The last school day of a year: the second Friday of December. */
export function termEnd(year: number): string {
  const dec1 = Date.UTC(year, 11, 1);
  const toFriday = (5 - new Date(dec1).getUTCDay() + 7) % 7;
  return isoDate(dec1 + (toFriday + 7) * DAY);
}

/**
 * A birth date for a student in year level `levelIndex` (Prep = 0) in `schoolYear`:
 * a Prep child turns five by 30 June, so birth falls from 1 July to 30 June.
 */
export function birthDateFor(rng: Rng, schoolYear: number, levelIndex: number): string {
  const from = Date.UTC(schoolYear - 6 - levelIndex, 6, 1);
  const to = Date.UTC(schoolYear - 5 - levelIndex, 5, 30);
  return isoDate(from + rng.int(0, Math.round((to - from) / DAY)) * DAY);
}

/** A random day between two ISO dates, inclusive. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const start = Date.parse(from);
  return isoDate(start + rng.int(0, Math.round((Date.parse(to) - start) / DAY)) * DAY);
}

/** Whole years from a birth date to 30 June of a school year. */
export function ageAtMidYear(birthDate: string, schoolYear: number): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  return schoolYear - y - (m > 6 || (m === 6 && d > 30) ? 1 : 0);
}
