// The browsable contract: /docs renders the API reference of /openapi.json (Swagger UI from
// the installed package, no CDN), and /explore shows one student's records from all seven
// student endpoints side by side, their IDs highlighted.
import { expect, test } from 'seedhub';

test('/docs renders every endpoint of the document', async ({ hub, page }) => {
  await page.goto(hub.url('/docs'));
  const operations = page.locator('.opblock-summary-path');
  await expect(operations).toHaveCount(10);
  const paths = await operations.allTextContents();
  expect(paths.map((p) => p.replace(/\u200b/g, ''))).toContain('/qt_student/school-api/schools/{centreCode}/enrolment-history');
  await expect(page.locator('.info .title')).toContainText('seedhub sandbox data hub');
  expect(hub.requests.map((r) => r.url)).toEqual(expect.arrayContaining(['/docs', '/docs/swagger-ui-bundle.js', '/openapi.json']));
});

test('/explore shows a student\'s records from all seven student endpoints, IDs highlighted', async ({ hub, page }) => {
  const student = hub.students('0220')[0]!;
  await page.goto(hub.url('/explore'));
  await page.getByRole('button', { name: /^0220 / }).click();
  await page.getByRole('button', { name: `${String(student.givenName)} ${String(student.familyName)} (${String(student.enrolmentId)})` }).click();
  await expect(page.locator('#title')).toHaveText(`student ${String(student.enrolmentId)} of 0220`);
  const sections = page.locator('#records section');
  await expect(sections).toHaveCount(7);
  expect(await sections.evaluateAll((all) => all.map((s) => s.getAttribute('data-endpoint')))).toEqual(['students', 'photos', 'flags', 'addresses', 'parents', 'emergency-contacts', 'enrolment-history']);
  // The enrolment ID is highlighted on every record that names it; the student's refId where records link to it.
  const highlighted = page.locator('#records .id');
  expect(await highlighted.filter({ hasText: String(student.enrolmentId) }).count()).toBeGreaterThanOrEqual(6);
  expect(await highlighted.filter({ hasText: String(student.refId) }).count()).toBeGreaterThanOrEqual(5);
});
