import { expect, test } from '@playwright/test';
import { checkHub } from '../../src/consistency/check-hub.ts';
import { handlerFetch } from '../../src/consistency/http.ts';
import { createDataset } from '../../src/generate/dataset.ts';
import { createHandler } from '../../src/hub/pipeline.ts';
import { extendModel } from '../../src/model/extend.ts';
import { qteachers } from '../../src/model/qteachers/index.ts';
import type { EntityContext, Model, RecordContext } from '../../src/model/types.ts';

// Hubs broken through the model's extension API, crawled and checked end to end (in
// memory): each must give exactly the finding that names the fault.
const OPTIONS = { schools: 4, studentsPerSchool: 30 };
const healthy = createDataset(OPTIONS);
const students = (code: string) => healthy.collection(code, 'students')!.slice(0, 30);

async function findingsOf(model: Model) {
  const { findings } = await checkHub({ fetch: handlerFetch(createHandler(createDataset(OPTIONS, model))), baseUrl: 'http://hub.test', pageSize: 10 });
  return findings.map(({ rule, centreCode, endpoint, page, id, message }) => ({ rule, centreCode, endpoint, page, id, message }));
}

test('the healthy hub crawled the same way has no findings', async () => {
  expect(await findingsOf(qteachers)).toEqual([]);
});

test('a flag with an enrolment ID of another school is an orphan on /flags', async () => {
  const flags = healthy.collection('1690', 'flags')!.slice(0, 1000);
  const target = flags.findIndex((f, i) => i >= 10);
  const owner = flags[target]!.enrolmentId;
  const ownerIndex = students('1690').findIndex((s) => s.enrolmentId === owner);
  const foreign = String(students('4650')[0]!.enrolmentId);
  const broken = extendModel(qteachers, {
    collections: {
      flags: {
        fields: {
          enrolmentId: (ctx: RecordContext) => (ctx.school.centreCode === '1690' && ctx.ownerIndex === ownerIndex && ctx.index === 0 ? foreign : ctx.owner.enrolmentId),
        },
      },
    },
  });
  const page = Math.floor(flags.findIndex((f) => f.enrolmentId === owner) / 10);
  expect(await findingsOf(broken)).toEqual([
    { rule: 'orphan-enrolment-id', centreCode: '1690', endpoint: 'flags', page, id: foreign, message: `1690 /flags page ${page}: enrolmentId ${foreign} is not a student of 1690` },
  ]);
});

test('a photo dropped through a collection count leaves a student without a photo', async () => {
  const dropped = String(students('9743')[4]!.enrolmentId);
  const broken = extendModel(qteachers, {
    collections: { photos: { count: (ctx) => (ctx.school.centreCode === '9743' && ctx.ownerIndex === 4 ? 0 : 1) } },
  });
  expect(await findingsOf(broken)).toEqual([
    { rule: 'photo-count', centreCode: '9743', endpoint: 'photos', page: undefined, id: dropped, message: `9743 /photos: student ${dropped} (students page 0) has 0 photos, not 1` },
  ]);
});

test('a student whose enrolment ID is another school\'s is a duplicate ID across schools', async () => {
  const taken = String(students('4650')[2]!.enrolmentId);
  const original = qteachers.entities.student!.fields.enrolmentId!;
  const broken = extendModel(qteachers, {
    entities: {
      student: { fields: { enrolmentId: (ctx: EntityContext) => (ctx.school.centreCode === '0220' && ctx.index === 13 ? taken : original(ctx)) } },
    },
  });
  expect(await findingsOf(broken)).toEqual([
    { rule: 'duplicate-id', centreCode: '0220', endpoint: 'students', page: 1, id: taken, message: `0220 /students page 1: enrolmentId ${taken} is also a student of 4650` },
  ]);
});

test('a staff photo of a staff member of another school is an orphan staff ID', async () => {
  const other = String(healthy.collection('4650', 'staff')!.slice(0, 1)[0]!.staffId);
  const own = String(healthy.collection('1690', 'staff')!.slice(3, 1)[0]!.staffId);
  const broken = extendModel(qteachers, {
    collections: { 'staff-photos': { fields: { staffId: (ctx) => (ctx.school.centreCode === '1690' && ctx.ownerIndex === 3 ? other : ctx.owner.staffId) } } },
  });
  expect((await findingsOf(broken)).map((f) => f.message)).toEqual([
    `1690 /staff-photos page 0: staffId ${other} is not a staff member of 1690`,
    `1690 /staff-photos: staff member ${own} (staff page 0) has 0 photos, not 1`,
  ]);
});
