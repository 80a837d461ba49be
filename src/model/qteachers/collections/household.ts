// Collections that come from the student's household: /addresses, /parents and
// /emergency-contacts. Siblings therefore share addresses, contact IDs and contact RefIds.
import type { CollectionSpec, RecordContext } from '../../types.ts';
import { asHousehold, asStudent } from '../entities.ts';
import { project } from './project.ts';
import { studentLinks } from './students.ts';

const COUNTRY_AUSTRALIA = '1101';

const householdOf = (ctx: Pick<RecordContext, 'owner' | 'entity'>) =>
  asHousehold(ctx.entity('household', asStudent(ctx.owner).householdHead));

// The physical home address is always first; about one household in five adds a mailing address.
const isMailing = (ctx: RecordContext) => ctx.index === 1;

export const addresses: CollectionSpec = {
  api: 'student',
  path: 'addresses',
  owner: 'student',
  count: (ctx) => (householdOf(ctx).mailingLine1 ? 2 : 1),
  fields: {
    addressId: (ctx) => `A-${String(ctx.school.centreCode)}-${asStudent(ctx.entity('student', householdOf(ctx).head)).enrolmentId.slice(4)}-${ctx.index + 1}`,
    refId: ({ rng }) => rng.uuid(),
    ...studentLinks,
    addressType: (ctx) => (isMailing(ctx) ? '0123' : '0765'),
    addressRole: () => '012B',
    line1: (ctx) => (isMailing(ctx) ? householdOf(ctx).mailingLine1 : householdOf(ctx).line1),
    line2: (ctx) => (isMailing(ctx) ? null : householdOf(ctx).line2),
    suburb: (ctx) => householdOf(ctx).suburb,
    state: () => 'QLD',
    postcode: (ctx) => householdOf(ctx).postcode,
    country: () => COUNTRY_AUSTRALIA,
    isSilent: (ctx) => householdOf(ctx).isSilent,
    effectiveFromDate: (ctx) => householdOf(ctx).effectiveFromDate,
  },
};

const contactOf = (kind: 'parent' | 'emergencyContact') => (ctx: RecordContext) =>
  ctx.entity(kind, `${householdOf(ctx).head}.${ctx.index}`);

/** A row's own RefId (the StudentContactRelationship), and its links to the student, the person and the school. */
const links = (kind: 'parent' | 'emergencyContact'): CollectionSpec['fields'] => ({
  refId: ({ rng }) => rng.uuid(),
  ...studentLinks,
  studentContactPersonalRefId: (ctx) => contactOf(kind)(ctx).refId,
  schoolInfoRefId: ({ school }) => school.refId,
});

const PERSON = ['contactId', 'title', 'familyName', 'givenName', 'sex', 'relationshipCode'] as const;

export const parents: CollectionSpec = {
  api: 'student',
  path: 'parents',
  owner: 'student',
  count: (ctx) => householdOf(ctx).parentCount,
  fields: {
    ...project(contactOf('parent'), PERSON),
    ...links('parent'),
    contactSequence: (ctx) => contactOf('parent')(ctx).sequence,
    ...project(contactOf('parent'), [
      'parentLegalGuardian', 'livesWith', 'hasCustody', 'pickupRights', 'accessToRecords', 'receivesAssessmentReport',
      'feesBilling', 'familyMail', 'emergencyContact', 'interventionOrder', 'phones', 'emails', 'employmentType',
      'schoolEducationLevel', 'nonSchoolEducation', 'mainlySpeaksEnglishAtHome', 'contactMethod',
    ]),
  },
};

// Emergency contacts here are the people who are not parents; parents flagged
// emergencyContact=Y are on /parents only (see docs/data-model.md).
export const emergencyContacts: CollectionSpec = {
  api: 'student',
  path: 'emergency-contacts',
  owner: 'student',
  count: (ctx) => householdOf(ctx).emergencyCount,
  fields: {
    ...project(contactOf('emergencyContact'), PERSON),
    ...links('emergencyContact'),
    contactSequence: (ctx) => contactOf('emergencyContact')(ctx).sequence,
    parentLegalGuardian: () => 'N',
    livesWith: () => 'N',
    hasCustody: () => 'N',
    pickupRights: ({ rng }) => (rng.chance(0.7) ? 'Y' : 'N'),
    accessToRecords: () => 'N',
    emergencyContact: () => 'Y',
    ...project(contactOf('emergencyContact'), ['phones', 'emails']),
  },
};
