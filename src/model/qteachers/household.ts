// Households: the siblings at a school share a family name, a home address, parents and
// emergency contacts. A household is named by the index of its first student (its head).
import type { EntityContext, EntitySpec } from '../types.ts';
import {
  CONTACT_METHODS, EMERGENCY_RELATIONSHIPS, EMPLOYMENT_TYPES, NON_SCHOOL_EDUCATION,
  PARENT_RELATIONSHIPS, SCHOOL_EDUCATION_LEVELS,
} from '../vocab/codes.ts';
import { PARENT_EMAIL_DOMAINS } from '../vocab/contact.ts';
import { NAME_WORDS, STREET_TYPES, SUBURBS } from '../vocab/places.ts';
import { dayBetween } from './dates.ts';
import { asHousehold, asSchool, asStudent } from './entities.ts';
import { emailLocal, familyName, givenName, mobile, title } from './people.ts';
import { landline } from './school.ts';

/** Students of one household are neighbours in index order; no household spans a multiple of this. */
export const MAX_HOUSEHOLD = 4;

/** Whether student `index` is a younger sibling of student `index - 1`. */
export function joinsPrevious(ctx: EntityContext, index: number): boolean {
  return index % MAX_HOUSEHOLD !== 0 && ctx.keyed('household-link', index).chance(0.3);
}

export const household: EntitySpec = {
  fields: {
    head: ({ index }) => Number(index),
    familyName,
    suburb: ({ rng, school }) => (rng.chance(0.8) ? asSchool(school).suburb : rng.pick(SUBURBS)[0]),
    postcode: ({ record }) => SUBURBS.find(([suburb]) => suburb === record.suburb)![1],
    line1: ({ rng }) => `${rng.int(1, 250)} ${rng.pick(NAME_WORDS)} ${rng.pick(STREET_TYPES)}`,
    line2: ({ rng }) => (rng.chance(0.15) ? `Unit ${rng.int(1, 40)}` : null),
    isSilent: ({ rng }) => rng.chance(0.02),
    mailingLine1: ({ rng }) => (rng.chance(0.2) ? `PO Box ${rng.int(100, 9999)}` : null),
    effectiveFromDate: ({ rng, options }) => dayBetween(rng, `${options.schoolYear - 8}-01-01`, `${options.schoolYear - 1}-12-31`),
    // About 3% of households have a custody matter: always two parents, one without custody.
    legal: ({ rng }) => rng.chance(0.03),
    parentCount: ({ rng, record }) => (record.legal || rng.chance(0.75) ? 2 : 1),
    emergencyCount: ({ rng }) => rng.int(1, 2),
    homePhone: landline,
  },
};

/** The contact's household, from a contact index `"{head}.{k}"`. */
function householdOf(ctx: EntityContext) {
  return asHousehold(ctx.entity('household', Number(String(ctx.index).split('.')[0])));
}
const slot = (ctx: EntityContext) => Number(String(ctx.index).split('.')[1]);
const headEnrolment = (ctx: EntityContext) => asStudent(ctx.entity('student', householdOf(ctx).head)).enrolmentId;

/** Fields both parents and emergency contacts have. */
const person: EntitySpec['fields'] = {
  contactId: (ctx) => `C-${String(ctx.school.centreCode)}-${headEnrolment(ctx).slice(4)}-${ctx.record.sequence}`,
  sex: ({ rng }) => rng.weighted([['2', 55], ['1', 44], ['9', 1]]),
  title: (ctx) => title(ctx, ctx.record.sex),
  familyName: (ctx) => (slot(ctx) === 0 || ctx.rng.chance(0.7) ? householdOf(ctx).familyName : familyName(ctx)),
  givenName: (ctx) => givenName(ctx, ctx.record.sex),
};

const flag = (value: boolean) => (value ? 'Y' : 'N');

export const parent: EntitySpec = {
  fields: {
    sequence: (ctx) => slot(ctx) + 1,
    ...person,
    relationshipCode: ({ rng }) => rng.weighted(PARENT_RELATIONSHIPS),
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
    phones: (ctx) => [{ type: '0888', number: mobile(ctx) }, { type: '0777', number: householdOf(ctx).homePhone }],
    emails: (ctx) => [{ type: '01', address: `${emailLocal(ctx.record.givenName, ctx.record.familyName)}${ctx.rng.int(1, 99)}@${ctx.rng.pick(PARENT_EMAIL_DOMAINS)}` }],
    employmentType: ({ rng }) => rng.pick(EMPLOYMENT_TYPES),
    schoolEducationLevel: ({ rng }) => rng.pick(SCHOOL_EDUCATION_LEVELS),
    nonSchoolEducation: ({ rng }) => rng.pick(NON_SCHOOL_EDUCATION),
    mainlySpeaksEnglishAtHome: ({ rng }) => flag(rng.chance(0.85)),
    contactMethod: ({ rng }) => rng.pick(CONTACT_METHODS),
  },
};

export const emergencyContact: EntitySpec = {
  fields: {
    // Emergency contacts are numbered after the parents (3 and 4 with two parents).
    sequence: (ctx) => householdOf(ctx).parentCount + slot(ctx) + 1,
    ...person,
    relationshipCode: ({ rng }) => rng.weighted(EMERGENCY_RELATIONSHIPS),
    phones: (ctx) => [{ type: '0888', number: mobile(ctx) }],
    emails: (ctx) => (ctx.rng.chance(0.5) ? [{ type: '01', address: `${emailLocal(ctx.record.givenName, ctx.record.familyName)}@${ctx.rng.pick(PARENT_EMAIL_DOMAINS)}` }] : []),
  },
};
