// The browsable contract: /docs renders the API reference of /openapi.json (Swagger UI from
// the installed package, no CDN), and /explore shows one student's records from all seven
// student endpoints side by side, their IDs highlighted.
import { readFileSync } from 'node:fs';
import { expect, modelFromOpenAPI, parseOpenApi, test } from 'seedhub';
import { ROOT } from '../support/processes.ts';

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

test.describe('a hub from its OpenAPI document', () => {
  const campus = modelFromOpenAPI(parseOpenApi(readFileSync(`${ROOT}docs/examples/campus-hub.yaml`, 'utf8')));
  test.use({ hubModel: campus, schools: 2, studentsPerSchool: 10 });

  test('/docs renders its endpoints, and /explore shows a learner with every record that refers to them', async ({ hub, page }) => {
    await page.goto(hub.url('/docs'));
    // The document's own operations: its six GETs, and its POST, which the read-only hub does not serve.
    const operations = page.locator('.opblock-summary-path');
    await expect(operations).toHaveCount(7);
    await expect(page.locator('.opblock-post')).toHaveCount(1);
    expect((await operations.allTextContents()).map((p) => p.replace(/\u200b/g, ''))).toContain('/api/v2/campuses/{campusId}/timetable');
    const learner = hub.dataset.collection('C102', 'learners')!.slice(2, 1)[0]!;
    await page.goto(hub.url('/explore'));
    await page.getByRole('button', { name: /^C102/ }).click();
    await page.getByRole('button', { name: `${String(learner.givenName)} ${String(learner.familyName)} (${String(learner.learnerId)})` }).click();
    await expect(page.locator('#title')).toHaveText(`learner ${String(learner.learnerId)} of C102`);
    const sections = page.locator('#records section');
    expect(await sections.evaluateAll((all) => all.map((s) => `${s.getAttribute('data-endpoint')} ${s.querySelectorAll('pre').length}`))).toEqual(['learners 1', 'guardians 2', 'attendance 5', 'timetable 4']);
    expect(await page.locator('#records .id').filter({ hasText: String(learner.learnerId) }).count()).toBe(12);
  });
});
