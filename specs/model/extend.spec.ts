import { expect, test } from '@playwright/test';
import { createDataset, createHandler, extendModel, ModelError, qteachers } from 'seedhub/core';

test('a field can be added to a collection and is served last', () => {
  const model = extendModel(qteachers, { collections: { staff: { fields: { parkingBay: ({ rng }) => `B${rng.int(1, 60)}` } } } });
  const [member] = createDataset({}, model).collection('4650', 'staff')!.slice(0, 1);
  expect(Object.keys(member!).at(-1)).toBe('parkingBay');
  expect(member!.parkingBay).toMatch(/^B\d+$/);
});

test("a field's generator can be replaced in place, everywhere it is projected", () => {
  const model = extendModel(qteachers, { entities: { student: { fields: { givenName: () => 'Alex' } } } });
  const dataset = createDataset({}, model);
  const original = createDataset().collection('4650', 'students')!.slice(0, 3);
  const students = dataset.collection('4650', 'students')!.slice(0, 3);
  expect(students.map((s) => s.givenName)).toEqual(['Alex', 'Alex', 'Alex']);
  expect(Object.keys(students[0]!)).toEqual(Object.keys(original[0]!));
  expect(students.map((s) => s.familyName)).toEqual(original.map((s) => s.familyName));
});

test('a new collection gets its own endpoint, with owner IDs and centre codes', () => {
  const model = extendModel(qteachers, {
    collections: {
      'medical-plans': {
        api: 'student',
        path: 'medical-plans',
        owner: 'student',
        count: ({ owner }) => ((owner.conditions as string[]).length > 0 ? 1 : 0),
        fields: { plan: ({ owner }) => `Plan for ${(owner.conditions as string[]).join(', ')}` },
      },
    },
  });
  const handle = createHandler(createDataset({}, model));
  const response = handle({ method: 'GET', url: '/qt_student/school-api/schools/1690/medical-plans' });
  expect(response.status).toBe(200);
  const { data } = JSON.parse(response.body) as { data: Record<string, unknown>[] };
  expect(data.length).toBeGreaterThan(0);
  for (const row of data) expect(Object.keys(row)).toEqual(['enrolmentId', 'centreCode', 'plan']);
  const index = JSON.parse(handle({ method: 'GET', url: '/' }).body) as { schools: { endpoints: Record<string, string> }[] };
  expect(index.schools[0]!.endpoints['medical-plans']).toBe('/qt_student/school-api/schools/4650/medical-plans');
});

test('fields and collections can be removed', () => {
  const model = extendModel(qteachers, { collections: { flags: null, students: { fields: { lui: null } } } });
  const dataset = createDataset({}, model);
  expect(dataset.collection('1690', 'flags')).toBeUndefined();
  expect(dataset.collection('1690', 'students')!.slice(0, 1)[0]).not.toHaveProperty('lui');
});

test('a model that does not fit is refused with a clear error', () => {
  expect(() => extendModel(qteachers, { collections: { x: { fields: {} } } })).toThrow(ModelError);
  expect(() => extendModel(qteachers, { collections: { x: { api: 'staff', path: 'staff', owner: 'staff', fields: {} } } })).toThrow(/both serve \/qt_staff\/school-api\/schools\/\{centreCode\}\/staff\./);
  const broken = extendModel(qteachers, { collections: { flags: { count: () => -1 } } });
  expect(() => createDataset({}, broken).collection('1690', 'flags')!.count).toThrow(/count returned -1/);
});

test('a field context is a plain bag of members: spread, its rng still draws the field\'s own stream', () => {
  const seen: Record<string, string[]> = {};
  const model = extendModel(qteachers, {
    entities: { student: { fields: { luckyNumber: (ctx) => ((seen.entity ??= Object.keys(ctx)), { ...ctx }.rng.int(1, 99)) } } },
    collections: {
      staff: { fields: { parkingBay: (ctx) => { const { record, ...rest } = ctx; seen.record ??= Object.keys(rest); return `B${rest.rng.int(1, 60)}:${Object.keys(record).length}`; } } },
    },
  });
  const dataset = createDataset({}, model);
  const member = dataset.collection('4650', 'staff')!.slice(0, 1)[0]!;
  expect(member.parkingBay).toMatch(/^B\d+:\d+$/);
  // The same draws as a generator that reads ctx.rng directly.
  const direct = extendModel(qteachers, { collections: { staff: { fields: { parkingBay: ({ rng, record }) => `B${rng.int(1, 60)}:${Object.keys(record).length}` } } } });
  expect(createDataset({}, direct).collection('4650', 'staff')!.slice(0, 1)[0]!.parkingBay).toBe(member.parkingBay);
  dataset.collection('4650', 'students')!.slice(0, 1);
  // An entity's context has no owner; a record's has its owner and index.
  expect(seen.entity).toEqual(expect.arrayContaining(['faker', 'rng', 'options', 'record', 'entity', 'keyed', 'permute', 'school', 'index']));
  expect(seen.entity).not.toContain('owner');
  expect(seen.record).toEqual(expect.arrayContaining(['rng', 'school', 'owner', 'ownerIndex', 'index']));
});
