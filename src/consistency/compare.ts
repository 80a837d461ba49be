// What a system under test made of the hub's data (rows it displayed, exported or
// stored), compared with the hub: IDs known, none twice, none missing, fields the same.
import { QTEACHERS_PEOPLE } from '../model/qteachers/ids.ts';
import { allRecords, type Dataset } from '../generate/dataset.ts';
import type { Finding, IdField, Row, Crawl } from './types.ts';

/** The hub's people by ID: students (`enrolmentId`) or staff (`staffId`), with their school. */
export interface HubIndex {
  idField: IdField;
  /** The school the index is limited to, if any. */
  centreCode?: string;
  records: ReadonlyMap<string, { centreCode: string; record: Row }>;
}

export interface CompareOptions {
  idField: IdField;
  /** Compare with this school's people only; an ID of another school is then unknown. */
  centreCode?: string;
  /** Every person of the hub (or of `centreCode`) must appear in the rows. */
  complete?: boolean;
  /** Fields whose values must equal the hub's, e.g. `['givenName', 'familyName']`. */
  fields?: readonly string[];
}

/** The rules `compareWithHub` reports. */
export const SUT_RULES: Readonly<Record<string, string>> = {
  'sut-unknown-id': 'every ID in the rows is one of the hub\'s people (of the school, when one is named)',
  'sut-duplicate-id': 'no ID appears in two rows',
  'sut-missing-id': 'with complete: every person of the hub (or school) appears in the rows',
  'sut-field-mismatch': 'the chosen fields of each row equal the hub\'s values for that person',
};

const { student, staff } = QTEACHERS_PEOPLE;
const PEOPLE: Record<IdField, string> = { [student.idField]: student.collection, [staff.idField]: staff.collection };
const KIND: Record<IdField, string> = { [student.idField]: student.noun, [staff.idField]: staff.noun };

const isDataset = (source: Crawl | Dataset): source is Dataset => typeof (source as Dataset).collection === 'function';

/**
 * The hub's students or staff by ID, from a crawl or straight from a Dataset.
 * @example hubIndex(createDataset(), 'enrolmentId', '1690').records.get('1690824634')
 */
export function hubIndex(source: Crawl | Dataset, idField: IdField, centreCode?: string): HubIndex {
  const records = new Map<string, { centreCode: string; record: Row }>();
  const name = PEOPLE[idField];
  for (const school of source.schools) {
    if (centreCode !== undefined && school.centreCode !== centreCode) continue;
    let rows: Row[];
    if (isDataset(source)) {
      rows = allRecords(source.collection(school.centreCode, name)) as Row[];
    } else {
      rows = ((school as Crawl['schools'][number]).endpoints[name]?.rows ?? []).map((r) => r.record);
    }
    for (const record of rows) {
      const id = String(record[idField]);
      if (!records.has(id)) records.set(id, { centreCode: school.centreCode, record });
    }
  }
  return { idField, ...(centreCode === undefined ? {} : { centreCode }), records };
}

function same(sut: unknown, hub: unknown): boolean {
  if (JSON.stringify(sut) === JSON.stringify(hub)) return true;
  // A table cell holds text: "1" for 1 is the same value, but "220" is not "0220".
  return typeof sut === 'string' && (typeof hub === 'number' || typeof hub === 'boolean') && String(hub) === sut;
}

/**
 * Findings about rows a system under test made of the hub's data.
 * @example compareWithHub(dataset, rows, { idField: 'enrolmentId', centreCode: '1690', complete: true, fields: ['givenName'] })
 */
export function compareWithHub(hub: Crawl | Dataset | HubIndex, rows: readonly Row[], options: CompareOptions): Finding[] {
  const { idField, centreCode } = options;
  const index = 'records' in hub && hub.records instanceof Map ? (hub as HubIndex) : hubIndex(hub as Crawl | Dataset, idField, centreCode);
  const kind = KIND[idField];
  const out: Finding[] = [];
  const report = (rule: string, school: string, row: number | undefined, id: string | undefined, text: string) =>
    out.push({ rule, centreCode: school, endpoint: 'sut', ...(row === undefined ? {} : { row }), ...(id === undefined ? {} : { id }), message: `${school ? `${school} ` : ''}sut${row === undefined ? '' : ` row ${row}`}: ${text}` });
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const value = row[idField];
    const school = centreCode ?? (typeof row.centreCode === 'string' ? row.centreCode : '');
    if (value === undefined || value === null || value === '') return report('sut-unknown-id', school, i, undefined, `has no ${idField}`);
    const id = String(value);
    const known = index.records.get(id);
    if (!known) return report('sut-unknown-id', school, i, id, `${idField} ${id} is not ${centreCode ? `a ${kind} of ${centreCode}` : `a ${kind} of the hub`}`);
    const earlier = seen.get(id);
    if (earlier !== undefined) return report('sut-duplicate-id', known.centreCode, i, id, `${idField} ${id} is also on row ${earlier}`);
    seen.set(id, i);
    for (const field of options.fields ?? []) {
      if (!same(row[field], known.record[field])) {
        report('sut-field-mismatch', known.centreCode, i, id, `${idField} ${id} ${field} is ${JSON.stringify(row[field])}, the hub's is ${JSON.stringify(known.record[field])}`);
      }
    }
  });
  if (options.complete) {
    for (const [id, known] of index.records) {
      if (!seen.has(id)) report('sut-missing-id', known.centreCode, undefined, id, `${idField} ${id} (a ${kind} of ${known.centreCode}) is missing`);
    }
  }
  return out;
}
