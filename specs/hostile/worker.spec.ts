// Hostile round two, the worker's server (issue 23 rows 4, 16): no request gets around a
// test's door. One that names no test is refused; one that names a test goes through that
// test's scenario (auth, faults, the log); and a namespace holds its worker's secret, so a
// test's ID alone (which any worker can work out) names nothing.
import { expect, test } from 'seedhub';

test.use({ schools: 1, studentsPerSchool: 4, hubAuth: { bearer: 'token' } });
const STUDENTS = '/qt_student/school-api/schools/4650/students';

test('the worker\'s URL without a test is refused; with this test\'s header, its auth and log apply', async ({ hub, hubServerURL }, testInfo) => {
  const bare = await fetch(`${hubServerURL}${STUDENTS}`);
  expect(bare.status).toBe(400);
  expect((await bare.json()).type).toBe('urn:seedhub:problem:test-not-named');
  const named = await fetch(`${hubServerURL}${STUDENTS}`, { headers: hub.testHeaders });
  expect(named.status).toBe(401);
  expect(hub.requests.map((r) => r.status)).toEqual([401]);
  hub.faults({ rate: 1, status: [503] });
  expect((await fetch(`${hubServerURL}${STUDENTS}`, { headers: { ...hub.testHeaders, authorization: 'Bearer token' } })).status).toBe(503);
  // A namespace made of the test's ID alone, as another worker could make it, names no test.
  const guessed = testInfo.testId.replace(/[^A-Za-z0-9_.-]/g, '-');
  expect(Object.values(hub.testHeaders)[0]).not.toBe(guessed);
  expect(Object.values(hub.testHeaders)[0]!.startsWith(`${guessed}.`)).toBe(true);
  const forged = await fetch(`${hubServerURL}${STUDENTS}`, { headers: { 'x-seedhub-test': guessed, authorization: 'Bearer token' } });
  expect(forged.status).toBe(404);
  expect((await fetch(`${hubServerURL}/__seedhub/${guessed}${STUDENTS}`, { headers: { authorization: 'Bearer token' } })).status).toBe(404);
  expect(hub.requests).toHaveLength(2);
});
