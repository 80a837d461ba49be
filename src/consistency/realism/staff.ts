// Staff rooms: who works in schools by post and sex as the workforce figures say, enough
// teachers for the students, heads of department by learning area, and start dates on
// working days.
import type { Crawl, Row } from '../types.ts';
import { band, levelOf, Metrics, rows, share } from './shared.ts';

const title = (s: Row) => String(s.positionTitle ?? '');
const isTeacher = (s: Row) => /Teacher/.test(title(s)) && !/Aide/.test(title(s));
const women = (list: Row[]) => list.filter((s) => s.sex === '2').length;

export function staffMetrics(m: Metrics, crawl: Crawl): void {
  const staff = crawl.schools.flatMap((school) => rows(school, 'staff').map((s) => ({ school, s })));
  if (staff.length === 0) return;
  const stage = ({ school, s }: (typeof staff)[number]) => {
    const levels = Array.isArray(s.yearLevels) ? (s.yearLevels as string[]).map(levelOf) : [];
    if (levels.length > 0) return levels.filter((l) => l <= 6).length * 2 >= levels.length ? 'primary' : 'secondary';
    return school.yearLevels?.includes('7') ? 'secondary' : 'primary';
  };
  const teachers = staff.filter(({ s }) => isTeacher(s));
  const byPost = (test: (s: Row) => boolean) => staff.filter(({ s }) => test(s)).map(({ s }) => s);
  const primary = teachers.filter((t) => stage(t) === 'primary').map(({ s }) => s);
  const secondary = teachers.filter((t) => stage(t) === 'secondary').map(({ s }) => s);
  if (primary.length > 0) m.add('primary teachers who are women', share(women(primary), primary.length), band(0.853, primary.length, 0.03), '[S42]');
  if (secondary.length > 0) m.add('secondary teachers who are women', share(women(secondary), secondary.length), band(0.614, secondary.length, 0.03), '[S43]');
  const aides = byPost((s) => /Aide/.test(title(s)));
  if (aides.length > 0) m.add('teacher aides who are women', share(women(aides), aides.length), band(0.88, aides.length, 0.03), '[S44]');
  const admin = byPost((s) => /Administration/.test(title(s)));
  if (admin.length > 0) m.add('administration officers who are women', share(women(admin), admin.length), band(0.95, admin.length, 0.03), '[S45]');
  m.add('staff with sex not stated (9)', byPost((s) => s.sex === '9').length, [0, 0], '[S46]', 'staff records carry a sex; non-binary staff are 4', 'count');
  m.add('start dates on a weekend', share(byPost((s) => typeof s.jobStartDate === 'string' && [0, 6].includes(new Date(s.jobStartDate).getUTCDay())).length, staff.length), [0, 0], 'seedhub', 'people start work on working days');
  // Students per teacher, counting teaching staff (leaders and guidance officers too, as ACARA does) by FTE.
  const students = crawl.schools.reduce((sum, school) => sum + rows(school, 'students').length, 0);
  const teaching = staff.filter(({ s }) => isTeacher(s) || /Principal|Head of|Guidance/.test(title(s)));
  const fte = teaching.reduce((sum, { s }) => sum + Number(s.jobFte ?? 1), 0);
  if (students > 0 && fte > 0) m.add('students per teacher (FTE)', students / fte, [8, 20], '[S28]', `Queensland: 14.7 in primary, 12.1 in secondary schools; ask for --sizes realistic, or raise staffPerSchool (--staff) to about ${Math.ceil(students / 13.5 / crawl.schools.length / 0.68)}`, 'ratio');
  // Heads of department: one per learning area at a school, and not the same area everywhere.
  const heads = staff.filter(({ s }) => /^Head of Department – /.test(title(s)));
  if (heads.length >= 2) {
    const areas = new Set(heads.map(({ s }) => title(s)));
    m.add('learning areas of the heads of department', areas.size, [2, 9], 'seedhub', 'heads are appointed by learning area', 'count');
    const twice = heads.filter(({ school, s }, i) => heads.findIndex((o) => o.school === school && title(o.s) === title(s)) !== i).length;
    m.add('heads of department of an area their school already has', twice, [0, 0], 'seedhub', '', 'count');
  }
}
