// Student-side collections that come straight from the student: /students, /photos, /flags.
import type { CollectionSpec, RecordContext } from '../../types.ts';
import { FLAG_CATEGORIES, PUBLISHING_CATEGORIES, YES_NO, type FlagType } from '../../vocab/codes.ts';
import { avatarBase64 } from '../avatar.ts';
import { termStart } from '../dates.ts';
import { asStudent } from '../entities.ts';
import { owner, project } from './project.ts';

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
  },
};

/** Photo fields shared by students and staff. */
export const photoFields = (objectType: string, idField: string): CollectionSpec['fields'] => ({
  refId: ({ faker }) => faker.string.uuid(),
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
  fields: photoFields('StudentPersonal', 'enrolmentId'),
};

const flagType = (ctx: RecordContext) => asStudent(ctx.owner).flagTypes[ctx.index] as FlagType;
const medical = (ctx: RecordContext) => ctx.owner.medical as { code: string; severity: string; description: string };
const nccd = (ctx: RecordContext) => ctx.owner.nccd as { level: string; category: string };

const DESCRIPTIONS: Record<FlagType, (ctx: RecordContext) => string> = {
  MEDICAL: (ctx) => medical(ctx).description,
  LEGAL: () => 'Family court order on file; check /parents for custody and access before release',
  INDIGENOUS: () => 'Aboriginal and/or Torres Strait Islander student',
  EALD: () => 'English as an additional language or dialect; EAL/D support',
  DISABILITY_NCCD: (ctx) => `NCCD: ${nccd(ctx).category}, ${nccd(ctx).level} adjustment`,
  ILP: () => 'Individual learning plan in place',
};

export const flags: CollectionSpec = {
  api: 'student',
  path: 'flags',
  owner: 'student',
  count: ({ owner }) => asStudent(owner).flagTypes.length,
  fields: {
    flagId: (ctx) => `F-${String(ctx.school.centreCode)}-${asStudent(ctx.owner).enrolmentId.slice(4)}-${ctx.index + 1}`,
    flagType,
    category: (ctx) => FLAG_CATEGORIES[flagType(ctx)],
    code: (ctx) => (flagType(ctx) === 'MEDICAL' ? medical(ctx).code : null),
    severity: (ctx) => (flagType(ctx) === 'MEDICAL' ? medical(ctx).severity : null),
    alertType: (ctx) => (flagType(ctx) === 'LEGAL' ? 'Legal' : flagType(ctx) === 'ILP' ? 'Educational' : null),
    description: (ctx) => DESCRIPTIONS[flagType(ctx)](ctx),
    nccdLevelOfAdjustment: (ctx) => (flagType(ctx) === 'DISABILITY_NCCD' ? nccd(ctx).level : null),
    nccdCategory: (ctx) => (flagType(ctx) === 'DISABILITY_NCCD' ? nccd(ctx).category : null),
    indigenousStatus: (ctx) => (flagType(ctx) === 'INDIGENOUS' ? ctx.owner.indigenousStatus : null),
    ealdSupport: (ctx) => (flagType(ctx) === 'EALD' ? 'Y' : null),
    enrolmentRestricted: (ctx) => (flagType(ctx) === 'LEGAL' ? ctx.rng.pick(YES_NO.slice(0, 2)) : null),
    startDate: (ctx) => termStart(Math.max(Number(ctx.owner.entryYear), ctx.options.schoolYear - ctx.rng.int(0, 3))),
    endDate: () => null,
  },
};
