import { expect, test } from '@playwright/test';
import { ENDPOINTS, endpoint, get, handlerFor } from '../support/requests.ts';

const handle = handlerFor();
const problemOf = (body: string) => JSON.parse(body) as { type: string; title: string; status: number; detail: string };

test('every endpoint of every default school answers 200 with records that carry the owner ID and centre code', () => {
  for (const code of ['4650', '1690', '9743', '0220']) {
    for (const template of ENDPOINTS) {
      const response = get(handle, endpoint(template, code));
      expect(response.status, template).toBe(200);
      const idField = template.startsWith('qt_staff') ? 'staffId' : 'enrolmentId';
      const { data } = response.json();
      expect(data.length).toBeGreaterThan(0);
      for (const record of data) {
        expect(Object.keys(record).slice(0, 2)).toEqual([idField, 'centreCode']);
        expect(record.centreCode).toBe(code);
      }
    }
  }
});

for (const code of ['01690', '169', '690', '1691', 'abcd', '1690%20']) {
  test(`unknown centre code ${code} is 404, not another school`, () => {
    const response = get(handle, `/qt_student/school-api/schools/${code}/students`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(problemOf(response.body)).toMatchObject({ status: 404, title: 'Not Found' });
  });
}

test('a near miss of a centre code suggests the right one', () => {
  expect(problemOf(get(handle, '/qt_student/school-api/schools/220/students').body).detail).toContain('Did you mean "0220"?');
  expect(problemOf(get(handle, '/qt_student/school-api/schools/01690/students').body).detail).toContain('Did you mean "1690"?');
});

for (const path of ['/nope', '/qt_student/school-api/schools/1690/teachers', '/qt_staff/school-api/schools/1690/students', '/qt_student/school-api/schools/1690', '/qt_student/school-api/schools/1690/students/extra', '//students']) {
  test(`unknown path ${path} is a 404 problem`, () => {
    const response = get(handle, path);
    expect(response.status).toBe(404);
    expect(problemOf(response.body).type).toMatch(/not-found$/);
  });
}

for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
  test(`${method} is 405 with Allow`, () => {
    const response = handle({ method, url: '/qt_student/school-api/schools/1690/students' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(problemOf(response.body).status).toBe(405);
  });
}

test('HEAD answers the headers of GET with no body', () => {
  const url = '/qt_student/school-api/schools/1690/students?navigationPageSize=3';
  const head = handle({ method: 'HEAD', url });
  const full = handle({ method: 'GET', url });
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
  expect(head.headers).toEqual(full.headers);
  expect(Number(full.headers['content-length'])).toBe(Buffer.byteLength(full.body));
});

test('GET / lists the schools and their endpoint URLs', () => {
  const index = JSON.parse(get(handle, '/').body) as { seed: string; schools: { centreCode: string; endpoints: Record<string, string> }[] };
  expect(index.seed).toBe('seedhub');
  expect(index.schools.map((s) => s.centreCode)).toEqual(['4650', '1690', '9743', '0220']);
  const urls = Object.values(index.schools[3]!.endpoints);
  expect(urls).toEqual(ENDPOINTS.map((t) => endpoint(t, '0220')));
  for (const url of urls) expect(get(handle, url).status).toBe(200);
});

test('a trailing slash names the same endpoint', () => {
  expect(get(handle, '/qt_staff/school-api/schools/0220/staff/').body).toBe(get(handle, '/qt_staff/school-api/schools/0220/staff').body);
});
