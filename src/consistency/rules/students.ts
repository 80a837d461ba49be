// Rules across a school's students, staff and households: year level against age, classes
// against teachers, siblings against their shared parents and home.
import { STUDENT_ID } from '../../model/qteachers/ids.ts';
import { ageAtMidYear } from '../../model/qteachers/dates.ts';
import { YEAR_LEVELS } from '../../model/vocab/school.ts';
import type { Finding, Row } from '../types.ts';
import { schoolYearOf } from './history.ts';
import { finding, groupBy, rowsOf, text, type Rule } from './rule.ts';

/** Age at 30 June of the school year for Prep; each later level adds a year. A child may be a year older (started Prep late, or repeated a year), never younger. */
const PREP_AGE = 5;
const OLDER_BY = 1;
const levelName = (level: string) => (level === 'P' ? 'Prep' : `Year ${level}`);

export const yearLevelAge: Rule = {
  name: 'year-level-age',
  description: "a student's year level agrees with their birth date (Prep turns 5 by 30 June; a child may be a year older, having started late or repeated) and is one the school teaches",
  check(crawl, options) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      const year = schoolYearOf(school, options);
      for (const { page, record } of rowsOf(school, 'students') ?? []) {
        const id = String(record.enrolmentId);
        const level = text(record.yearLevel);
        const index = YEAR_LEVELS.indexOf(level as (typeof YEAR_LEVELS)[number]);
        if (level === undefined || index < 0) continue;
        if (school.yearLevels && !school.yearLevels.includes(level)) {
          out.push(finding('year-level-age', school, 'students', page, id, `${id} is in ${levelName(level)}, which ${school.centreCode} does not teach (${school.yearLevels.join(', ')})`));
        }
        const born = text(record.birthDate);
        if (year === undefined || born === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(born)) continue;
        const age = ageAtMidYear(born, year);
        if (age < PREP_AGE + index || age > PREP_AGE + index + OLDER_BY) {
          out.push(finding('year-level-age', school, 'students', page, id, `${id} in ${levelName(level)} born ${born} is ${age} at 30 June ${year}, not ${PREP_AGE + index} (or ${PREP_AGE + index + OLDER_BY}, a year older)`));
        }
      }
    }
    return out;
  },
};

export const untaughtClass: Rule = {
  name: 'untaught-class',
  description: "every class a student attends (students.classes) is taught by a staff member of the school (staff.teachingGroups[].localId)",
  check(crawl) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      const students = rowsOf(school, 'students');
      const staff = rowsOf(school, 'staff');
      if (!students || !staff) continue;
      const taught = new Set(staff.flatMap(({ record }) => (Array.isArray(record.teachingGroups) ? (record.teachingGroups as Row[]).map((g) => String(g.localId)) : [])));
      for (const { page, record } of students) {
        const id = String(record.enrolmentId);
        for (const localId of Array.isArray(record.classes) ? record.classes.map(String) : []) {
          if (!taught.has(localId)) out.push(finding('untaught-class', school, 'students', page, id, `${id} attends class ${localId}, which no staff member of ${school.centreCode} teaches`));
        }
      }
    }
    return out;
  },
};

/** A home address without the fields that name its owner or the row. */
function homeKey(rows: readonly Row[]): string {
  const homes = rows.some((r) => 'addressType' in r) ? rows.filter((r) => r.addressType === '0765') : rows;
  return JSON.stringify(homes.map(({ enrolmentId: _e, addressId: _a, refId: _r, studentPersonalRefId: _s, ...address }) => address));
}

export const siblingConsistency: Rule = {
  name: 'sibling-consistency',
  description: 'students who share a parent (contactId) have the same set of parents and the same home address',
  check(crawl) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      const crawled = rowsOf(school, 'parents');
      if (!crawled) continue;
      // Rows of unknown students are orphan findings already; leave them out of the families.
      const students = rowsOf(school, 'students');
      const known = students ? new Set(students.map((r) => String(r.record.enrolmentId))) : undefined;
      const parents = known ? crawled.filter((r) => known.has(String(r.record.enrolmentId))) : crawled;
      const addresses = rowsOf(school, 'addresses');
      const homes = addresses ? groupBy(addresses, STUDENT_ID) : undefined;
      const parentSets = new Map([...groupBy(parents, STUDENT_ID)].map(([id, rows]) => [id, [...new Set(rows.map((r) => String(r.record.contactId)))].sort().join(',')]));
      // The first student seen with each parent stands for the family; others must match them.
      const familyOf = new Map<string, string>();
      const reported = new Set<string>();
      for (const { page, record } of parents) {
        const id = String(record.enrolmentId);
        const contact = String(record.contactId);
        const elder = familyOf.get(contact);
        if (elder === undefined) familyOf.set(contact, id);
        if (elder === undefined || elder === id || reported.has(id)) continue;
        if (parentSets.get(elder) !== parentSets.get(id)) {
          reported.add(id);
          out.push(finding('sibling-consistency', school, 'parents', page, id, `${id} shares parent ${contact} with ${elder}, but their parents differ (${parentSets.get(id)} against ${parentSets.get(elder)})`));
        } else if (homes && homeKey((homes.get(id) ?? []).map((r) => r.record)) !== homeKey((homes.get(elder) ?? []).map((r) => r.record))) {
          reported.add(id);
          out.push(finding('sibling-consistency', school, 'addresses', homes.get(id)?.[0]?.page, id, `${id} shares parent ${contact} with ${elder}, but their home addresses differ`));
        }
      }
    }
    return out;
  },
};
