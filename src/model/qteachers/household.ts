// Households: the siblings at a school share a family, a home, parents and emergency
// contacts. A household is named by the index of its first student (its head). Its shape
// follows Australian family figures: one-parent families, same-sex couples, step-parents,
// carers who are not parents; its language background decides names and home language.
import type { EntityContext, EntitySpec } from '../types.ts';
import { AUSTRALIA, BACKGROUNDS, backgroundWeights, ENGLISH_OVERSEAS } from '../vocab/backgrounds.ts';
import {
  CARER_RELATIONSHIPS, CONTACT_METHODS, EMERGENCY_RELATIONSHIPS, EMPLOYMENT_TYPES, INDIGENOUS_CODES,
  INDIGENOUS_NOT_STATED, INDIGENOUS_SHARE, NON_SCHOOL_EDUCATION, SCHOOL_EDUCATION_LEVELS,
} from '../vocab/codes.ts';
import { PARENT_EMAIL_DOMAINS } from '../vocab/contact.ts';
import { NAME_WORDS, STREET_TYPES } from '../vocab/places.ts';
import { dayBetween } from './dates.ts';
import { asHousehold, asSchool, asStudent, type ParentPlan } from './entities.ts';
import { distinctName, familyName, givenName } from './names.ts';
import { contactPhone, homePhone } from './phones.ts';
import { neighbourhoodOf, suburbName, suburbPostcode } from './places.ts';
import { emailLocal, title } from './people.ts';

const WEIGHTS = backgroundWeights();
/** [S13] 21.8% of families with dependent children are one-parent families; 79.8% of those are headed by mothers. */
const ONE_PARENT = 0.218;
const ONE_PARENT_MOTHER = 0.798;
/** One-parent households whose parent has a name other than the children's (assumption). */
const ONE_PARENT_OTHER_NAME = 0.05;
/** [S14] About 0.46% of couple families with children are same-sex couples, about four female couples to one male. */
const SAME_SEX = 0.0046;
/** [S15] About 14% of couple families with children are step or blended families (Greater Brisbane). */
const STEP = 0.14;
/** Children cared for by a grandparent, foster parent or guardian (assumption). */
const CARER = 0.01;
/** Households with a custody matter on file: two parents, one without custody (assumption). */
const LEGAL = 0.03;
/** Families who came to Queensland during their children's schooling: from overseas by background, or from interstate (assumptions). */
const RECENT_MIGRANTS = 0.35;
const RECENT_ENGLISH_MIGRANTS = 0.03;
const FROM_INTERSTATE = 0.05;
/** Partners who keep a family name of their own (assumption). */
const OWN_FAMILY_NAME = 0.25;
/** Where a household lives: in the school's suburb, a suburb within 12 km, or farther in its region. */
const HOME = [['school', 50], ['near', 44], ['region', 6]] as const;

function parentsOf(ctx: EntityContext, legal: boolean): ParentPlan[] {
  const { rng } = ctx;
  const parent = (sex: string, relationshipCode = '01', sharesFamilyName = true): ParentPlan => ({ sex, relationshipCode, sharesFamilyName });
  if (!legal && rng.chance(CARER)) return [parent(rng.chance(0.7) ? '2' : '1', rng.weighted(CARER_RELATIONSHIPS))];
  if (!legal && rng.chance(ONE_PARENT)) return [parent(rng.chance(ONE_PARENT_MOTHER) ? '2' : '1', '01', !rng.chance(ONE_PARENT_OTHER_NAME))];
  if (rng.chance(SAME_SEX)) {
    const sex = rng.chance(0.8) ? '2' : '1';
    return [parent(sex), parent(sex, '01', rng.chance(0.3))];
  }
  const step = rng.chance(STEP);
  const motherFirst = rng.chance(0.6);
  // Children carry the father's family name in most families; in a step family, that of
  // their own parent (listed first); a step-parent has a name of their own.
  const keepsOwn = rng.chance(OWN_FAMILY_NAME);
  const mother = parent('2', step && !motherFirst ? '02' : '01', step ? motherFirst : !keepsOwn);
  const father = parent('1', step && motherFirst ? '02' : '01', !(step && motherFirst));
  return motherFirst ? [mother, father] : [father, mother];
}

export const household: EntitySpec = {
  fields: {
    head: ({ index }) => Number(index),
    refId: ({ rng }) => rng.uuid(),
    background: ({ rng }) => rng.weighted(WEIGHTS),
    indigenousStatus: ({ rng, record }) => {
      if (rng.chance(INDIGENOUS_NOT_STATED)) return '9';
      // Indigenous families are among the English-speaking ones: their share there makes 10% of all.
      const english = WEIGHTS[0]![1];
      return record.background === 'english' && rng.chance(INDIGENOUS_SHARE / english) ? rng.weighted(INDIGENOUS_CODES) : '4';
    },
    speaksLanguage: ({ rng, record }) => rng.chance(BACKGROUNDS.find((b) => b.key === record.background)?.speaksAtHome ?? 0),
    origin: ({ rng, record }) => {
      if (record.indigenousStatus !== '4' && record.indigenousStatus !== '9') return 'local';
      if (rng.chance(record.background === 'english' ? RECENT_ENGLISH_MIGRANTS : RECENT_MIGRANTS)) return 'overseas';
      return rng.chance(FROM_INTERSTATE) ? 'interstate' : 'local';
    },
    arrivalYear: ({ rng, record, options }) => (record.origin === 'local' ? null : options.schoolYear - rng.int(0, 12)),
    originCountry: ({ rng, record }) => {
      if (record.origin !== 'overseas') return AUSTRALIA;
      return BACKGROUNDS.find((b) => b.key === record.background)?.country ?? rng.weighted(ENGLISH_OVERSEAS);
    },
    familyName: (ctx) => familyName(ctx.rng, String(ctx.record.background)),
    legal: ({ rng }) => rng.chance(LEGAL),
    parents: (ctx) => parentsOf(ctx, Boolean(ctx.record.legal)),
    parentCount: ({ record }) => (record.parents as ParentPlan[]).length,
    emergencyCount: ({ rng }) => rng.int(1, 2),
    suburbIndex: (ctx) => {
      const around = neighbourhoodOf(asSchool(ctx.school).suburbIndex);
      const where = ctx.rng.weighted(HOME);
      if (where === 'near' && around.near.length > 0) return ctx.rng.pick(around.near);
      if (where === 'region' && around.region.length > 0) return ctx.rng.pick(around.region);
      return around.home;
    },
    suburb: ({ record }) => suburbName(Number(record.suburbIndex)),
    postcode: ({ record }) => suburbPostcode(Number(record.suburbIndex)),
    line1: ({ rng }) => `${rng.int(1, 250)} ${rng.pick(NAME_WORDS)} ${rng.pick(STREET_TYPES)}`,
    line2: ({ rng }) => (rng.chance(0.15) ? `Unit ${rng.int(1, 40)}` : null),
    isSilent: ({ rng }) => rng.chance(0.02),
    mailingLine1: ({ rng }) => (rng.chance(0.2) ? `PO Box ${rng.int(100, 9999)}` : null),
    effectiveFromDate: ({ rng, options }) => dayBetween(rng, `${options.schoolYear - 8}-01-01`, `${options.schoolYear - 1}-12-31`),
    homePhone: (ctx) => homePhone(ctx, Number(ctx.index)),
  },
};

/** The contact's household, from a contact index `"{head}.{k}"`. */
export function householdOf(ctx: EntityContext) {
  return asHousehold(ctx.entity('household', Number(String(ctx.index).split('.')[0])));
}
const slot = (ctx: EntityContext) => Number(String(ctx.index).split('.')[1]);
const headEnrolment = (ctx: EntityContext) => asStudent(ctx.entity('student', householdOf(ctx).head)).enrolmentId;
const planOf = (ctx: EntityContext) => householdOf(ctx).parents[slot(ctx)]!;
const flag = (value: boolean) => (value ? 'Y' : 'N');
const fullNames = (people: { givenName: string; familyName: string }[]) => people.map((p) => `${p.givenName} ${p.familyName}`);

/** The household's parents before `before` (their entities), for names that must differ. */
function parentsBefore(ctx: EntityContext, before: number) {
  const { head } = householdOf(ctx);
  return Array.from({ length: before }, (_, k) => ctx.entity('parent', `${head}.${k}`) as unknown as { givenName: string; familyName: string });
}

/** Fields both parents and emergency contacts have. */
const person = (phoneSlot: (ctx: EntityContext) => number): EntitySpec['fields'] => ({
  contactId: (ctx) => `C-${String(ctx.school.centreCode)}-${headEnrolment(ctx).slice(4)}-${ctx.record.sequence}`,
  // The contact person's own SIF RefId (StudentContactPersonal): siblings share the person.
  refId: ({ rng }) => rng.uuid(),
  title: (ctx) => title(ctx, ctx.record.sex),
  phones: (ctx) => [{ type: '0096', number: contactPhone(ctx, householdOf(ctx).head, phoneSlot(ctx)) }],
});

export const parent: EntitySpec = {
  fields: {
    sequence: (ctx) => slot(ctx) + 1,
    sex: (ctx) => planOf(ctx).sex,
    ...person(slot),
    familyName: (ctx) => (planOf(ctx).sharesFamilyName ? householdOf(ctx).familyName : familyName(ctx.rng, householdOf(ctx).background)),
    givenName: (ctx) => {
      const others = parentsBefore(ctx, slot(ctx)).map((p) => p.givenName);
      return distinctName((attempt) => givenName(ctx.keyed('parent-name', String(ctx.index), attempt), householdOf(ctx).background, ctx.record.sex, 'adult'), others);
    },
    relationshipCode: (ctx) => planOf(ctx).relationshipCode,
    // The second parent of a household with a custody matter has no custody or access.
    restricted: (ctx) => householdOf(ctx).legal && slot(ctx) === 1,
    parentLegalGuardian: () => 'Y',
    livesWith: ({ record }) => flag(!record.restricted),
    hasCustody: ({ record }) => flag(!record.restricted),
    pickupRights: ({ record }) => flag(!record.restricted),
    accessToRecords: ({ record }) => flag(!record.restricted),
    receivesAssessmentReport: ({ record }) => flag(!record.restricted),
    feesBilling: ({ record }) => flag(record.sequence === 1),
    familyMail: ({ record }) => flag(!record.restricted),
    emergencyContact: ({ record }) => flag(!record.restricted),
    interventionOrder: ({ record, rng }) => flag(Boolean(record.restricted) && rng.chance(0.5)),
    phones: (ctx) => [
      { type: '0096', number: contactPhone(ctx, householdOf(ctx).head, slot(ctx)) },
      ...(ctx.record.restricted ? [] : [{ type: '0777', number: householdOf(ctx).homePhone }]),
    ],
    emails: (ctx) => [{ type: '01', address: `${emailLocal(ctx.record.givenName, ctx.record.familyName)}${ctx.rng.int(1, 99)}@${ctx.rng.pick(PARENT_EMAIL_DOMAINS)}` }],
    employmentType: ({ rng }) => rng.pick(EMPLOYMENT_TYPES),
    schoolEducationLevel: ({ rng }) => rng.pick(SCHOOL_EDUCATION_LEVELS),
    nonSchoolEducation: ({ rng }) => rng.pick(NON_SCHOOL_EDUCATION),
    mainlySpeaksEnglishAtHome: (ctx) => flag(!householdOf(ctx).speaksLanguage),
    contactMethod: ({ rng }) => rng.pick(CONTACT_METHODS),
  },
};

export const emergencyContact: EntitySpec = {
  fields: {
    // Emergency contacts are numbered after the parents (3 and 4 with two parents).
    sequence: (ctx) => householdOf(ctx).parentCount + slot(ctx) + 1,
    sex: ({ rng }) => (rng.chance(0.6) ? '2' : '1'),
    ...person((ctx) => 2 + slot(ctx)),
    relationshipCode: ({ rng }) => rng.weighted(EMERGENCY_RELATIONSHIPS),
    // Relatives often share the family's name; nobody shares a parent's full name.
    familyName: (ctx) => {
      const home = householdOf(ctx);
      const related = ['11', '12', '06'].includes(String(ctx.record.relationshipCode));
      return related && ctx.rng.chance(0.6) ? home.familyName : familyName(ctx.rng, home.background);
    },
    givenName: (ctx) => {
      const home = householdOf(ctx);
      const taken = fullNames(parentsBefore(ctx, home.parentCount));
      const draw = (attempt: number) => givenName(ctx.keyed('contact-name', String(ctx.index), attempt), home.background, ctx.record.sex, 'adult');
      let name = draw(0);
      for (let attempt = 1; attempt < 8 && taken.includes(`${name} ${String(ctx.record.familyName)}`); attempt++) name = draw(attempt);
      return name;
    },
    emails: (ctx) => (ctx.rng.chance(0.5) ? [{ type: '01', address: `${emailLocal(ctx.record.givenName, ctx.record.familyName)}@${ctx.rng.pick(PARENT_EMAIL_DOMAINS)}` }] : []),
  },
};
