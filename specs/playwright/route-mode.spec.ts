import { expect, test } from 'seedhub';
import { expectedRows, studentsPage } from '../support/students-page.ts';

// Options that shape the data are worker-scoped: Playwright wants them at the top of a file.
test.use({ schools: 2, seed: 'routes' });

test.describe('route mode, on the default virtual origin', () => {
  test.use({ hubTransport: 'route' });

  test('the page gets the hub through routes, with no port', async ({ hub, page }) => {
    expect(hub.baseURL).toBe('http://seedhub.test');
    await page.route('http://app.test/', (route) => route.fulfill({ contentType: 'text/html', body: studentsPage(hub.baseURL, '4650', 5) }));
    await page.goto('http://app.test/');
    await expect(page.locator('#status')).toHaveText('50 students');
    const rows = await page.locator('#students tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual(expectedRows(hub.students('4650').slice(0, 5)));
    expect(hub.requests).toEqual([{ method: 'GET', url: '/qt_student/school-api/schools/4650/students?navigationPageSize=5', status: 200, transport: 'route', headers: expect.objectContaining({}) }]);
  });

  test('requests to other origins are left alone', async ({ hub, page }) => {
    await page.route('http://other.test/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'not the hub' }));
    await page.goto('http://other.test/qt_student/school-api/schools/4650/students');
    await expect(page.locator('body')).toHaveText('not the hub');
    expect(hub.requests).toEqual([]);
  });
});

test.describe('route mode, on the origin the app already calls', () => {
  test.use({ hubTransport: 'route', hubOrigin: 'https://api.school.example' });

  test('errors come through routes as problem+json', async ({ hub, page }) => {
    expect(hub.baseURL).toBe('https://api.school.example');
    await page.route('https://app.school.example/', (route) => route.fulfill({ contentType: 'text/html', body: '<p>app</p>' }));
    await page.goto('https://app.school.example/');
    const answer = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { status: number; detail: string } };
    }, hub.url('/qt_student/school-api/schools/01690/flags'));
    expect(answer).toMatchObject({ status: 404, type: 'application/problem+json', body: { status: 404 } });
    expect(answer.body.detail).toContain('Did you mean "1690"?');
    expect(hub.requests.map((r) => r.status)).toEqual([404]);
  });
});
