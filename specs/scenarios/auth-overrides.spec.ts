// Auth, per-test overrides and request assertions, in each transport: a missing or wrong
// token is a 401 problem with WWW-Authenticate, another school's token a 403; an override
// changes what every transport serves (and an ID it breaks is a consistency finding) and
// ends with its test; toHaveReceived says what was asked for instead.
import { expect, test, type Hub } from 'seedhub';
import type { Page } from '@playwright/test';

const ORIGIN = 'http://hub.school.test';
const STUDENTS = (code: string) => `/qt_student/school-api/schools/${code}/students?navigationPageSize=3`;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A GET with headers through each transport. */
const getters = {
  async server(hub: Hub, _page: Page, path: string, headers: Record<string, string> = {}): Promise<Answer> {
    const r = await fetch(hub.url(path), { headers });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.json() };
  },
  async route(_hub: Hub, page: Page, path: string, headers: Record<string, string> = {}): Promise<Answer> {
    return page.evaluate(async ([url, sent]) => {
      const r = await fetch(url, { headers: sent });
      return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.json() };
    }, [`${ORIGIN}${path}`, headers] as const);
  },
  async node(hub: Hub, _page: Page, path: string, headers: Record<string, string> = {}): Promise<Answer> {
    const origin = await hub.interceptNode(ORIGIN);
    const r = await fetch(`${origin}${path}`, { headers });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.json() };
  },
};

test.use({ schools: 2, studentsPerSchool: 12, hubOrigin: ORIGIN });

for (const transport of ['server', 'route', 'node'] as const) {
  test.describe(`${transport} transport`, () => {
    test.use({ hubTransport: transport === 'route' ? 'route' : 'server' });

    test.describe('with auth', () => {
      test.use({ hubAuth: { bearer: { '4650': 'token-4650', '*': 'admin-token' } } });

      test('a missing or wrong token is 401, another school\'s 403, the right one 200', async ({ hub, page }) => {
        if (transport === 'route') await page.goto('about:blank');
        const get = (path: string, headers?: Record<string, string>) => getters[transport](hub, page, path, headers);
        const none = await get(STUDENTS('4650'));
        expect([none.status, none.headers['content-type'], none.headers['www-authenticate'], (none.body as { type: string }).type])
          .toEqual([401, 'application/problem+json', 'Bearer realm="seedhub"', 'urn:seedhub:problem:unauthorized']);
        const wrong = await get(STUDENTS('4650'), { authorization: 'Bearer nope' });
        expect([wrong.status, wrong.headers['www-authenticate']]).toEqual([401, 'Bearer realm="seedhub", error="invalid_token"']);
        const other = await get(STUDENTS('1690'), { authorization: 'Bearer token-4650' });
        expect([other.status, (other.body as { detail: string }).detail]).toEqual([403, 'The bearer token does not open school 1690.']);
        const mine = await get(STUDENTS('4650'), { authorization: 'Bearer token-4650' });
        expect([mine.status, (mine.body as { data: unknown[] }).data]).toEqual([200, hub.students('4650').slice(0, 3)]);
        expect(mine.headers.vary).toContain('Authorization');
        const admin = await get(STUDENTS('1690'), { authorization: 'Bearer admin-token' });
        expect(admin.status).toBe(200);
        // One rule for every route: the index needs a token (any school's: it lists where the
        // schools are, no records); the explorer's person API needs the person's school's.
        expect((await get('/', { authorization: 'Bearer token-4650' })).status).toBe(200);
        const someone = String(hub.students('1690')[0]!.enrolmentId);
        const person = await get(`/explore/api/person?centreCode=1690&id=${someone}`, { authorization: 'Bearer token-4650' });
        expect([person.status, JSON.stringify(person.body).includes(someone)]).toEqual([403, false]);
        await expect(hub).toHaveReceived({ path: /\/students$/, headers: { authorization: 'Bearer token-4650' }, times: 2 });
        await expect(hub).toHaveReceived({ status: 401, times: 2 });
        await expect(hub).toHaveReceived({ status: 403, times: 2 });
      });

      test('the matchers crawl with a token that opens each school', async ({ hub, page }) => {
        void page;
        await expect(hub).toHaveConsistentIds({ comparePageSize: false });
        expect(hub.requests.every((r) => r.status === 200)).toBe(true);
      });
    });

    test('overrides change what is served, and an ID they break is a finding', async ({ hub, page }) => {
      if (transport === 'route') await page.goto('about:blank');
      const get = (path: string) => getters[transport](hub, page, path);
      const [first, second] = hub.students('4650');
      hub.override('4650', 'students', { index: 1, patch: { familyName: 'Overridden', preferredGivenName: undefined } });
      hub.override('4650', 'students', { id: String(first!.enrolmentId), patch: (record) => ({ ...record, givenName: String(record.givenName).toUpperCase() }) });
      const page0 = (await get(STUDENTS('4650'))).body as { data: Record<string, unknown>[] };
      expect(page0.data[1]).toEqual(Object.fromEntries(Object.entries({ ...second, familyName: 'Overridden' }).filter(([k]) => k !== 'preferredGivenName')));
      expect(page0.data[0]!.givenName).toBe(String(first!.givenName).toUpperCase());
      // Record 1 on a page of its own (page 1 of size 1) is the same overridden record.
      const alone = (await get('/qt_student/school-api/schools/4650/students?navigationPage=1&navigationPageSize=1')).body as { data: Record<string, unknown>[] };
      expect(alone.data[0]!.familyName).toBe('Overridden');
      hub.override('/qt_staff/school-api/schools/1690/staff', { status: 503, body: { type: 'about:blank', title: 'Down for maintenance', status: 503 } });
      const down = await get('/qt_staff/school-api/schools/1690/staff');
      expect([down.status, down.body]).toEqual([503, { type: 'about:blank', title: 'Down for maintenance', status: 503 }]);
      if (transport !== 'server') return;
      // Consistency sees overrides: a parent moved to nobody is an orphan.
      hub.override('/qt_staff/school-api/schools/1690/staff', () => ({ status: 200, body: { data: [], navigation: { navigationPage: 0, navigationPageSize: 100, totalRecords: 0, totalPages: 0 } } }));
      const error = await expect(hub).toHaveConsistentIds({ comparePageSize: false }).then(() => undefined, (e: Error) => e);
      expect(error?.message).toMatch(/1690 \/staff-photos page 0: staffId \d{7} is not a staff member of 1690/);
    });
  });
}

test("an override is what the test's own reads of the data say too, and what toMatchHub holds a page to", async ({ hub }) => {
  const generated = hub.students('4650')[0]!;
  hub.override('4650', 'students', { index: 0, patch: { givenName: 'Zed' } });
  const served = (await (await fetch(hub.url(STUDENTS('4650')))).json()).data[0] as Record<string, unknown>;
  expect(served.givenName).toBe('Zed');
  expect(hub.students('4650')[0]).toEqual(served);
  expect(hub.records('4650', 'students')[0]).toEqual(served);
  expect(hub.student(String(generated.enrolmentId))).toEqual(served);
  expect(hub.dataset.collection('4650', 'students')!.slice(0, 1)).toEqual([served]);
  // What the app rightly displayed agrees with the hub; the name before the override does not.
  expect([served]).toMatchHub(hub, { idField: 'enrolmentId', fields: ['givenName'] });
  expect([{ ...served, givenName: generated.givenName }]).not.toMatchHub(hub, { idField: 'enrolmentId', fields: ['givenName'] });
});

test.describe('overrides end with their test', () => {
  test.describe.configure({ mode: 'serial' });
  test('one test overrides', async ({ hub }) => {
    hub.override('4650', 'students', { index: 0, patch: { familyName: 'Changed' } });
    expect((await (await fetch(hub.url(STUDENTS('4650')))).json()).data[0].familyName).toBe('Changed');
  });
  test('the next sees the hub as generated', async ({ hub }) => {
    expect((await (await fetch(hub.url(STUDENTS('4650')))).json()).data[0]).toEqual(hub.students('4650')[0]);
  });
});

test('toHaveReceived: times, .not, and a message that says what was asked for instead', async ({ hub }) => {
  await fetch(hub.url('/qt_student/school-api/schools/4650/students?navigationPageSize=50'));
  await fetch(hub.url('/qt_student/school-api/schools/4650/students?navigationPageSize=50&navigationPage=1'));
  await fetch(hub.url('/qt_student/school-api/schools/1690/parents?navigationPageSize=20'));
  await expect(hub).toHaveReceived({ path: /students/, query: { navigationPageSize: '50' }, times: 2 });
  await expect(hub).toHaveReceived({ path: '/qt_student/school-api/schools/1690/parents', query: { navigationPage: null } });
  await expect(hub).not.toHaveReceived({ path: /staff/ });
  const error = await expect(hub).toHaveReceived({ path: /parents/, query: { navigationPageSize: '50' }, timeout: 100 }).then(() => undefined, (e: Error) => e);
  expect(error?.message).toContain('Expected at least one such request, got 0.');
  expect(error?.message).toContain('✗ GET /qt_student/school-api/schools/1690/parents?navigationPageSize=20 → 200 (server): navigationPageSize=20');
  expect(error?.message).toContain('✗ GET /qt_student/school-api/schools/4650/students?navigationPageSize=50 → 200 (server): path /qt_student/school-api/schools/4650/students');
  const never = await expect(hub).not.toHaveReceived({ method: 'GET' }).then(() => undefined, (e: Error) => e);
  expect(never?.message).toContain('Expected no such request, got 3.');
});
