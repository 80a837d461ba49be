import { expect, test } from '@playwright/test';
import { compareWithHub, hubIndex, SUT_RULES } from '../../src/consistency/compare.ts';
import { crawlOfDataset } from '../../src/consistency/from-dataset.ts';
import { createDataset } from '../../src/generate/dataset.ts';

const dataset = createDataset({ studentsPerSchool: 20 });
const students = (code: string) => dataset.collection(code, 'students')!.slice(0, 20);
/** A page's table as a system under test might render it: ID and names, as text. */
const table = (code: string) => students(code).map((s) => ({ enrolmentId: s.enrolmentId, givenName: s.givenName, familyName: s.familyName }));

test('a faithful table of a school matches the hub, from a dataset or a crawl', () => {
  const options = { idField: 'enrolmentId', centreCode: '1690', complete: true, fields: ['givenName', 'familyName'] } as const;
  expect(compareWithHub(dataset, table('1690'), options)).toEqual([]);
  expect(compareWithHub(crawlOfDataset(dataset), table('1690'), options)).toEqual([]);
  expect(compareWithHub(hubIndex(dataset, 'enrolmentId', '1690'), table('1690'), options)).toEqual([]);
});

test('a missing student, a foreign one, a duplicate and a wrong name are each named', () => {
  const rows = table('1690');
  const missing = rows.splice(4, 1)[0]!;
  const foreign = table('4650')[0]!;
  rows.push(foreign, { ...rows[0]! });
  rows[2] = { ...rows[2]!, givenName: 'Nobody' };
  const findings = compareWithHub(dataset, rows, { idField: 'enrolmentId', centreCode: '1690', complete: true, fields: ['givenName'] });
  expect(findings.map(({ rule, centreCode, row, id, message }) => ({ rule, centreCode, row, id, message }))).toEqual([
    { rule: 'sut-field-mismatch', centreCode: '1690', row: 2, id: rows[2]!.enrolmentId, message: `1690 sut row 2: enrolmentId ${rows[2]!.enrolmentId} givenName is "Nobody", the hub's is ${JSON.stringify(students('1690')[2]!.givenName)}` },
    { rule: 'sut-unknown-id', centreCode: '1690', row: 19, id: foreign.enrolmentId, message: `1690 sut row 19: enrolmentId ${foreign.enrolmentId} is not a student of 1690` },
    { rule: 'sut-duplicate-id', centreCode: '1690', row: 20, id: rows[0]!.enrolmentId, message: `1690 sut row 20: enrolmentId ${rows[0]!.enrolmentId} is also on row 0` },
    { rule: 'sut-missing-id', centreCode: '1690', row: undefined, id: missing.enrolmentId, message: `1690 sut: enrolmentId ${missing.enrolmentId} (a student of 1690) is missing` },
  ]);
  expect(Object.keys(SUT_RULES).sort()).toEqual([...new Set(findings.map((f) => f.rule))].sort());
});

test('without a school, IDs of any school are known; without complete, missing ones are fine', () => {
  const rows = [...table('4650').slice(0, 3), ...table('0220').slice(5, 6)];
  expect(compareWithHub(dataset, rows, { idField: 'enrolmentId' })).toEqual([]);
  expect(compareWithHub(dataset, [{ enrolmentId: '9999999999' }, { name: 'no id' }], { idField: 'enrolmentId' }).map((f) => f.message)).toEqual([
    'sut row 0: enrolmentId 9999999999 is not a student of the hub',
    'sut row 1: has no enrolmentId',
  ]);
});

test('staff compare by staffId, and text cells equal numbers but not codes without their zeros', () => {
  const staff = dataset.collection('0220', 'staff')!.slice(0, 10);
  const rows = staff.map((s) => ({ staffId: s.staffId, jobFte: String(s.jobFte), centreCode: '0220' }));
  expect(compareWithHub(dataset, rows, { idField: 'staffId', centreCode: '0220', complete: true, fields: ['jobFte', 'centreCode'] })).toEqual([]);
  rows[1]!.centreCode = '220';
  expect(compareWithHub(dataset, rows, { idField: 'staffId', fields: ['centreCode'] }).map((f) => f.rule)).toEqual(['sut-field-mismatch']);
});
