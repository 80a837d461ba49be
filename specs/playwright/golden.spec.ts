// The golden fixture option: a spec serves a committed golden file instead of generating.
import { expect, test } from 'seedhub';
import { createDataset, createHandler } from 'seedhub/core';

test.use({ golden: 'fixtures/golden/default.json', goldenMode: 'lockdown' });

test('a golden file is served with the generator\'s bytes', async ({ hub, request }) => {
  const generated = createHandler(createDataset());
  expect(hub.seed).toBe('seedhub');
  for (const path of ['/', '/qt_student/school-api/schools/0220/parents?navigationPage=2&navigationPageSize=9', '/qt_student/school-api/schools/220/parents']) {
    const response = await request.get(hub.url(path));
    const expected = generated({ method: 'GET', url: path });
    expect(response.status()).toBe(expected.status);
    expect(await response.text()).toBe(expected.body);
  }
  await expect(hub).toHaveConsistentIds({ comparePageSize: false });
});
