// The realism report: the distributions that make a hub look like Queensland schools, each
// beside its target band and its source, so drift in realism shows as plainly as drift in
// bytes. Pure functions of a crawl, so a live hub can be measured as well as seedhub's own
// data; a figure whose endpoints are missing is left out. Bands around an expected share
// widen for small samples (realism/shared.ts); the parts are in realism/.
import { termsOf } from '../model/qteachers/calendar.ts';
import { communityMetrics } from './realism/community.ts';
import { contactMetrics } from './realism/contacts.ts';
import { curriculumMetrics } from './realism/curriculum.ts';
import { familyMetrics } from './realism/families.ts';
import { flagMetrics } from './realism/flags.ts';
import { nameMetrics } from './realism/names.ts';
import { schoolMetrics } from './realism/schools.ts';
import { all, groupBy, Metrics, share, type RealismMetric } from './realism/shared.ts';
import { staffMetrics } from './realism/staff.ts';
import { schoolYearOf } from './rules/history.ts';
import type { Crawl } from './types.ts';

export type { RealismMetric } from './realism/shared.ts';

const FIRST_DAYS = new Map<number, Set<string>>();
function isFirstDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let days = FIRST_DAYS.get(year);
  if (!days) FIRST_DAYS.set(year, (days = new Set(termsOf(year).map(([start]) => new Date(start).toISOString().slice(0, 10)))));
  return days.has(date);
}
const PAIRS: Readonly<Record<string, string>> = { '1907': '1821', '1908': '1822', '1909': '1823' };

/** Histories: dates from the calendar, entries from overseas by students born there, exits and entries that pair. */
function historyMetrics(m: Metrics, crawl: Crawl): void {
  const history = all(crawl, 'enrolment-history');
  if (history.length === 0) return;
  m.add('history rows starting on a first day of term', share(history.filter((h) => isFirstDay(String(h.entryDate))).length, history.length), [1, 1], '[S20]', 'the Queensland calendar');
  const overseas = history.filter((h) => h.entryType === '1830');
  const born = new Map(all(crawl, 'students').map((s) => [String(s.enrolmentId), String(s.countryOfBirth)]));
  if (overseas.length > 0) m.add('entries from overseas by students born overseas', share(overseas.filter((h) => born.get(String(h.enrolmentId)) !== '1101').length, overseas.length), [0.9, 1], 'seedhub', 'an entry from overseas follows schooling overseas');
  let exits = 0;
  let paired = 0;
  for (const rowsOfStudent of groupBy(history, 'enrolmentId').values()) {
    rowsOfStudent.forEach((h, i) => {
      if (h.exitType === null || h.exitType === undefined) return;
      exits++;
      if (rowsOfStudent[i + 1]?.entryType === PAIRS[String(h.exitType)]) paired++;
    });
  }
  if (exits > 0) m.add('exits followed by the entry code that pairs with them', share(paired, exits), [1, 1], 'seedhub', '1907 → 1821, 1908 → 1822, 1909 → 1823');
}

/** Every metric of the realism report over a crawl. */
export function realismReport(crawl: Crawl): RealismMetric[] {
  const m = new Metrics();
  if (all(crawl, 'students').length === 0) return m.list;
  const schoolYear = crawl.schools.map((s) => schoolYearOf(s, {})).find((y) => y !== undefined);
  curriculumMetrics(m, crawl);
  flagMetrics(m, crawl);
  communityMetrics(m, crawl);
  familyMetrics(m, crawl);
  contactMetrics(m, crawl);
  staffMetrics(m, crawl);
  schoolMetrics(m, crawl);
  nameMetrics(m, crawl, schoolYear);
  historyMetrics(m, crawl);
  return m.list;
}
