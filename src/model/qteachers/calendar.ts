// The Queensland state school calendar: the first and last student day of each term. Known
// years are data (sources in docs/data-model.md); other years follow the pattern those
// years show. Dates are UTC day numbers, so every machine agrees.

const DAY = 86_400_000;

/** Term 1..4 as [first day, last day], `MM-DD`, by year. */
const KNOWN: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  2011: [['01-24', '04-15'], ['04-27', '06-24'], ['07-11', '09-16'], ['10-03', '12-09']],
  2012: [['01-23', '03-30'], ['04-10', '06-22'], ['07-09', '09-21'], ['10-08', '12-14']],
  2015: [['01-27', '04-02'], ['04-20', '06-26'], ['07-13', '09-18'], ['10-06', '12-11']],
  2016: [['01-27', '03-24'], ['04-11', '06-24'], ['07-11', '09-16'], ['10-04', '12-09']],
  2017: [['01-23', '03-31'], ['04-18', '06-23'], ['07-10', '09-15'], ['10-03', '12-08']],
  2018: [['01-22', '03-29'], ['04-17', '06-29'], ['07-16', '09-21'], ['10-08', '12-14']],
  2019: [['01-29', '04-05'], ['04-23', '06-28'], ['07-15', '09-20'], ['10-08', '12-13']],
  2020: [['01-28', '04-03'], ['04-20', '06-26'], ['07-13', '09-18'], ['10-06', '12-11']],
  2022: [['02-07', '04-01'], ['04-19', '06-24'], ['07-11', '09-16'], ['10-04', '12-09']],
  2023: [['01-23', '03-31'], ['04-17', '06-23'], ['07-10', '09-15'], ['10-03', '12-08']],
  2024: [['01-22', '03-28'], ['04-15', '06-21'], ['07-08', '09-13'], ['09-30', '12-13']],
  2025: [['01-28', '04-04'], ['04-22', '06-27'], ['07-14', '09-19'], ['10-07', '12-12']],
  2026: [['01-27', '04-02'], ['04-20', '06-26'], ['07-13', '09-18'], ['10-06', '12-11']],
};

const weekday = (time: number) => new Date(time).getUTCDay();
const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

/** The nth (1-based) `day` (0 = Sunday) of a month. */
function nth(year: number, month: number, day: number, n: number): number {
  const first = utc(year, month, 1);
  return first + (((day - weekday(first) + 7) % 7) + (n - 1) * 7) * DAY;
}

/**
 * Term 1's first day in a year without data: the Australia Day holiday (26 January, or the
 * Monday after a weekend) on a Monday or Tuesday puts it the day after; on Wednesday to
 * Friday, school starts on the Monday of that week. Every known year but 2022 (delayed by
 * COVID) follows this.
 */
function term1Start(year: number): number {
  let holiday = utc(year, 1, 26);
  if (weekday(holiday) === 6) holiday += 2 * DAY;
  else if (weekday(holiday) === 0) holiday += DAY;
  const day = weekday(holiday);
  return day === 1 || day === 2 ? holiday + DAY : holiday - (day - 1) * DAY;
}

/** The four terms of a year with no data, by the pattern of the known years. */
function derived(year: number): [number, number][] {
  const t1 = term1Start(year);
  const t2 = t1 - ((weekday(t1) + 6) % 7) * DAY + 12 * 7 * DAY; // the Monday twelve weeks on
  const t3 = nth(year, 7, 1, 2); // the second Monday of July
  const t4 = nth(year, 10, 1, 1) + DAY; // the Tuesday after the first Monday of October
  const t4End = nth(year, 12, 5, 2); // the second Friday of December
  const fridayBefore = (time: number) => time - (((weekday(time) + 2) % 7) || 7) * DAY - 14 * DAY;
  return [[t1, fridayBefore(t2)], [t2, fridayBefore(t3)], [t3, fridayBefore(t4)], [t4, t4End]];
}

const cache = new Map<number, [number, number][]>();

/** The terms of a year: four [first day, last day] pairs as UTC times. */
export function termsOf(year: number): readonly (readonly [number, number])[] {
  let terms = cache.get(year);
  if (!terms) {
    const known = KNOWN[year];
    terms = known
      ? known.map(([start, end]) => [Date.parse(`${year}-${start}`), Date.parse(`${year}-${end}`)])
      : derived(year);
    cache.set(year, terms);
  }
  return terms;
}

/** `YYYY-MM-DD` of a UTC time. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The first student day of term `term` (1..4) of `year`, as `YYYY-MM-DD`. */
export function termStart(year: number, term = 1): string {
  return isoDate(termsOf(year)[term - 1]![0]);
}

/** The last student day of term `term` (1..4, default 4: the end of the school year). */
export function termEnd(year: number, term = 4): string {
  return isoDate(termsOf(year)[term - 1]![1]);
}
