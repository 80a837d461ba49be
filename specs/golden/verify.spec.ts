// Verify: regenerate from the manifest and name exactly what drifted.
import { expect, test } from '@playwright/test';
import { createDataset, extendModel, qteachers, recordGolden, renderDrift, verifyGolden } from 'seedhub/core';
import { parseGolden } from '../../src/golden/parse.ts';

const OPTIONS = { seed: 'golden-verify', schools: 2, studentsPerSchool: 12 };
const golden = () => parseGolden(recordGolden(createDataset(OPTIONS)), 'fixtures/golden/verify.json');

test('a fresh recording verifies clean', async () => {
  const report = await verifyGolden(golden());
  expect(report.clean, renderDrift(report)).toBe(true);
  expect(report.drift).toEqual([]);
  expect(renderDrift(report)).toMatch(/no drift/);
});

test('changing one field\'s generator names exactly that field, per school, endpoint and record ID, from what to what', async () => {
  const model = extendModel(qteachers, { collections: { students: { fields: { house: () => 'Banksia' } } } });
  const report = await verifyGolden(golden(), model);
  expect(report.clean).toBe(false);
  expect(report.drift.map((d) => `${d.centreCode} /${d.endpoint}`)).toEqual(['4650 /students', '1690 /students']);
  const fields = report.drift.flatMap((d) => d.changed.flatMap((c) => c.fields.map((f) => f.field)));
  expect([...new Set(fields)]).toEqual(['house']);
  const first = createDataset(OPTIONS).collection('4650', 'students')!.slice(0, 1)[0]!;
  const changedFirst = report.drift[0]!.changed.find((c) => c.id === first.enrolmentId);
  const expected = first.house === 'Banksia' ? undefined : { id: first.enrolmentId, fields: [{ field: 'house', from: JSON.stringify(first.house), to: '"Banksia"' }] };
  expect(changedFirst).toEqual(expected);
  const text = renderDrift(report);
  expect(text).toContain(`4650 /students ${first.enrolmentId} house: ${JSON.stringify(first.house)} → "Banksia"`);
  expect(text).toContain('4650 /students: ');
  expect(text).toMatch(/re-record/);
});

test('child records are named by their own ID; added fields, removed records and endpoints are reported', async () => {
  const model = extendModel(qteachers, {
    collections: {
      parents: { fields: { nickname: () => 'Sam' } },
      'staff-photos': null,
    },
  });
  const report = await verifyGolden(golden(), model);
  const parents = report.drift.find((d) => d.centreCode === '1690' && d.collection === 'parents')!;
  expect(parents.changed[0]!.id).toMatch(/^1690\d{6} C-1690-\d{6}-\d$/);
  expect(parents.changed[0]!.fields).toEqual([{ field: 'nickname', from: undefined, to: '"Sam"' }]);
  expect(report.collections).toEqual([{ name: 'staff-photos', change: 'removed' }]);
  const fewer = await verifyGolden(parseGolden(recordGolden(createDataset({ ...OPTIONS, studentsPerSchool: 13 })), 'f.json'), qteachers);
  // The golden's own options are regenerated: 13 students, no drift.
  expect(fewer.clean).toBe(true);
});

test('dependency versions that differ from the manifest are listed, without being drift on their own', async () => {
  const text = recordGolden(createDataset(OPTIONS)).replace(/"@faker-js\/faker": "[^"]+"/, '"@faker-js/faker": "9.0.0"');
  const report = await verifyGolden(parseGolden(text, 'old.json'));
  expect(report.versions).toEqual([{ name: '@faker-js/faker', golden: '9.0.0', installed: expect.any(String) }]);
  expect(report.clean).toBe(true);
  expect(renderDrift(report)).toMatch(/version @faker-js\/faker: 9\.0\.0 in the golden, \d+\.\d+\.\d+ installed/);
});
