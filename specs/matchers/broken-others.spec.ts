// More broken hubs: a dropped record (a student without a photo) and a duplicate ID.
import { expect, extendModel, qteachers, test } from 'seedhub';

const broken = extendModel(qteachers, {
  collections: { photos: { count: ({ ownerIndex }) => (ownerIndex === 3 ? 0 : 1) } },
  entities: { student: { fields: { enrolmentId: ({ index, school, permute }) => `${String(school.centreCode)}${String(Number(index) === 7 ? permute('enrolment', 1_000_000, 6) : permute('enrolment', 1_000_000, Number(index))).padStart(6, '0')}` } } },
});

test.use({ hubModel: broken, schools: 1 });

test('a dropped photo and a duplicate enrolment ID are both found', async ({ hub }) => {
  const students = hub.students('4650');
  const [missing, first, twin] = [students[3], students[6], students[7]];
  expect(twin!.enrolmentId).toBe(first!.enrolmentId);
  const error = await expect(hub).toHaveConsistentIds().then(() => undefined, (e: Error) => e);
  expect(error?.message).toContain(`/photos: student ${String(missing!.enrolmentId)} (students page 0) has 0 photos, not 1`);
  expect(error?.message).toContain(`4650 /students page 0: enrolmentId ${String(twin!.enrolmentId)} is twice`);
});
