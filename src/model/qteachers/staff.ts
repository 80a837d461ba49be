// The staff entity: who works at a school, in which role, and which classes they teach.
import type { EntitySpec } from '../types.ts';
import { SUBJECTS } from '../vocab/codes.ts';
import { STAFF_EMAIL_DOMAIN } from '../vocab/contact.ts';
import { dayBetween } from './dates.ts';
import { emailLocal, familyName, givenName, sexCode, title } from './people.ts';
import { classesOf, landline, staffRole, teachingStaff } from './school.ts';

/** Staff IDs are 7 digits, like a payroll number, unique across the hub's schools. */
const STAFF_SPACE = 10_000_000;

export const staff: EntitySpec = {
  fields: {
    staffId: (ctx) => {
      const ordinal = Number(ctx.school.position) * ctx.options.staffPerSchool + Number(ctx.index);
      return String(ctx.permute('staff-id', STAFF_SPACE, ordinal, 'hub')).padStart(7, '0');
    },
    refId: ({ faker }) => faker.string.uuid(),
    role: ({ index, options }) => staffRole(Number(index), options.staffPerSchool),
    teaching: ({ index, options }) => teachingStaff(options.staffPerSchool).includes(Number(index)),
    sex: sexCode,
    title: (ctx) => title(ctx, ctx.record.sex),
    familyName,
    givenName: (ctx) => givenName(ctx, ctx.record.sex),
    preferredGivenName: ({ rng, record }) => (rng.chance(0.1) ? String(record.givenName).slice(0, 4) : null),
    teachingGroups: (ctx) =>
      classesOf(ctx)
        .filter((c) => c.teacherIndex === Number(ctx.index))
        .map((c) => ({ localId: c.localId, shortName: c.shortName, longName: c.longName, kla: c.kla, association: 'Class Teacher' })),
    positionTitle: ({ record }) => {
      const groups = record.teachingGroups as { kla: string; longName: string }[];
      if (record.role !== 'Teacher' || groups.length === 0) return record.role;
      return `Teacher – ${groups[0]!.longName.replace(/^(Year|Prep) \S+ /, '')}`;
    },
    employmentStatus: ({ rng }) => rng.weighted([['A', 95], ['S', 3], ['O', 2]]),
    jobFte: ({ rng }) => rng.weighted([[1, 75], [0.8, 12], [0.6, 8], [0.4, 5]]),
    jobStartDate: ({ rng, options }) => dayBetween(rng, `${options.schoolYear - 25}-01-20`, `${options.schoolYear}-01-27`),
    primaryAssignment: () => 'Y',
    casualReliefTeacher: ({ rng, record }) => (record.role === 'Teacher' && rng.chance(0.05) ? 'Y' : 'N'),
    availableForTimetable: ({ record }) => (record.teaching ? 'Y' : 'N'),
    yearLevels: (ctx) => {
      const levels = classesOf(ctx).filter((c) => c.teacherIndex === Number(ctx.index));
      return [...new Set(levels.sort((a, b) => a.levelIndex - b.levelIndex).map((c) => c.yearLevel))];
    },
    subjects: ({ record }) => {
      const codes = [...new Set((record.teachingGroups as { localId: string }[]).map((g) => g.localId.split('-').pop()!))];
      return codes.map((code, i) => ({ preference: i + 1, subject: code, kla: SUBJECTS.find((s) => s.code === code)!.kla }));
    },
    homegroup: (ctx) => {
      const groups = classesOf(ctx).filter((c) => c.teacherIndex === Number(ctx.index));
      return groups[0]?.group ?? null;
    },
    email: ({ rng, record }) => `${emailLocal(String(record.givenName).slice(0, 1), record.familyName)}${rng.int(1, 99)}@${STAFF_EMAIL_DOMAIN}`,
    workPhone: landline,
  },
};
