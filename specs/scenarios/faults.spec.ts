// Seeded faults and latency: the same seed gives the same faults on the same requests, in
// every transport (the worker's server, the browser's routes, Node-side interception), logged in
// hub.requests; and the hub's in-memory handler agrees with all three.
import { expect, test, type Hub } from 'seedhub';
import { createDataset } from 'seedhub/core';
import { createCore } from '../../src/hub/core.ts';
import { Session } from '../../src/hub/session.ts';
import type { Page } from '@playwright/test';

const FAULTS = { rate: 0.3, status: [500, 503], latencyMs: { median: 4, p99: 20 }, resets: 0.08, seed: 'chaos' };
const ORIGIN = 'http://hub.school.test';
/** The same 40 requests every time: some URLs asked for more than once, as a client that retries would. */
const PATHS = Array.from({ length: 40 }, (_, i) => `/qt_student/school-api/schools/${['4650', '1690'][i % 2]}/${['students', 'parents', 'flags'][i % 3]}?navigationPageSize=${(i % 4) + 1}`);

type Outcome = number | 'reset';

/** What the sequence gets through each transport. */
const through = {
  async server(hub: Hub): Promise<Outcome[]> {
    const out: Outcome[] = [];
    for (const path of PATHS) out.push(await fetch(hub.url(path)).then((r) => r.status, () => 'reset' as const));
    return out;
  },
  async route(_hub: Hub, page: Page): Promise<Outcome[]> {
    await page.goto('about:blank');
    return page.evaluate(async ([origin, paths]) => {
      const out: (number | 'reset')[] = [];
      for (const path of paths) out.push(await fetch(`${origin}${path}`).then((r) => r.status, () => 'reset' as const));
      return out;
    }, [ORIGIN, PATHS] as const);
  },
  async node(hub: Hub): Promise<Outcome[]> {
    const origin = await hub.interceptNode(ORIGIN);
    const out: Outcome[] = [];
    for (const path of PATHS) out.push(await fetch(`${origin}${path}`).then((r) => r.status, () => 'reset' as const));
    return out;
  },
};

/** The outcomes the scenario gives in memory, without any transport. */
function expected(): Outcome[] {
  const session = new Session(createCore(createDataset({ schools: 2, studentsPerSchool: 10 })));
  session.faults(FAULTS);
  const handle = session.handlerFor('server');
  return PATHS.map((url) => {
    const response = handle({ method: 'GET', url });
    return response.reset ? 'reset' : response.status;
  });
}

test.use({ schools: 2, studentsPerSchool: 10, hubOrigin: ORIGIN });

for (const transport of ['server', 'route', 'node'] as const) {
  test.describe(`${transport} transport`, () => {
    test.use({ hubTransport: transport === 'route' ? 'route' : 'server' });

    test('faults fall on the same requests as in memory, and are logged', async ({ hub, page }) => {
      hub.faults(FAULTS);
      const outcomes = await through[transport](hub, page);
      const want = expected();
      expect(outcomes).toEqual(want);
      // Every kind of outcome happened: the seed was not a lucky one.
      expect(new Set(want)).toEqual(new Set([200, 500, 503, 'reset']));
      const logged = hub.requests.filter((r) => r.url.includes('navigationPageSize'));
      expect(logged.map((r) => (r.reset ? 'reset' : r.status))).toEqual(want);
      expect(logged.every((r) => r.transport === transport && typeof r.latencyMs === 'number' && r.latencyMs >= 0)).toBe(true);
      expect(logged.filter((r) => r.fault).length).toBe(want.filter((o) => o === 500 || o === 503).length);
      // The fault is a problem, as every error the hub answers.
      if (transport === 'server') {
        const failed = PATHS[want.indexOf(503)]!;
        hub.faults(null);
        expect((await fetch(hub.url(failed))).status).toBe(200);
      }
    });
  });
}

test('latency is waited for, and only the endpoints named get faults', async ({ hub }) => {
  hub.faults({ latencyMs: 300, rate: 1, status: [500], endpoints: ['staff'] });
  const started = performance.now();
  const staff = await fetch(hub.url('/qt_staff/school-api/schools/4650/staff'));
  // A lower bound only: the latency was waited for (never an upper bound: machines are noisy).
  expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  expect([staff.status, staff.headers.get('content-type'), (await staff.json()).type]).toEqual([500, 'application/problem+json', 'urn:seedhub:problem:injected-fault']);
  expect((await fetch(hub.url('/qt_student/school-api/schools/4650/students'))).status).toBe(200);
  expect(hub.requests.map((r) => [r.status, r.latencyMs ?? null])).toEqual([[500, 300], [200, null]]);
});

test('bad fault options are one clear line', async ({ hub }) => {
  expect(() => hub.faults({ rate: 2 })).toThrow('[seedhub] Failed to set faults: rate must be a share from 0 to 1, got 2.');
  expect(() => hub.faults({ endpoints: ['pupils'] })).toThrow(/"pupils" is not an endpoint of this hub/);
  expect(() => hub.faults({ latencyMs: { median: 50, p99: 10 } })).toThrow(/0 < median <= p99/);
});

test.describe('the contract under auth', () => {
  test.use({ hubAuth: { bearer: 'secret' } });
  test('/openapi.json documents the bearer scheme and the 401 and 403 problems, and stays open', async ({ hub }) => {
    const document = await (await fetch(hub.url('/openapi.json'))).json();
    expect(document.components.securitySchemes).toEqual({ bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }) });
    const students = document.paths['/qt_student/school-api/schools/{centreCode}/students'].get;
    expect(students.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(students.responses)).toEqual(expect.arrayContaining(['401', '403']));
  });
});
