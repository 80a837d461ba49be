// docs/openapi.md's Playwright example, with the package's path as in this repository.
import { readFileSync } from 'node:fs';
import { expect, modelFromOpenAPI, parseOpenApi, test } from 'seedhub';

const campus = modelFromOpenAPI(parseOpenApi(readFileSync('docs/examples/campus-hub.yaml', 'utf8')));

test.use({ hubModel: campus, schools: 2, studentsPerSchool: 20 });

test('the campus hub pages its learners and keeps its IDs', async ({ hub, request }) => {
  const response = await request.get(hub.url('/api/v2/campuses/C102/learners?page=2&limit=15'));
  const { items, meta } = await response.json();
  expect(meta).toEqual({ total: 20, page: 2, limit: 15 });
  expect(items).toHaveLength(5);
  await expect(hub).toHaveConsistentIds();
});
