// ID rules: child records belong to a person of the same school, IDs are unique, every
// person has exactly one photo and every student the child records they must have.
import { QTEACHERS_PEOPLE, STUDENT_ID } from '../../model/qteachers/ids.ts';
import type { Finding, PagedRow } from '../types.ts';
import { finding, groupBy, rowsOf, type Rule } from './rule.ts';

/** Student-side endpoints whose records each belong to one student. */
export const STUDENT_CHILD_ENDPOINTS = ['photos', 'flags', 'addresses', 'parents', 'emergency-contacts', 'enrolment-history'] as const;
/** Endpoints every student must have at least one row on. */
export const REQUIRED_PER_STUDENT = ['addresses', 'parents', 'emergency-contacts', 'enrolment-history'] as const;

const { student, staff } = QTEACHERS_PEOPLE;
const people = [
  { kind: student.noun, people: student.collection, idField: student.idField, photos: student.photos, children: STUDENT_CHILD_ENDPOINTS },
  { kind: staff.noun, people: staff.collection, idField: staff.idField, photos: staff.photos, children: [staff.photos] },
] as const;

const ids = (rows: readonly PagedRow[], field: string) => new Set(rows.map((r) => String(r.record[field])));

function orphans(rule: string, index: number): Rule['check'] {
  const { kind, people: endpoint, idField, children } = people[index]!;
  return (crawl) => {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      const owners = rowsOf(school, endpoint);
      if (!owners) continue;
      const known = ids(owners, idField);
      for (const child of children) {
        for (const { page, record } of rowsOf(school, child) ?? []) {
          const id = String(record[idField]);
          if (!known.has(id)) out.push(finding(rule, school, child, page, id, `${idField} ${id} is not a ${kind} of ${school.centreCode}`));
        }
      }
    }
    return out;
  };
}

export const orphanEnrolmentId: Rule = {
  name: 'orphan-enrolment-id',
  description: 'every enrolmentId on photos, flags, addresses, parents, emergency-contacts and enrolment-history is a student of the same school',
  check: orphans('orphan-enrolment-id', 0),
};

export const orphanStaffId: Rule = {
  name: 'orphan-staff-id',
  description: "every staffId on the staff photos is a staff member of the same school",
  check: orphans('orphan-staff-id', 1),
};

export const duplicateId: Rule = {
  name: 'duplicate-id',
  description: 'enrolment IDs and staff IDs are unique within a school and across schools',
  check(crawl) {
    const out: Finding[] = [];
    for (const { kind, people: endpoint, idField } of people) {
      const owner = new Map<string, string>();
      for (const school of crawl.schools) {
        for (const { page, record } of rowsOf(school, endpoint) ?? []) {
          const id = String(record[idField]);
          const first = owner.get(id);
          if (first === undefined) owner.set(id, school.centreCode);
          else {
            const where = first === school.centreCode ? 'twice' : `also a ${kind} of ${first}`;
            out.push(finding('duplicate-id', school, endpoint, page, id, `${idField} ${id} is ${where}`));
          }
        }
      }
    }
    return out;
  },
};

export const photoCount: Rule = {
  name: 'photo-count',
  description: 'exactly one photo per student and per staff member',
  check(crawl) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      for (const { kind, people: endpoint, idField, photos } of people) {
        const owners = rowsOf(school, endpoint);
        const pictures = rowsOf(school, photos);
        if (!owners || !pictures) continue;
        const byOwner = groupBy(pictures, idField);
        for (const { page, record } of owners) {
          const id = String(record[idField]);
          const count = byOwner.get(id)?.length ?? 0;
          if (count !== 1) {
            out.push(finding('photo-count', school, photos, count === 0 ? undefined : byOwner.get(id)![1]!.page, id, `${kind} ${id} (${endpoint} page ${page}) has ${count} photos, not 1`));
          }
        }
      }
    }
    return out;
  },
};

export const missingRecords: Rule = {
  name: 'missing-records',
  description: 'every student has at least one address, parent, emergency contact and enrolment-history row',
  check(crawl) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      const students = rowsOf(school, 'students');
      if (!students) continue;
      for (const endpoint of REQUIRED_PER_STUDENT) {
        const rows = rowsOf(school, endpoint);
        if (!rows) continue;
        const owners = ids(rows, STUDENT_ID);
        for (const { page, record } of students) {
          const id = String(record.enrolmentId);
          if (!owners.has(id)) out.push(finding('missing-records', school, endpoint, undefined, id, `student ${id} (students page ${page}) has no ${endpoint} rows`));
        }
      }
    }
    return out;
  },
};
