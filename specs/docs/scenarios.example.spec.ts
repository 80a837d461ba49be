// docs/scenarios.md's example, verbatim.
import { expect, test } from 'seedhub';

test.describe('a hub that asks for a token', () => {
  test.use({ hubAuth: { bearer: { '4650': 'token-4650', '*': 'admin' } } });

  test('another school\'s token is refused', async ({ hub, request }) => {
    const path = '/qt_student/school-api/schools/1690/students';
    expect((await request.get(hub.url(path))).status()).toBe(401);
    const refused = await request.get(hub.url(path), { headers: { authorization: 'Bearer token-4650' } });
    expect(refused.status()).toBe(403);
    await expect(hub).toHaveConsistentIds(); // the matchers bring their own token
  });
});

test('a flaky hub, the same flakiness every run', async ({ hub, request }) => {
  hub.faults({ rate: 0.3, status: [503], latencyMs: { median: 20, p99: 200 }, seed: 'flaky' });
  const statuses: number[] = [];
  for (let page = 0; page < 10; page++) {
    const response = await request.get(hub.url(`/qt_student/school-api/schools/4650/parents?navigationPage=${page % 3}&navigationPageSize=5`));
    statuses.push(response.status());
  }
  expect(statuses).toContain(503);
  expect(hub.requests.filter((r) => r.fault)).toHaveLength(statuses.filter((s) => s === 503).length);
});

test('an override breaks an ID, and the consistency check finds it', async ({ hub }) => {
  const [student] = hub.students('0220');
  hub.override('0220', 'photos', { id: String(student!.enrolmentId), patch: { enrolmentId: '0220999999' } });
  await expect(hub).not.toHaveConsistentIds();
});

test('what the app asked the hub for', async ({ hub, request }) => {
  await request.get(hub.url('/qt_staff/school-api/schools/4650/staff?navigationPageSize=50'));
  await expect(hub).toHaveReceived({ path: /\/staff$/, query: { navigationPageSize: '50' }, times: 1 });
  await expect(hub).not.toHaveReceived({ path: /students/ });
});
