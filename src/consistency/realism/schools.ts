// Schools and streets as they are: P–12 colleges are large, schools have houses and a
// language of their own, Street is the commonest street type and most house numbers are
// small, and units are as common as their place makes them.
import { communityOf } from '../../model/qteachers/community.ts';
import { QLD_SUBURBS } from '../../model/vocab/qld-suburbs.ts';
import { SCHOOL_LANGUAGES } from '../../model/vocab/school.ts';
import type { Crawl } from '../types.ts';
import { Metrics, rows, share } from './shared.ts';

const SUBURBS = new Set(QLD_SUBURBS.map(([name]) => name));
/** The smallest college a realistic hub makes (vocab/school.ts). */
const SMALLEST_COLLEGE = 300;
const JAPANESE = SCHOOL_LANGUAGES[0][1] / SCHOOL_LANGUAGES.reduce((sum, [, w]) => sum + w, 0);

export function schoolMetrics(m: Metrics, crawl: Crawl): void {
  const colleges = crawl.schools.filter((s) => s.yearLevels?.includes('P') && s.yearLevels.includes('12'));
  m.add('P–12 colleges with fewer than 300 students', colleges.filter((s) => rows(s, 'students').length < SMALLEST_COLLEGE).length, [0, 0], 'assumption', 'colleges are large; exact sizes make none', 'count');
  const withStudents = crawl.schools.filter((s) => rows(s, 'students').length > 0);
  if (withStudents.length >= 4) {
    const houseSets = new Set(withStudents.map((s) => [...new Set(rows(s, 'students').map((st) => String(st.house)))].sort().join('/')));
    m.add('schools with a set of houses of their own', share(houseSets.size, withStudents.length), [0.8, 1], 'assumption', 'every school names its own houses');
  }
  const taught = crawl.schools.map((s) => rows(s, 'staff').flatMap((st) => (Array.isArray(st.teachingGroups) ? (st.teachingGroups as { localId: string; kla: string; longName: string }[]) : [])).find((g) => g.kla === 'L'));
  const teaching = taught.filter((g) => g !== undefined);
  if (teaching.length > 0) m.expect('schools teaching Japanese', teaching.filter((g) => g!.longName.endsWith('Japanese')).length, teaching.length, JAPANESE, '[S25]', 'German, Chinese, French, Italian and Indonesian in others');

  // Streets: from the home addresses.
  const homes = crawl.schools.flatMap((school) => rows(school, 'addresses').filter((a) => a.addressType === '0765').map((a) => ({ school, a })));
  const lines = homes.map(({ a }) => /^(\d+) (.+) (\w+)$/.exec(String(a.line1))).filter((match) => match !== null);
  if (lines.length === 0) return;
  const typed = (type: string) => lines.filter((match) => match[3] === type).length;
  m.add('homes in a Street', share(typed('Street'), lines.length), [0.25, 0.5], 'assumption (paulvaartj.es)', 'Street is the commonest type in towns');
  m.add('homes in a Terrace', share(typed('Terrace'), lines.length), [0, 0.05], 'assumption');
  m.add('house numbers over 100', share(lines.filter((match) => Number(match[1]) > 100).length, lines.length), [0.1, 0.35], 'assumption', 'most numbers are small');
  const placed = homes.filter(({ a }) => SUBURBS.has(String(a.suburb)));
  if (placed.length > 0) {
    const expected = placed.reduce((sum, { a }) => sum + communityOf(String(a.suburb)).units, 0) / placed.length;
    m.expect('homes that are units', placed.filter(({ a }) => a.line2 !== null && a.line2 !== undefined).length, placed.length, expected, '[P14]', 'more in inner cities, few in country towns');
  }
}
