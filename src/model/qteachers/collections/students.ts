// Student-side collections that come straight from the student: /students, /photos, /flags.
import type { CollectionSpec, RecordContext } from '../../types.ts';
import { FLAG_CATEGORIES, PUBLISHING_CATEGORIES, type FlagType } from '../../vocab/codes.ts';
import { CONDITIONS } from '../../vocab/health.ts';
import { labelOf } from '../../vocab/sif-codesets.ts';
import { avatarBase64 } from '../avatar.ts';
import { termStart } from '../calendar.ts';
import { asStudent } from '../entities.ts';
import { owner, project } from './project.ts';

/** The SIF RefId links every student-side record carries. */
export const studentLinks: CollectionSpec['fields'] = {
  studentPersonalRefId: ({ owner }) => owner.refId,
};

export const students: CollectionSpec = {
  api: 'student',
  path: 'students',
  owner: 'student',
  fields: {
    ...project(owner, [
      'refId', 'eqId', 'lui', 'familyName', 'givenName', 'middleName', 'preferredGivenName', 'sex', 'birthDate',
      'yearLevel', 'homegroup', 'house', 'indigenousStatus', 'countryOfBirth', 'mainLanguageAtHome', 'lbote', 'entryDate',
    ]),
    timeFrame: () => 'C',
    fte: () => 1,
    ftptStatus: () => '01',
    classes: ({ owner }) => owner.classes,
    schoolInfoRefId: ({ school }) => school.refId,
  },
};

/** Photo fields shared by students and staff. */
export const photoFields = (objectType: string, idField: string, link: string): CollectionSpec['fields'] => ({
  refId: ({ rng }) => rng.uuid(),
  [link]: ({ owner }) => owner.refId,
  parentObjectType: () => objectType,
  schoolYear: ({ options }) => String(options.schoolYear),
  pictureType: () => '10',
  mimeType: () => 'image/svg+xml',
  picture: ({ owner }) => avatarBase64(String(owner[idField]), String(owner.givenName), String(owner.familyName)),
  okToPublish: ({ rng }) => rng.weighted([['Y', 80], ['N', 15], ['U', 5]]),
  publishingPermissions: ({ rng, record }) =>
    PUBLISHING_CATEGORIES.map((category) => ({ category, value: record.okToPublish === 'Y' ? rng.pick(['Y', 'Y', 'N']) : 'N' })),
});

export const photos: CollectionSpec = {
  api: 'student',
  path: 'photos',
  owner: 'student',
  fields: photoFields('StudentPersonal', 'enrolmentId', 'studentPersonalRefId'),
};

const flagType = (ctx: RecordContext) => asStudent(ctx.owner).flagTypes[ctx.index] as FlagType;
/** The student's medical condition this flag is about: medical flags come first, one per condition. */
const condition = (ctx: RecordContext) => CONDITIONS.find((c) => c.code === asStudent(ctx.owner).conditions[ctx.index])!;
const nccd = (ctx: RecordContext) => asStudent(ctx.owner).nccd!;

const DESCRIPTIONS: Record<FlagType, (ctx: RecordContext) => string> = {
  // The description names the condition by its code's SIF label, then what the school does.
  MEDICAL: (ctx) => `${labelOf('WellbeingCharacteristicSubCategory', condition(ctx).code)}: ${condition(ctx).care}`,
  LEGAL: () => 'Family court order on file; check /parents for custody and access before release',
  INDIGENOUS: () => 'Aboriginal and/or Torres Strait Islander student',
  EALD: () => 'English as an additional language or dialect; EAL/D support',
  DISABILITY_NCCD: (ctx) => `NCCD: ${nccd(ctx).category}, ${labelOf('NCCDAdjustment', nccd(ctx).level)} adjustment`,
  ILP: () => 'Individual learning plan in place',
};

export const flags: CollectionSpec = {
  api: 'student',
  path: 'flags',
  owner: 'student',
  count: ({ owner }) => asStudent(owner).flagTypes.length,
  fields: {
    flagId: (ctx) => `F-${String(ctx.school.centreCode)}-${asStudent(ctx.owner).enrolmentId.slice(4)}-${ctx.index + 1}`,
    refId: ({ rng }) => rng.uuid(),
    ...studentLinks,
    schoolInfoRefId: ({ school }) => school.refId,
    flagType,
    category: (ctx) => FLAG_CATEGORIES[flagType(ctx)],
    code: (ctx) => (flagType(ctx) === 'MEDICAL' ? condition(ctx).code : null),
    severity: (ctx) => (flagType(ctx) === 'MEDICAL' ? condition(ctx).severity : null),
    alertType: (ctx) => (flagType(ctx) === 'LEGAL' ? 'Legal' : flagType(ctx) === 'ILP' ? 'Educational' : null),
    description: (ctx) => DESCRIPTIONS[flagType(ctx)](ctx),
    nccdLevelOfAdjustment: (ctx) => (flagType(ctx) === 'DISABILITY_NCCD' ? nccd(ctx).level : null),
    nccdCategory: (ctx) => (flagType(ctx) === 'DISABILITY_NCCD' ? nccd(ctx).category : null),
    indigenousStatus: (ctx) => (flagType(ctx) === 'INDIGENOUS' ? ctx.owner.indigenousStatus : null),
    ealdSupport: (ctx) => (flagType(ctx) === 'EALD' ? 'Y' : null),
    enrolmentRestricted: (ctx) => (flagType(ctx) === 'LEGAL' ? ctx.rng.pick(['Y', 'N']) : null),
    startDate: (ctx) => {
      // The flag began this school year or a recent one, never before the student came.
      const entry = Number(String(ctx.owner.entryDate).slice(0, 4));
      const year = Math.max(entry, ctx.options.schoolYear - ctx.rng.int(0, 3));
      return year === entry ? String(ctx.owner.entryDate) : termStart(year);
    },
    endDate: () => null,
  },
};
