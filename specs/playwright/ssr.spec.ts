// Server-side rendering: Playwright cannot route what an app's own server fetches, so
// the app forwards the test's namespace header and the worker's hub serves that test.
import { test as seedhubTest, expect } from 'seedhub';
import { startSsrApp } from '../support/ssr-app.ts';
import type { WebServer } from '../support/web-server.ts';

// The app is worker-scoped, like the hub server it calls.
const test = seedhubTest.extend<object, { app: WebServer }>({
  app: [
    async ({ hubServerURL }, use) => {
      const app = await startSsrApp(hubServerURL);
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],
});

test.use({ schools: 2, seed: 'ssr' });

for (const school of ['4650', '1690']) {
  test(`the app's server renders school ${school} from the hub, logged for this test`, async ({ app, hub, page }) => {
    await page.setExtraHTTPHeaders(hub.testHeaders);
    await page.goto(`${app.url}/?school=${school}`);
    const items = await page.locator('#students li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-id'), li.textContent]));
    expect(items).toEqual(hub.students(school).slice(0, 5).map((s) => [s.enrolmentId, s.givenName]));
    expect(hub.requests).toEqual([{ method: 'GET', url: `/qt_student/school-api/schools/${school}/students?navigationPageSize=5`, status: 200, transport: 'server', headers: expect.objectContaining({}) }]);
  });
}

test('an app that does not forward the header is told what to forward, and no test logs its call', async ({ hub, hubServerURL }) => {
  hub.override('4650', 'students', { index: 0, patch: { givenName: 'Only this test' } });
  const response = await fetch(`${hubServerURL}/qt_student/school-api/schools/4650/students?navigationPageSize=5`);
  const body = (await response.json()) as { type: string; detail: string };
  expect([response.status, response.headers.get('content-type'), body.type]).toEqual([400, 'application/problem+json', 'urn:seedhub:problem:test-not-named']);
  expect(body.detail).toContain('Forward the x-seedhub-test header');
  expect(body.detail).toContain('hub.testURL');
  expect(hub.requests).toEqual([]);
  // The same call with the header is this test's, override and log included.
  const named = await fetch(`${hubServerURL}/qt_student/school-api/schools/4650/students?navigationPageSize=5`, { headers: hub.testHeaders });
  expect(((await named.json()) as { data: { givenName: string }[] }).data[0]!.givenName).toBe('Only this test');
  expect(hub.requests).toHaveLength(1);
});

test('a namespaced URL reaches this test, and an unknown namespace is a 404', async ({ hub }) => {
  const response = await fetch(`${hub.testURL}/qt_staff/school-api/schools/4650/staff?navigationPageSize=1`);
  expect(((await response.json()) as { data: unknown[] }).data).toEqual(hub.staff('4650').slice(0, 1));
  expect(hub.requests.map((r) => r.url)).toEqual(['/qt_staff/school-api/schools/4650/staff?navigationPageSize=1']);
  const stale = await fetch(`${hub.baseURL}/__seedhub/finished-test/qt_staff/school-api/schools/4650/staff`);
  expect(stale.status).toBe(404);
  expect(((await stale.json()) as { detail: string }).detail).toContain('finished-test');
});
