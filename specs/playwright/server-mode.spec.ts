import { expect, test } from 'seedhub';
import { expectedRows, studentsPage } from '../support/students-page.ts';
import { servePage } from '../support/web-server.ts';

test.use({ schools: 4 });

test('a spec gets its hub over HTTP: the same data the dataset holds', async ({ hub, request }) => {
  expect(hub.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(hub.schools.map((s) => s.centreCode)).toEqual(['4650', '1690', '9743', '0220']);
  const response = await request.get(hub.url('/qt_student/school-api/schools/0220/students?navigationPageSize=50'));
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: unknown[] };
  expect(body.data).toEqual(hub.students('0220'));
});

test('hub.requests holds exactly the requests of this test', async ({ hub, request }) => {
  expect(hub.requests).toEqual([]);
  await request.get(hub.url('/qt_staff/school-api/schools/4650/staff'));
  await request.get(hub.url('/qt_student/school-api/schools/01690/students'));
  expect(hub.requests).toEqual([
    { method: 'GET', url: '/qt_staff/school-api/schools/4650/staff', status: 200, transport: 'server', headers: expect.objectContaining({}) },
    { method: 'GET', url: '/qt_student/school-api/schools/01690/students', status: 404, transport: 'server', headers: expect.objectContaining({}) },
  ]);
});

test('direct reads find any student or staff member by ID', async ({ hub }) => {
  const [first] = hub.students('9743');
  expect(hub.student(String(first!.enrolmentId))).toEqual(first);
  const [principal] = hub.staff('1690');
  expect(hub.staffMember(String(principal!.staffId))).toEqual(principal);
  expect(hub.student('0000000000')).toBeUndefined();
  expect(hub.records('0220', 'parents').length).toBeGreaterThan(50);
  expect(hub.seed).toBe('seedhub');
});

test('a page in the browser shows the hub data it fetched from the server', async ({ hub, page }) => {
  const app = await servePage(studentsPage(hub.baseURL, '1690'));
  try {
    await page.goto(app.url);
    await expect(page.locator('#status')).toHaveText('50 students');
  } finally {
    await app.close();
  }
  const rows = await page.locator('#students tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(rows).toEqual(expectedRows(hub.students('1690').slice(0, 10)));
  expect(hub.requests.map((r) => r.transport)).toEqual(['server']);
});
