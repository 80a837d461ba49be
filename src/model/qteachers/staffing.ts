// Who does what at a school: each staff index has a post that follows from the class plan,
// not from how many staff there are. 0 is the principal, 1 the administration officer,
// then one teacher for each teaching post the plan needs, then leaders and support staff.
// Only when a school has fewer staff than teaching posts do teachers share the posts.
import type { ClassPlan, PlannedClass } from './class-plan.ts';
import { FULL_LOAD } from './class-plan.ts';

export interface StaffPost {
  role: 'Principal' | 'Deputy Principal' | 'Head of Department' | 'Teacher' | 'Teacher Aide' | 'Administration Officer' | 'Guidance Officer' | 'Business Manager';
  positionTitle: string;
  classes: readonly PlannedClass[];
  /** Takes classes, or is a relief teacher on the timetable. */
  timetabled: boolean;
  relief: boolean;
  leader: boolean;
  /** The home group whose teacher this is, if any. */
  homegroup: string | null;
  /** Full-time equivalent the post implies, or undefined when it is the person's to choose. */
  fte: number | undefined;
}

/** Posts after the teachers, in order, repeating from `Teacher` (relief) once the list runs out. */
const AFTER_TEACHERS = ['Deputy Principal', 'Teacher Aide', 'Head of Department', 'Guidance Officer', 'Business Manager'] as const;
const REPEATING = ['Teacher', 'Teacher Aide'] as const;

const AREA_NAMES: Record<string, string> = { humanities: 'Humanities', stem: 'STEM', arts: 'The Arts and HPE' };

/** FTE of a teacher with `n` classes: a full load is full time, less in steps of 0.2 (at least 0.4). */
function teachingFte(n: number): number {
  return Math.min(1, Math.max(0.4, Math.ceil((n / FULL_LOAD) * 5) / 5));
}

/** The subject a teacher takes most classes of: their position title's subject. */
function mainSubject(classes: readonly PlannedClass[]): string {
  const counts = new Map<string, number>();
  for (const c of classes) counts.set(c.subjectName, (counts.get(c.subjectName) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The classes each staff index takes: the plan's posts, shared round-robin when staff are fewer. */
export function teachingLoads(plan: ClassPlan, staffCount: number): PlannedClass[][] {
  const loads: PlannedClass[][] = Array.from({ length: staffCount }, () => []);
  const teachers = plan.teachers.length;
  // With room for every post, teacher t is staff 2 + t; otherwise the posts are spread over
  // whoever is left after the principal and the office (the principal alone in a one-person school).
  const first = staffCount >= 3 ? 2 : staffCount - 1;
  const available = staffCount - first;
  plan.teachers.forEach((post, t) => {
    const staff = teachers <= available ? first + t : first + (t % available);
    loads[staff]!.push(...post.classes);
  });
  return loads;
}

/** The post of staff member `index` at a school with `plan` and `staffCount` staff. */
export function staffPost(index: number, plan: ClassPlan, staffCount: number, loads: readonly (readonly PlannedClass[])[]): StaffPost {
  const classes = loads[index] ?? [];
  const base = { classes, relief: false, leader: false, homegroup: null, fte: undefined } as const;
  const teaching = classes.length > 0;
  const homeGroups = plan.teachers.filter((post) => post.kind === 'home' && post.classes.some((c) => classes.includes(c))).map((post) => post.covers);
  const homegroup = homeGroups[0] ?? (teaching ? groupTaughtFirst(plan, classes) : null);
  if (index === 0) {
    const title = teaching ? 'Teaching Principal' : 'Principal';
    return { ...base, role: 'Principal', positionTitle: title, timetabled: teaching, leader: true, homegroup: teaching ? homegroup : null, fte: 1 };
  }
  if (teaching) {
    const title = homeGroups.length > 0 ? `Classroom Teacher – ${homeGroups.join(', ')}` : `Teacher – ${mainSubject(classes)}`;
    return { ...base, role: 'Teacher', positionTitle: title, timetabled: true, homegroup, fte: homeGroups.length > 0 ? 1 : teachingFte(classes.length) };
  }
  if (index === 1) return { ...base, role: 'Administration Officer', positionTitle: 'Administration Officer', timetabled: false };
  const after = index - 2 - plan.teachers.length;
  const role = after < AFTER_TEACHERS.length ? AFTER_TEACHERS[after]! : REPEATING[(after - AFTER_TEACHERS.length) % REPEATING.length]!;
  if (role === 'Teacher') return { ...base, role, positionTitle: 'Relief Teacher', timetabled: true, relief: true };
  if (role === 'Deputy Principal') return { ...base, role, positionTitle: role, timetabled: false, leader: true, fte: 1 };
  if (role === 'Head of Department') {
    const area = plan.teachers.find((post) => post.kind === 'subject')?.covers ?? 'humanities';
    return { ...base, role, positionTitle: `Head of Department – ${AREA_NAMES[area]}`, timetabled: false, leader: true, fte: 1 };
  }
  return { ...base, role, positionTitle: role, timetabled: false };
}

/** In a secondary school a home group's teacher is whoever takes its first class (English). */
function groupTaughtFirst(plan: ClassPlan, classes: readonly PlannedClass[]): string | null {
  for (const cohort of plan.cohorts) {
    for (const group of cohort.groups) if (classes.includes(group.classes[0]!)) return group.code;
  }
  return null;
}
