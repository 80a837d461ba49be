// Format rules: codes are strings that keep their leading zeros, and every coded value
// is in its code set.
import { STAFF_ID, STUDENT_ID } from '../../model/qteachers/ids.ts';
import { recordId } from '../record-id.ts';
import type { Finding, PagedRow, CrawledSchool, Crawl } from '../types.ts';
import { CODE_SETS, FOUR_DIGIT_FIELDS, NESTED_CODE_SETS_ALLOWED as NESTED_CODE_SETS } from './code-sets.ts';
import { finding, type Rule } from './rule.ts';

/** Calls `visit` for every row of every endpoint that was crawled (partial crawls included). */
export function eachRow(crawl: Crawl, visit: (school: CrawledSchool, endpoint: string, row: PagedRow) => void): void {
  for (const school of crawl.schools) {
    for (const [endpoint, crawled] of Object.entries(school.endpoints)) for (const row of crawled.rows) visit(school, endpoint, row);
  }
}

const STRING_FIELDS = [...new Set([...Object.keys(CODE_SETS), ...FOUR_DIGIT_FIELDS, STUDENT_ID, STAFF_ID])];

export const leadingZeros: Rule = {
  name: 'leading-zeros',
  description: 'codes and IDs are strings that keep their leading zeros: centreCode and postcode are 4 digits ("0220", not 220)',
  check(crawl) {
    const out: Finding[] = [];
    eachRow(crawl, (school, endpoint, { page, record }) => {
      const id = recordId(record);
      const report = (text: string) => out.push(finding('leading-zeros', school, endpoint, page, id, `${id} ${text}`));
      for (const field of STRING_FIELDS) {
        const value = record[field];
        if (value === undefined || value === null) continue;
        if (typeof value !== 'string') report(`${field} is ${JSON.stringify(value)} (a ${typeof value}), not a string`);
        else if ((FOUR_DIGIT_FIELDS as readonly string[]).includes(field) && !/^\d{4}$/.test(value)) {
          const guess = /^\d{1,3}$/.test(value) ? ` Did you mean "${value.padStart(4, '0')}"?` : '';
          report(`${field} is ${JSON.stringify(value)}, not 4 digits.${guess}`);
        }
      }
      if (typeof record.centreCode === 'string' && /^\d{4}$/.test(record.centreCode) && record.centreCode !== school.centreCode) {
        report(`centreCode is "${record.centreCode}", not the school's "${school.centreCode}"`);
      }
    });
    return out;
  },
};

const list = (values: readonly string[]) => (values.length > 12 ? `${values.slice(0, 12).join(', ')}, ...` : values.join(', '));

export const codeSet: Rule = {
  name: 'code-set',
  description: 'coded values (sex, yearLevel, relationshipCode, addressType, Y/N flags, phone and email types...) are in their SIF AU code sets',
  check(crawl) {
    const out: Finding[] = [];
    eachRow(crawl, (school, endpoint, { page, record }) => {
      const id = recordId(record);
      const test = (field: string, value: unknown, allowed: readonly string[]) => {
        // Non-strings are leading-zeros findings; absent and null values are optional fields.
        if (typeof value === 'string' && !allowed.includes(value)) {
          out.push(finding('code-set', school, endpoint, page, id, `${id} ${field} ${JSON.stringify(value)} is not in its code set (${list(allowed)})`));
        }
      };
      for (const [field, allowed] of Object.entries(CODE_SETS)) test(field, record[field], allowed);
      for (const [field, nested] of Object.entries(NESTED_CODE_SETS)) {
        const items = record[field];
        if (!Array.isArray(items)) continue;
        items.forEach((item: unknown, i) => {
          if (typeof item !== 'object' || item === null) return;
          for (const [key, allowed] of Object.entries(nested)) test(`${field}[${i}].${key}`, (item as Record<string, unknown>)[key], allowed);
        });
      }
    });
    return out;
  },
};
