// The README's quick start, verbatim.
import { test, expect } from 'seedhub';

test('the hub serves consistent students', async ({ hub, request }) => {
  const response = await request.get(hub.url('/qt_student/school-api/schools/0220/students'));
  expect((await response.json()).data).toEqual(hub.students('0220'));
  await expect(hub).toHaveConsistentIds();
});

test.describe('a smaller hub', () => {
  test.use({ schools: 2, seed: 'my-suite' });
  test('has two schools', async ({ hub }) => expect(hub.schools).toHaveLength(2));
});
