// Pages are assembled from cached record texts: every page, of every size and school, is
// byte for byte the page generated afresh, with the right length, however the cache is
// filled or emptied between them.
import { expect, test } from '@playwright/test';
import { createDataset, createHandler, modelFromOpenAPI, parseOpenApi } from 'seedhub/core';
import { readFileSync } from 'node:fs';
import { ROOT } from '../support/processes.ts';

const campus = modelFromOpenAPI(parseOpenApi(readFileSync(`${ROOT}docs/examples/campus-hub.yaml`, 'utf8')));

for (const [name, dataset] of [['QTeachers', createDataset({ seed: 'assembly', schools: 2, studentsPerSchool: 40 })], ['a model of its own', createDataset({ seed: 'assembly', schools: 2, studentsPerSchool: 15 }, campus)]] as const) {
  test(`${name}: assembled pages are the generated pages, with their byte length`, () => {
    const fresh = createHandler(dataset, { cacheChars: 0 });
    // A small cache, so blocks are dropped and made again along the way.
    const assembled = createHandler(dataset, { cacheChars: 60_000 });
    const { page, size } = dataset.api;
    if (page.style !== 'page' && page.style !== 'offset') throw new Error('this spec pages by number or offset');
    const first = page.style === 'offset' ? 0 : page.first;
    const bad: string[] = [];
    let pages = 0;
    for (const school of dataset.schools) {
      for (const collection of dataset.collections) {
        const total = dataset.collection(school.centreCode, collection.name)!.count;
        for (const pageSize of [1, 3, 7, 100, 256, 300]) {
          if (pageSize > size.max) continue;
          for (let n = 0; n * pageSize <= total + pageSize; n++) {
            const at = page.style === 'offset' ? n * pageSize : first + n;
            const url = `${collection.route.replace('{school}', school.centreCode)}?${page.param}=${at}&${size.param}=${pageSize}`;
            const a = assembled({ method: 'GET', url });
            const b = fresh({ method: 'GET', url });
            pages++;
            if (a.body !== b.body || a.headers['content-length'] !== String(Buffer.byteLength(b.body)) || a.headers.etag !== b.headers.etag) bad.push(url);
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(pages).toBeGreaterThan(300);
  });
}

test('a record with characters beyond ASCII is counted in bytes, not characters', () => {
  const dataset = createDataset({ seed: 'assembly', schools: 1, studentsPerSchool: 400 });
  const handle = createHandler(dataset);
  // Names are ASCII, as registers store them; a position title is not ("Classroom Teacher – 3/4A").
  const staff = dataset.collection('4650', 'staff')!.slice(0, 400);
  const wide = staff.findIndex((s) => /[^\x00-\x7f]/.test(JSON.stringify(s)));
  expect(wide).toBeGreaterThanOrEqual(0);
  const answer = handle({ method: 'GET', url: `/qt_staff/school-api/schools/4650/staff?navigationPage=${wide}&navigationPageSize=1` });
  expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
  expect(Number(answer.headers['content-length'])).toBeGreaterThan(answer.body.length);
});
