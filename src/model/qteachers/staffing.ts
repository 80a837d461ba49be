// Who does what at a school: a staff room whose mix follows the Department's workforce
// (teachers, teacher aides, administration), with leaders by size: deputies, heads of
// department by learning area in secondary schools, a head of curriculum in primary ones.
// The roster is a function of the staff count, the school type and the class plan only:
// 0 is the principal, 1 an administration officer, then the classroom teachers (who take
// the plan's teaching posts, shared when they are fewer), then leaders and support staff.
import type { ClassPlan, PlannedClass } from './class-plan.ts';
import { FULL_LOAD } from './class-plan.ts';
import { TEACHER_SHARE } from './school.ts';

export type StaffRole = 'Principal' | 'Deputy Principal' | 'Head of Department' | 'Teacher' | 'Teacher Aide' | 'Administration Officer' | 'Guidance Officer' | 'Business Manager';

export interface StaffPost {
  role: StaffRole;
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

/**
 * [S29] Teacher aides are 14.5% of the Department's workforce, teachers 63.5%, public
 * servants (administration) 13.3%, with cleaners and others apart: 68% teachers and 16% aides
 * of a school's staff (our arithmetic); the rest administration.
 */
const AIDE_SHARE = 0.145 / (1 - 0.064 - 0.005);
/** Leaders by size (assumptions): a deputy per 20 teachers, a head of department per 8 in secondary schools, a guidance officer from 20 staff, a business manager from 3 administration staff. */
const TEACHERS_PER_DEPUTY = 20;
const TEACHERS_PER_HOD = 8;
const GUIDANCE_FROM = 20;
const BUSINESS_MANAGER_FROM = 3;
/** Heads of department in the order a secondary school appoints them (assumption); primary schools have heads of curriculum and special education. */
const HOD_AREAS = ['English', 'Mathematics', 'Science', 'Humanities and Social Sciences', 'Health and Physical Education', 'The Arts', 'Technologies', 'Senior Schooling', 'Languages'] as const;
const PRIMARY_HEADS = ['Head of Curriculum', 'Head of Special Education Services'] as const;
const PRIMARY_HEAD_PER = 10;

interface Slot {
  role: StaffRole;
  title: string;
}

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

/** The roles of a school's `count` staff, in index order. */
function rolesOf(count: number, secondary: boolean): Slot[] {
  const teachers = Math.max(1, Math.round(count * TEACHER_SHARE));
  const aides = Math.min(count - teachers, Math.round(count * AIDE_SHARE));
  const admin = count - teachers - aides;
  const deputies = Math.floor(teachers / TEACHERS_PER_DEPUTY);
  const heads = secondary ? Math.min(HOD_AREAS.length, Math.floor(teachers / TEACHERS_PER_HOD)) : Math.min(PRIMARY_HEADS.length, Math.floor(teachers / PRIMARY_HEAD_PER));
  const guidance = count >= GUIDANCE_FROM ? 1 : 0;
  const classroom = Math.max(0, teachers - 1 - deputies - heads - guidance);
  const manager = admin >= BUSINESS_MANAGER_FROM ? 1 : 0;
  const slot = (role: StaffRole, title: string = role): Slot => ({ role, title });
  return [
    slot('Principal'),
    ...(admin > 0 ? [slot('Administration Officer')] : []),
    ...Array.from({ length: classroom }, () => slot('Teacher')),
    ...Array.from({ length: deputies }, () => slot('Deputy Principal')),
    ...Array.from({ length: heads }, (_, h) => (secondary ? slot('Head of Department', `Head of Department – ${HOD_AREAS[h]}`) : slot('Head of Department', PRIMARY_HEADS[h]))),
    ...Array.from({ length: guidance }, () => slot('Guidance Officer')),
    ...Array.from({ length: aides }, () => slot('Teacher Aide')),
    ...Array.from({ length: manager }, () => slot('Business Manager')),
    ...Array.from({ length: Math.max(0, admin - 1 - manager) }, () => slot('Administration Officer')),
  ];
}

export interface Roster {
  posts: readonly StaffPost[];
}

/** The posts of a school with `plan` and `count` staff. */
export function rosterOf(plan: ClassPlan, count: number, secondary: boolean): Roster {
  const slots = rolesOf(count, secondary);
  // Who teaches: the classroom teachers; with none, the heads of department; with none, the principal.
  const byRole = (role: StaffRole) => slots.flatMap((s, i) => (s.role === role ? [i] : []));
  const teachersOf = [byRole('Teacher'), byRole('Head of Department'), [0]].find((list) => list.length > 0)!;
  const loads: PlannedClass[][] = slots.map(() => []);
  plan.teachers.forEach((post, t) => loads[teachersOf[t % teachersOf.length]!]!.push(...post.classes));
  const posts = slots.map((slot, index): StaffPost => {
    const classes = loads[index]!;
    const base = { classes, relief: false, leader: false, homegroup: null, fte: undefined } as const;
    const teaching = classes.length > 0;
    const homeGroups = plan.teachers.filter((post) => post.kind === 'home' && post.classes.some((c) => classes.includes(c))).map((post) => post.covers);
    const homegroup = homeGroups[0] ?? (teaching ? groupTaughtFirst(plan, classes) : null);
    switch (slot.role) {
      case 'Principal':
        return { ...base, role: 'Principal', positionTitle: teaching ? 'Teaching Principal' : 'Principal', timetabled: teaching, leader: true, homegroup: teaching ? homegroup : null, fte: 1 };
      case 'Teacher':
        if (!teaching) return { ...base, role: 'Teacher', positionTitle: 'Relief Teacher', timetabled: true, relief: true };
        return { ...base, role: 'Teacher', positionTitle: homeGroups.length > 0 ? `Classroom Teacher – ${homeGroups.join(', ')}` : `Teacher – ${mainSubject(classes)}`, timetabled: true, homegroup, fte: homeGroups.length > 0 ? 1 : teachingFte(classes.length) };
      case 'Deputy Principal':
      case 'Head of Department':
        return { ...base, role: slot.role, positionTitle: slot.title, timetabled: teaching, leader: true, homegroup: teaching ? homegroup : null, fte: 1 };
      default:
        return { ...base, role: slot.role, positionTitle: slot.title, timetabled: false };
    }
  });
  return { posts };
}

/** In a secondary school a home group's teacher is whoever takes its first class (English). */
function groupTaughtFirst(plan: ClassPlan, classes: readonly PlannedClass[]): string | null {
  for (const cohort of plan.cohorts) {
    for (const group of cohort.groups) if (group.classes[0] && classes.includes(group.classes[0])) return group.code;
  }
  return null;
}
