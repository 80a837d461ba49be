// Date arithmetic, in UTC so that every machine agrees. Term dates are in calendar.ts.
import type { Rng } from '../types.ts';
import { isoDate } from './calendar.ts';

const DAY = 86_400_000;

export { isoDate };

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
