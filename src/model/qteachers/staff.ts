// The staff entity: who works at a school, in which post, and which classes they take.
// Posts follow the class plan (staffing.ts); teachers who take classes are active, leaders
// and support staff are marked so, and FTE agrees with the post.
import type { BaseContext, EntityContext, EntitySpec } from '../types.ts';
import { STAFF_EMAIL_DOMAIN } from '../vocab/contact.ts';
import { SUBJECTS } from '../vocab/school.ts';
import { dayBetween } from './dates.ts';
import { familyName, givenName, nickname } from './names.ts';
import { emailLocal, sexCode, title } from './people.ts';
import { classPlanOf } from './school.ts';
import { staffPost, teachingLoads, type StaffPost } from './staffing.ts';
import type { PlannedClass } from './class-plan.ts';

/** Staff IDs are 7 digits, like a payroll number: one for each (centre code, staff index) pair, up to 1,000 staff a school. */
const STAFF_SPACE = 10_000_000;
const STAFF_PER_CODE = 1_000;

/** The teaching loads of each school, by the school's `entity` function. */
const loadsOf = new WeakMap<BaseContext['entity'], PlannedClass[][]>();

function postOf(ctx: EntityContext): StaffPost {
  const plan = classPlanOf(ctx);
  let loads = loadsOf.get(ctx.entity);
  if (!loads) loadsOf.set(ctx.entity, (loads = teachingLoads(plan, ctx.options.staffPerSchool)));
  return staffPost(Number(ctx.index), plan, ctx.options.staffPerSchool, loads);
}
const post = (ctx: EntityContext) => ctx.record.post as StaffPost;
const levelOrder = (level: string) => (level === 'P' ? 0 : Number(level));

export const staff: EntitySpec = {
  fields: {
    staffId: (ctx) => String(ctx.permute('staff-id', STAFF_SPACE, Number(ctx.school.centreCode) * STAFF_PER_CODE + Number(ctx.index), 'hub')).padStart(7, '0'),
    refId: ({ rng }) => rng.uuid(),
    post: postOf,
    role: (ctx) => post(ctx).role,
    sex: sexCode,
    title: (ctx) => title(ctx, ctx.record.sex),
    familyName: (ctx) => familyName(ctx.rng, 'english'),
    givenName: (ctx) => givenName(ctx.rng, 'english', ctx.record.sex, 'adult'),
    preferredGivenName: ({ rng, record }) => (rng.chance(0.25) ? nickname(rng, String(record.givenName)) : null),
    teachingGroups: (ctx) =>
      post(ctx).classes.map((c) => ({ localId: c.localId, shortName: c.shortName, longName: c.longName, kla: c.kla, association: 'Class Teacher' })),
    positionTitle: (ctx) => post(ctx).positionTitle,
    // Whoever takes classes is at work; only staff without classes may be on leave.
    employmentStatus: (ctx) => (post(ctx).classes.length > 0 || post(ctx).leader ? 'A' : ctx.rng.weighted([['A', 90], ['O', 8], ['S', 2]])),
    jobFte: (ctx) => post(ctx).fte ?? ctx.rng.weighted([[1, 60], [0.8, 20], [0.6, 15], [0.4, 5]]),
    jobStartDate: ({ rng, options }) => dayBetween(rng, `${options.schoolYear - 25}-01-20`, `${options.schoolYear}-01-27`),
    primaryAssignment: () => 'Y',
    casualReliefTeacher: (ctx) => (post(ctx).relief ? 'Y' : 'N'),
    availableForTimetable: (ctx) => (post(ctx).timetabled ? 'Y' : 'N'),
    yearLevels: (ctx) => [...new Set(post(ctx).classes.flatMap((c) => c.yearLevels))].sort((a, b) => levelOrder(a) - levelOrder(b)),
    subjects: (ctx) => {
      const codes = [...new Set(post(ctx).classes.map((c) => c.subject))];
      return codes.map((code, i) => ({ preference: i + 1, subject: code, kla: SUBJECTS.find((s) => s.code === code)!.kla }));
    },
    homegroup: (ctx) => post(ctx).homegroup,
    email: ({ rng, record }) => `${emailLocal(String(record.givenName).slice(0, 1), record.familyName)}${rng.int(1, 99)}@${STAFF_EMAIL_DOMAIN}`,
    workPhone: ({ school }) => school.phone,
  },
};
