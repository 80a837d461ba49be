// One behaviour, three transports: the same requests through the worker's server, the
// browser's routes and Node-side interception give the same status, content type and bytes.
import { expect, test } from 'seedhub';
import { ENDPOINTS, endpoint } from '../support/requests.ts';

test.describe.configure({ mode: 'serial' });

type Answer = [status: number, contentType: string | null, body: string];
const REQUESTS: [method: string, path: string][] = [
  ['GET', '/'],
  ...['4650', '1690', '9743', '0220'].flatMap((code) => ENDPOINTS.map((t): [string, string] => ['GET', endpoint(t, code)])),
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPage=1&navigationPageSize=5'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPage=10&navigationPageSize=5'],
  ['GET', '/qt_student/school-api/schools/0220/enrolment-history?navigationPageSize=1000'],
  ['GET', '/qt_student/school-api/schools/0220/flags?navigationPage=3&navigationPageSize=1'],
  ['GET', '/qt_student/school-api/schools/0220/parents?navigationPage=2&navigationPageSize=7'],
  ['GET', '/qt_staff/school-api/schools/4650/photos/'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPage=-1'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPageSize=0'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPageSize=1001'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPage=1&navigationPage=2'],
  ['GET', '/qt_student/school-api/schools/1690/students?navigationPage=abc'],
  ['GET', '/qt_student/school-api/schools/01690/students'],
  ['GET', '/qt_student/school-api/schools/169/students'],
  ['GET', '/qt_student/school-api/schools/1690/teachers'],
  ['GET', '/nowhere'],
  ['HEAD', '/qt_student/school-api/schools/1690/students?navigationPageSize=3'],
  ['POST', '/qt_student/school-api/schools/1690/students'],
  ['DELETE', '/qt_staff/school-api/schools/1690/staff'],
];
const answers: Record<string, Answer[]> = {};

async function viaNodeFetch(base: string): Promise<Answer[]> {
  const results: Answer[] = [];
  for (const [method, path] of REQUESTS) {
    const response = await fetch(`${base}${path}`, { method });
    results.push([response.status, response.headers.get('content-type'), await response.text()]);
  }
  return results;
}

test.describe('server', () => {
  test('answers', async ({ hub }) => {
    expect(REQUESTS.length).toBeGreaterThanOrEqual(50);
    answers.server = await viaNodeFetch(hub.baseURL);
    expect(hub.requests).toHaveLength(REQUESTS.length);
  });
});

test.describe('route', () => {
  test.use({ hubTransport: 'route' });
  test('answers', async ({ hub, page }) => {
    await page.route('http://app.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<p>app</p>' }));
    await page.goto('http://app.test/');
    answers.route = await page.evaluate(
      async ({ base, requests }) => {
        const results: [number, string | null, string][] = [];
        for (const [method, path] of requests) {
          const response = await fetch(`${base}${path}`, { method });
          results.push([response.status, response.headers.get('content-type'), await response.text()]);
        }
        return results;
      },
      { base: hub.baseURL, requests: REQUESTS },
    );
    expect(hub.requests.filter((r) => r.transport === 'route')).toHaveLength(REQUESTS.length);
  });
});

test.describe('node', () => {
  test('answers, and all three agree byte for byte', async ({ hub }) => {
    answers.node = await viaNodeFetch(await hub.interceptNode('https://parity.example'));
    const statuses = answers.server!.map(([status]) => status);
    expect(new Set(statuses)).toEqual(new Set([200, 400, 404, 405]));
    expect(answers.route).toEqual(answers.server);
    expect(answers.node).toEqual(answers.server);
  });
});
