import { expect, test } from '@playwright/test';
import { crawl, get, handlerFor } from '../support/requests.ts';

const handle = handlerFor();
const STUDENTS = '/qt_student/school-api/schools/1690/students';

test('the seed example: page 1 of size 5 is students 6 to 10', () => {
  const all = get(handle, `${STUDENTS}?navigationPageSize=50`).json().data;
  const response = get(handle, `${STUDENTS}?navigationPage=1&navigationPageSize=5`);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json();
  expect(body.data).toEqual(all.slice(5, 10));
  expect(body.navigation).toEqual({ navigationPage: 1, navigationPageSize: 5, totalRecords: 50, totalPages: 10 });
  expect(Object.keys(JSON.parse(response.body))).toEqual(['data', 'navigation']);
});

test('defaults are page 0 and page size 100', () => {
  const body = get(handle, '/qt_student/school-api/schools/1690/enrolment-history').json();
  expect(body.navigation.navigationPage).toBe(0);
  expect(body.navigation.navigationPageSize).toBe(100);
  expect(body.data).toHaveLength(Math.min(100, body.navigation.totalRecords));
});

test('page past the end is empty, not an error', () => {
  const response = get(handle, `${STUDENTS}?navigationPage=10&navigationPageSize=5`);
  expect(response.status).toBe(200);
  expect(response.json()).toEqual({ data: [], navigation: { navigationPage: 10, navigationPageSize: 5, totalRecords: 50, totalPages: 10 } });
  expect(get(handle, `${STUDENTS}?navigationPage=1000000000`).json().data).toEqual([]);
});

test('pages of any size concatenate to the same list, in a stable order', async () => {
  const read = async (url: string) => get(handle, url).json();
  for (const path of [STUDENTS, '/qt_student/school-api/schools/0220/parents', '/qt_student/school-api/schools/0220/flags']) {
    const whole = (await crawl(read, path, 1000)).records;
    for (const size of [1, 3, 7, 50, 99]) {
      expect((await crawl(read, path, size)).records).toEqual(whole);
    }
    expect((await crawl(read, path, 7)).records).toEqual(whole);
  }
});

const BAD_QUERIES = [
  'navigationPage=-1', 'navigationPage=1.5', 'navigationPage=abc', 'navigationPage=', 'navigationPage=+1',
  'navigationPage=1e3', 'navigationPage=%201', 'navigationPage=1000000001', 'navigationPage=0&navigationPage=1',
  'navigationPageSize=0', 'navigationPageSize=1001', 'navigationPageSize=-5', 'navigationPageSize=10x',
  'navigationPageSize=5&navigationPageSize=5', 'navigationPageSize=99999999999999999999',
];

for (const query of BAD_QUERIES) {
  test(`400 problem for ${query}`, () => {
    const response = get(handle, `${STUDENTS}?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(response.body) as Record<string, unknown>;
    expect(problem).toMatchObject({ title: 'Bad Request', status: 400 });
    expect(String(problem.type)).toMatch(/invalid-query$/);
    expect(String(problem.detail)).toMatch(/^navigationPage(Size)? /);
  });
}

test('a page size of 1000 is allowed, and unknown query parameters are ignored', () => {
  expect(get(handle, `${STUDENTS}?navigationPageSize=1000&foo=bar`).status).toBe(200);
  expect(get(handle, `${STUDENTS}?navigationPageSize=007`).json().navigation.navigationPageSize).toBe(7);
});
