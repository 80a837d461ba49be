// The system-under-test matcher, on a page's table: complete and correct passes; a
// missing student and a foreign one fail with both named.
import { expect, test } from 'seedhub';
import { studentsPage } from '../support/students-page.ts';

test.use({ hubTransport: 'route' });

async function tableRows(page: import('@playwright/test').Page) {
  return page.locator('#students tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const [enrolmentId, givenName, familyName] = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return { enrolmentId, givenName, familyName };
    }),
  );
}

test.beforeEach(async ({ hub, page }) => {
  await page.route('http://app.test/', (route) => route.fulfill({ contentType: 'text/html', body: studentsPage(hub.baseURL, '1690', 50) }));
  await page.goto('http://app.test/');
  await expect(page.locator('#status')).toHaveText('50 students');
});

test('a table of every student of the school, names right, matches the hub', async ({ hub, page }) => {
  expect(await tableRows(page)).toMatchHub(hub, { idField: 'enrolmentId', centreCode: '1690', complete: true, fields: ['givenName', 'familyName'] });
});

test('a missing student, a foreign one and a wrong name are each reported', async ({ hub, page }) => {
  const [dropped, renamed] = hub.students('1690');
  const foreign = hub.students('4650')[0]!;
  await page.evaluate(({ dropped, foreign, renamed }) => {
    const body = document.querySelector('#students tbody')!;
    body.querySelector(`tr:first-child`)!.remove();
    body.insertAdjacentHTML('beforeend', `<tr><td>${foreign}</td><td>X</td><td>Y</td><td>1</td></tr>`);
    for (const tr of body.querySelectorAll('tr')) if (tr.firstElementChild!.textContent === renamed) tr.children[1]!.textContent = 'Zed';
    void dropped;
  }, { dropped: String(dropped!.enrolmentId), foreign: String(foreign.enrolmentId), renamed: String(renamed!.enrolmentId) });
  const rows = await tableRows(page);
  const error = (() => {
    try {
      expect(rows).toMatchHub(hub, { idField: 'enrolmentId', centreCode: '1690', complete: true, fields: ['givenName'] });
    } catch (e) {
      return e as Error;
    }
    return undefined;
  })();
  expect(error?.message).toContain(String(foreign.enrolmentId));
  expect(error?.message).toContain(String(dropped!.enrolmentId));
  expect(error?.message).toContain('Zed');
  expect(rows).not.toMatchHub(hub, { idField: 'enrolmentId', centreCode: '1690', complete: true });
});
