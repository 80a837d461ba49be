import { expect, test } from '@playwright/test';
import { createDataset } from '../../src/generate/dataset.ts';
import { createHandler } from '../../src/hub/pipeline.ts';
import { extendModel } from '../../src/model/extend.ts';
import { qteachers } from '../../src/model/qteachers/index.ts';
import { HubServer } from '../../src/transports/server.ts';
import { BIN, run, start } from '../support/processes.ts';

const LISTENING = /seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/;

test('check against a running seedhub prints no findings and exits 0', async () => {
  const server = start(process.execPath, [BIN, 'serve', '--port', '0']);
  try {
    const [, url] = await server.waitFor(LISTENING);
    const { code, stdout, stderr } = await run(process.execPath, [BIN, 'check', '--url', url!]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^seedhub check: 36 endpoints, \d+ records, 0 findings\n$/);
    expect(code).toBe(0);
    const some = await run(process.execPath, [BIN, 'check', '--url', url!, '--schools', '0220,1690', '--page-size', '13']);
    expect([some.code, some.stdout]).toEqual([0, expect.stringMatching(/^seedhub check: 18 endpoints, \d+ records, 0 findings\n$/)]);
  } finally {
    await server.stop();
  }
});

test('check against a broken hub prints the finding and exits 1', async () => {
  const foreign = String(createDataset().collection('4650', 'students')!.slice(0, 1)[0]!.enrolmentId);
  // A student of 1690 with one parent: moving that parent's row away leaves them with none.
  const parents = createDataset().collection('1690', 'parents')!;
  const rows = parents.slice(0, parents.count);
  const single = createDataset().collection('1690', 'students')!.slice(0, 50).findIndex((s) => rows.filter((p) => p.enrolmentId === s.enrolmentId).length === 1);
  const broken = extendModel(qteachers, {
    collections: { parents: { fields: { enrolmentId: (ctx) => (ctx.school.centreCode === '1690' && ctx.ownerIndex === single && ctx.index === 0 ? foreign : ctx.owner.enrolmentId) } } },
  });
  const server = await HubServer.start(createHandler(createDataset({}, broken)), { port: 0 });
  try {
    const { code, stdout } = await run(process.execPath, [BIN, 'check', '--url', server.url, '--schools', '1690']);
    // The orphan row was that student's only parent, so they now have none.
    const owner = String(createDataset().collection('1690', 'students')!.slice(single, 1)[0]!.enrolmentId);
    expect(stdout.trim().split('\n')).toEqual([
      `1690 /parents page 0: enrolmentId ${foreign} is not a student of 1690 (orphan-enrolment-id)`,
      `1690 /parents: student ${owner} (students page ${Math.floor(single / 100)}) has no parents rows (missing-records)`,
      expect.stringMatching(/^seedhub check: 9 endpoints, \d+ records, 2 findings$/),
    ]);
    expect(code).toBe(1);
  } finally {
    await server.close();
  }
});

test('an unreachable URL, or one that is not a hub, is one clear line and exit 2', async () => {
  const server = await HubServer.start(() => ({ status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>nope</h1>' }), { port: 0 });
  const notHub = await run(process.execPath, [BIN, 'check', '--url', server.url]);
  await server.close();
  const gone = await run(process.execPath, [BIN, 'check', '--url', server.url]);
  expect([notHub.code, notHub.stdout, notHub.stderr]).toEqual([2, '', `[seedhub] Failed to crawl ${server.url}/: GET / answered 404. Is it a hub that speaks the seedhub API? Check the URL, or give the centre codes to crawl.\n`]);
  expect([gone.code, gone.stdout]).toEqual([2, '']);
  expect(gone.stderr).toMatch(/^\[seedhub\] Failed to crawl http:\/\/127\.0\.0\.1:\d+\/: GET \/ request failed \(fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+\)\. Is it a hub/);
  expect(gone.stderr.trim().split('\n')).toHaveLength(1);
});

const BAD: [string[], RegExp][] = [
  [['check'], /--url URL is required/],
  [['check', '--url', 'not a url'], /--url: "not a url" is not a URL/],
  [['check', '--url', 'ftp://x.test'], /is not http or https/],
  [['check', '--url', 'http://127.0.0.1:9', '--page-size', '0'], /--page-size: 0 is not from 1 to 1000/],
  [['check', '--url', 'http://127.0.0.1:9', '--page-size', 'ten'], /--page-size: "ten" is not a whole number/],
  [['check', '--url', 'http://127.0.0.1:9', '--schools', '220'], /centre code "220" is not 4 digits\. Did you mean "0220"\?/],
  [['check', '--url', 'http://127.0.0.1:9', '--seed', 'x'], /Unknown option '--seed'/],
];

for (const [args, message] of BAD) {
  test(`seedhub ${args.join(' ')} exits 2 with one line naming the problem`, async () => {
    const { code, stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
}
