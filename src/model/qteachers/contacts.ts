// The people of a household: its parents or carers, and emergency contacts who are not
// parents. A contact is named by the household's head and a slot (`"{head}.{k}"`), so
// siblings share them. Phones as they are now: a mobile first (ACMA's fiction mobiles), a
// work number for some who work, the home landline where the household has one.
import type { EntityContext, EntitySpec } from '../types.ts';
import { EMERGENCY_RELATIONSHIPS } from '../vocab/codes.ts';
import { PARENT_EMAIL_DOMAINS } from '../vocab/contact.ts';
import { communityAt } from './community.ts';
import { asHousehold, asSchool, asStudent } from './entities.ts';
import { LANDLINE } from './home.ts';
import { distinctName, familyName, givenName } from './names.ts';
import { contactMethod, employmentType, nonSchoolEducation, parentTitle, schoolEducation } from './parent-profile.ts';
import { emailLocal, title } from './people.ts';
import { contactPhone, mobilePhone } from './phones.ts';

/** Working parents who give a work number (assumption). */
const WORK_PHONE = 0.4;
/** Emergency contacts are a generation older (grandparents) or the parents' age (assumption). */
const GRANDPARENT_OLDER = [22, 32] as const;

/** The contact's household, from a contact index `"{head}.{k}"`. */
export function householdOf(ctx: EntityContext) {
  return asHousehold(ctx.entity('household', Number(String(ctx.index).split('.')[0])));
}
const slot = (ctx: EntityContext) => Number(String(ctx.index).split('.')[1]);
const headEnrolment = (ctx: EntityContext) => asStudent(ctx.entity('student', householdOf(ctx).head)).enrolmentId;
const planOf = (ctx: EntityContext) => householdOf(ctx).parents[slot(ctx)]!;
const flag = (value: boolean) => (value ? 'Y' : 'N');
const fullNames = (people: { givenName: string; familyName: string }[]) => people.map((p) => `${p.givenName} ${p.familyName}`);
const greaterBrisbane = (ctx: EntityContext) => communityAt(asSchool(ctx.school).suburbIndex).greaterBrisbane;

/** The household's parents before `before` (their entities), for names that must differ. */
function parentsBefore(ctx: EntityContext, before: number) {
  const { head } = householdOf(ctx);
  return Array.from({ length: before }, (_, k) => ctx.entity('parent', `${head}.${k}`) as unknown as { givenName: string; familyName: string });
}

/** Fields both parents and emergency contacts have. */
const person: EntitySpec['fields'] = {
  contactId: (ctx) => `C-${String(ctx.school.centreCode)}-${headEnrolment(ctx).slice(4)}-${ctx.record.sequence}`,
  // The contact person's own SIF RefId (StudentContactPersonal): siblings share the person.
  refId: ({ rng }) => rng.uuid(),
};

export const parent: EntitySpec = {
  fields: {
    sequence: (ctx) => slot(ctx) + 1,
    sex: (ctx) => planOf(ctx).sex,
    ...person,
    familyName: (ctx) => (planOf(ctx).sharesFamilyName ? householdOf(ctx).familyName : familyName(ctx.rng, householdOf(ctx).background)),
    givenName: (ctx) => {
      const others = parentsBefore(ctx, slot(ctx)).map((p) => p.givenName);
      // One stream for every retry: keys that differ only in a last digit start alike.
      const rng = ctx.keyed('parent-name', String(ctx.index));
      const draw = () => givenName(rng, householdOf(ctx).background, ctx.record.sex, planOf(ctx).birthYear);
      return distinctName(draw, others);
    },
    relationshipCode: (ctx) => planOf(ctx).relationshipCode,
    schoolEducationLevel: (ctx) => schoolEducation(ctx.rng, greaterBrisbane(ctx)),
    nonSchoolEducation: (ctx) => nonSchoolEducation(ctx.rng, greaterBrisbane(ctx), String(ctx.record.schoolEducationLevel)),
    employmentType: (ctx) => employmentType(ctx.rng, String(ctx.record.sex), householdOf(ctx).parentCount > 1, String(ctx.record.nonSchoolEducation)),
    title: (ctx) => parentTitle(ctx.rng, ctx.record.sex, ctx.record.nonSchoolEducation, ctx.record.employmentType),
    // The second parent of a household with a custody matter has no custody or access.
    restricted: (ctx) => householdOf(ctx).legal && slot(ctx) === 1,
    // Children in care: the Chief Executive (Child Safety) is their guardian, not the carer.
    parentLegalGuardian: (ctx) => flag(!planOf(ctx).carer),
    livesWith: ({ record }) => flag(!record.restricted),
    hasCustody: (ctx) => flag(!ctx.record.restricted && !planOf(ctx).carer),
    pickupRights: ({ record }) => flag(!record.restricted),
    accessToRecords: ({ record }) => flag(!record.restricted),
    receivesAssessmentReport: ({ record }) => flag(!record.restricted),
    feesBilling: ({ record }) => flag(record.sequence === 1),
    familyMail: ({ record }) => flag(!record.restricted),
    emergencyContact: ({ record }) => flag(!record.restricted),
    interventionOrder: ({ record, rng }) => flag(Boolean(record.restricted) && rng.chance(0.5)),
    phones: (ctx) => {
      const home = householdOf(ctx);
      const works = ['1', '2', '3', '4'].includes(String(ctx.record.employmentType));
      return [
        { type: '0888', number: mobilePhone(ctx.rng) },
        ...(works && ctx.rng.chance(WORK_PHONE) ? [{ type: '0887', number: contactPhone(ctx, home.head, slot(ctx)) }] : []),
        ...(home.landline && !ctx.record.restricted ? [{ type: '0777', number: home.homePhone }] : []),
      ];
    },
    emails: (ctx) => [{ type: '01', address: `${emailLocal(ctx.record.givenName, ctx.record.familyName)}${ctx.rng.int(1, 99)}@${ctx.rng.pick(PARENT_EMAIL_DOMAINS)}` }],
    mainlySpeaksEnglishAtHome: (ctx) => flag(!householdOf(ctx).speaksLanguage),
    contactMethod: ({ rng }) => contactMethod(rng),
  },
};

export const emergencyContact: EntitySpec = {
  fields: {
    // Emergency contacts are numbered after the parents (3 and 4 with two parents).
    sequence: (ctx) => householdOf(ctx).parentCount + slot(ctx) + 1,
    sex: ({ rng }) => (rng.chance(0.6) ? '2' : '1'),
    ...person,
    title: (ctx) => title(ctx, ctx.record.sex),
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
      const born = (home.parents[0]?.birthYear ?? ctx.options.schoolYear - 45) - (ctx.record.relationshipCode === '11' ? ctx.rng.int(...GRANDPARENT_OLDER) : ctx.rng.int(-8, 8));
      const rng = ctx.keyed('contact-name', String(ctx.index));
      const draw = () => givenName(rng, home.background, ctx.record.sex, born);
      let name = draw();
      for (let attempt = 1; attempt < 8 && taken.includes(`${name} ${String(ctx.record.familyName)}`); attempt++) name = draw();
      return name;
    },
    phones: (ctx) => [
      { type: '0888', number: mobilePhone(ctx.rng) },
      ...(ctx.rng.chance(LANDLINE) ? [{ type: '0777', number: contactPhone(ctx, householdOf(ctx).head, 2 + slot(ctx)) }] : []),
    ],
    emails: (ctx) => (ctx.rng.chance(0.5) ? [{ type: '01', address: `${emailLocal(ctx.record.givenName, ctx.record.familyName)}@${ctx.rng.pick(PARENT_EMAIL_DOMAINS)}` }] : []),
  },
};
