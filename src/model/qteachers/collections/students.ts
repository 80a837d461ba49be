// Student-side collections that come straight from the student: /students, /photos, /flags.
import type { CollectionSpec, RecordContext } from '../../types.ts';
import { BACKGROUNDS } from '../../vocab/backgrounds.ts';
import { FLAG_CATEGORIES, PUBLISHING_CATEGORIES, type FlagType } from '../../vocab/codes.ts';
import { CONDITIONS } from '../../vocab/health.ts';
import { labelOf } from '../../vocab/sif-codesets.ts';
import { avatarBase64 } from '../avatar.ts';
import { termStart } from '../calendar.ts';
import { ageAtMidYear } from '../dates.ts';
import { asHousehold, asStudent } from '../entities.ts';
import type { Nccd } from '../student-health.ts';
import { legalText, medicalText } from './flag-texts.ts';
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

/** Consent to publish photos: most families say yes, some no, a few have not answered (assumption). */
const PUBLISH = [['Y', 80], ['N', 15], ['U', 5]] as const;

/**
 * Photo fields shared by students and staff. Consent agrees with its permissions: Y gives
 * at least one, N none, U none known; and a student under a court or child-safety order
 * (`withheld`) is never published.
 */
export const photoFields = (objectType: string, idField: string, link: string, withheld: (ctx: RecordContext) => boolean = () => false): CollectionSpec['fields'] => ({
  refId: ({ rng }) => rng.uuid(),
  [link]: ({ owner }) => owner.refId,
  parentObjectType: () => objectType,
  schoolYear: ({ options }) => String(options.schoolYear),
  pictureType: () => '10',
  mimeType: () => 'image/svg+xml',
  picture: ({ owner }) => avatarBase64(String(owner[idField]), String(owner.givenName), String(owner.familyName)),
  okToPublish: (ctx) => (withheld(ctx) ? 'N' : ctx.rng.weighted(PUBLISH)),
  publishingPermissions: ({ rng, record }) => {
    if (record.okToPublish !== 'Y') return PUBLISHING_CATEGORIES.map((category) => ({ category, value: record.okToPublish === 'U' ? 'U' : 'N' }));
    const yes = rng.int(0, PUBLISHING_CATEGORIES.length - 1);
    return PUBLISHING_CATEGORIES.map((category, i) => ({ category, value: i === yes || rng.chance(0.6) ? 'Y' : 'N' }));
  },
});

/** A student under a court order or in out-of-home care: their LEGAL flag. */
const underOrder = (ctx: RecordContext) => asStudent(ctx.owner).flagTypes.includes('LEGAL');

export const photos: CollectionSpec = {
  api: 'student',
  path: 'photos',
  owner: 'student',
  fields: photoFields('StudentPersonal', 'enrolmentId', 'studentPersonalRefId', underOrder),
};

const flagType = (ctx: RecordContext) => asStudent(ctx.owner).flagTypes[ctx.index] as FlagType;
/** The student's medical condition this flag is about: medical flags come first, one per condition. */
const condition = (ctx: RecordContext) => CONDITIONS.find((c) => c.code === asStudent(ctx.owner).conditions[ctx.index])!;
const nccd = (ctx: RecordContext) => asStudent(ctx.owner).nccd as unknown as Nccd;
const householdOf = (ctx: RecordContext) => asHousehold(ctx.entity('household', asStudent(ctx.owner).householdHead));
/** The EAL/D Learning Progression phases a teacher records. */
const EALD_PHASES = ['Beginning', 'Emerging', 'Developing', 'Consolidating'] as const;

const DESCRIPTIONS: Record<FlagType, (ctx: RecordContext) => string> = {
  // The description names the condition by its code's SIF label, then what the school does.
  MEDICAL: (ctx) => medicalText(ctx, condition(ctx).code, ageAtMidYear(String(ctx.owner.birthDate), ctx.options.schoolYear)),
  LEGAL: (ctx) => {
    const home = householdOf(ctx);
    const restricted = home.legal && home.parentCount > 1 ? ctx.entity('parent', `${home.head}.1`) : undefined;
    return legalText(ctx, home, restricted ? String(restricted.sex) : null, restricted?.interventionOrder === 'Y');
  },
  INDIGENOUS: (ctx) => `${labelOf('IndigenousStatus', String(ctx.owner.indigenousStatus))}`,
  EALD: (ctx) => {
    // The language spoken at home, even where the children's main language is English.
    const home = householdOf(ctx);
    const code = home.indigenousLanguage ?? BACKGROUNDS.find((b) => b.key === home.background)?.language ?? String(ctx.owner.mainLanguageAtHome);
    const language = labelOf('AustralianStandardClassificationOfLanguagesASCL', code);
    return `EAL/D learner: ${language} at home; EAL/D Learning Progression ${ctx.rng.pick(EALD_PHASES)}`;
  },
  DISABILITY_NCCD: (ctx) => {
    const { category, level, condition: code } = nccd(ctx);
    const forWhat = code ? ` (${labelOf('WellbeingCharacteristicSubCategory', code)})` : '';
    return `NCCD: ${category}${forWhat}, ${labelOf('NCCDAdjustment', level)} adjustment`;
  },
  ILP: (ctx) => `Individual curriculum plan, reviewed ${termStart(ctx.options.schoolYear, ctx.rng.int(1, 2))}`,
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
