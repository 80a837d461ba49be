// SIF RefId rules: every record's own refId is unique across the hub, and the *RefId links
// (studentPersonalRefId, staffPersonalRefId, schoolInfoRefId, studentContactPersonalRefId)
// point at what they say, like the enrolment and staff IDs do. Also: a text that names a
// code agrees with the code's label.
import { QTEACHERS_PEOPLE } from '../../model/qteachers/ids.ts';
import { labelOf } from '../../model/vocab/sif-codesets.ts';
import { recordId } from '../record-id.ts';
import type { Finding, PagedRow } from '../types.ts';
import { eachRow } from './formats.ts';
import { finding, rowsOf, text, type Rule } from './rule.ts';

export const refIdUnique: Rule = {
  name: 'refid-unique',
  description: "every record's refId is unique across the hub's schools and endpoints",
  check(crawl) {
    const out: Finding[] = [];
    const seen = new Map<string, string>();
    for (const school of crawl.schools) {
      if (school.refId) seen.set(school.refId, `school ${school.centreCode}`);
    }
    eachRow(crawl, (school, endpoint, { page, record }) => {
      const refId = text(record.refId);
      if (refId === undefined) return;
      const where = `${school.centreCode} /${endpoint} ${recordId(record)}`;
      const first = seen.get(refId);
      if (first === undefined) seen.set(refId, where);
      else out.push(finding('refid-unique', school, endpoint, page, recordId(record), `${recordId(record)} has refId ${refId}, which ${first} has too`));
    });
    return out;
  },
};

/** Each person's refId by their ID, from the endpoint that lists them. */
function refIdsOf(rows: readonly PagedRow[] | undefined, idField: string): Map<string, string> | undefined {
  return rows && new Map(rows.map(({ record }) => [String(record[idField]), String(record.refId)]));
}

const { student, staff } = QTEACHERS_PEOPLE;
const LINKS = [
  { link: 'studentPersonalRefId', idField: student.idField, people: student.collection, kind: student.noun },
  { link: 'staffPersonalRefId', idField: staff.idField, people: staff.collection, kind: staff.noun },
] as const;

export const refIdLinks: Rule = {
  name: 'refid-links',
  description: "*RefId links resolve: studentPersonalRefId and staffPersonalRefId are their person's refId, schoolInfoRefId the school's, and a contact person (contactId) has one studentContactPersonalRefId",
  check(crawl) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      for (const { link, idField, people, kind } of LINKS) {
        const refIds = refIdsOf(rowsOf(school, people), idField);
        if (!refIds) continue;
        for (const [endpoint, crawled] of Object.entries(school.endpoints)) {
          for (const { page, record } of crawled.rows) {
            const value = text(record[link]);
            const expected = refIds.get(String(record[idField]));
            if (value === undefined || expected === undefined || value === expected) continue;
            out.push(finding('refid-links', school, endpoint, page, recordId(record), `${recordId(record)} ${link} ${value} is not the refId of ${kind} ${String(record[idField])} (${expected})`));
          }
        }
      }
      if (school.refId) {
        for (const [endpoint, crawled] of Object.entries(school.endpoints)) {
          for (const { page, record } of crawled.rows) {
            const value = text(record.schoolInfoRefId);
            if (value !== undefined && value !== school.refId) {
              out.push(finding('refid-links', school, endpoint, page, recordId(record), `${recordId(record)} schoolInfoRefId ${value} is not ${school.centreCode}'s refId (${school.refId})`));
            }
          }
        }
      }
      for (const endpoint of ['parents', 'emergency-contacts']) {
        const person = new Map<string, string>();
        const contact = new Map<string, string>();
        for (const { page, record } of rowsOf(school, endpoint) ?? []) {
          const id = text(record.contactId);
          const refId = text(record.studentContactPersonalRefId);
          if (id === undefined || refId === undefined) continue;
          const known = person.get(id) ?? (person.set(id, refId), refId);
          const owner = contact.get(refId) ?? (contact.set(refId, id), id);
          if (known !== refId) out.push(finding('refid-links', school, endpoint, page, id, `contact ${id} has studentContactPersonalRefId ${refId} here and ${known} elsewhere`));
          else if (owner !== id) out.push(finding('refid-links', school, endpoint, page, id, `contacts ${owner} and ${id} share studentContactPersonalRefId ${refId}`));
        }
      }
    }
    return out;
  },
};

export const codeLabel: Rule = {
  name: 'code-label',
  description: 'a flag that names a condition by code (WellbeingCharacteristicSubCategory) describes it by that code\'s label',
  check(crawl) {
    const out: Finding[] = [];
    eachRow(crawl, (school, endpoint, { page, record }) => {
      const code = text(record.code);
      const description = text(record.description);
      if (code === undefined || description === undefined) return;
      const label = labelOf('WellbeingCharacteristicSubCategory', code);
      if (label !== undefined && !description.toLowerCase().startsWith(label.toLowerCase())) {
        out.push(finding('code-label', school, endpoint, page, recordId(record), `${recordId(record)} has code ${code} (${label}) but says ${JSON.stringify(description)}`));
      }
    });
    return out;
  },
};
