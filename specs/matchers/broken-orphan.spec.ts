// A hub broken through the model's extension API: one flag carries an enrolment ID that
// is no student's. The matcher must fail, naming the rule, school, endpoint and ID.
import { expect, extendModel, qteachers, test } from 'seedhub';
import { createDataset } from 'seedhub/core';

// The first student of 1690 with a flag: that flag's enrolment ID is broken.
const hub = createDataset({ schools: 2 });
const firstFlag = hub.collection('1690', 'flags')!.slice(0, 1)[0]!;
const flagged = hub.collection('1690', 'students')!.slice(0, 50).findIndex((s) => s.enrolmentId === firstFlag.enrolmentId);
const orphan = extendModel(qteachers, {
  collections: { flags: { fields: { enrolmentId: ({ owner, ownerIndex, index, school }) => (school.centreCode === '1690' && ownerIndex === flagged && index === 0 ? '1690999999' : owner.enrolmentId) } } },
});

test.use({ hubModel: orphan, schools: 2 });

test('an orphan enrolment ID fails toHaveConsistentIds with a precise message', async ({ hub }) => {
  const error = await expect(hub).toHaveConsistentIds().then(() => undefined, (e: Error) => e);
  expect(error?.message).toMatch(/1690 \/flags page 0: enrolmentId 1690999999 is not a student of 1690/);
  await expect(hub).not.toHaveConsistentIds();
});
