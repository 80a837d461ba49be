// Runs the suites in specs/e2e/isolation and reads their JSON reports: every worker had its
// own server, every test its own port, data and requests; data options work inside
// `describe`; and failures carry evidence.
import { expect, test } from '@playwright/test';
import { run } from '../support/processes.ts';

interface Result {
  status: string;
  workerIndex: number;
  attachments: { name: string; body?: string }[];
  annotations: { type: string; description?: string }[];
}
interface Suite {
  title: string;
  specs: { title: string; tests: { results: Result[] }[] }[];
  suites?: Suite[];
}
interface Row {
  file: string;
  title: string;
  result: Result;
}

/** Runs the isolation suite with `args` and flattens its report into one row per test. */
async function report(args: string[]): Promise<Row[]> {
  const { stdout } = await run('npx', ['playwright', 'test', '-c', 'specs/e2e/isolation/playwright.config.ts', '--reporter=json', ...args]);
  const { suites } = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { suites: Suite[] };
  const rows = (suite: Suite, file: string): Row[] => [
    ...suite.specs.map((spec) => ({ file, title: `${suite.title === file ? '' : `${suite.title} › `}${spec.title}`, result: spec.tests[0]!.results[0]! })),
    ...(suite.suites ?? []).flatMap((inner) => rows(inner, file)),
  ];
  return suites.flatMap((file) => rows(file, file.title));
}

const annotation = (row: Row, type: string) => row.result.annotations.find((a) => a.type === type)?.description;

test('parallel workers are isolated, and failures carry evidence', async () => {
  test.setTimeout(180_000);
  const results = await report(['--workers=4', 'config-a', 'config-b', 'evidence']);
  const isolation = results.filter((r) => r.file !== 'evidence.iso.ts');
  expect(isolation).toHaveLength(12);
  expect(isolation.filter((r) => r.result.status !== 'passed').map((r) => r.title)).toEqual([]);

  const hubs = isolation.map((r) => JSON.parse(annotation(r, 'hub')!) as { worker: number; baseURL: string; serverURL: string; seed: string });
  const workers = new Set(hubs.map((h) => h.worker));
  expect(workers.size).toBeGreaterThanOrEqual(3);
  // One server per worker, never shared; each test on a port of its own.
  const serversPerWorker = new Map<number, Set<string>>();
  for (const h of hubs) serversPerWorker.set(h.worker, new Set([...(serversPerWorker.get(h.worker) ?? []), h.serverURL]));
  expect([...serversPerWorker.values()].every((urls) => urls.size === 1)).toBe(true);
  expect(new Set(hubs.map((h) => h.serverURL)).size).toBe(workers.size);
  expect(new Set(hubs.map((h) => h.baseURL)).size).toBe(hubs.length);

  const failed = results.find((r) => r.file === 'evidence.iso.ts')!.result;
  expect(failed.status).toBe('failed');
  const names = failed.attachments.map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining(['seedhub-manifest.json', 'seedhub-serve-command.txt']));
  const command = Buffer.from(failed.attachments.find((a) => a.name === 'seedhub-serve-command.txt')!.body!, 'base64').toString('utf8');
  expect(command.trim()).toBe('npx seedhub serve --seed evidence --schools 4 --students 7 --staff 10 --classes 24 --year 2026');
  const manifest = JSON.parse(Buffer.from(failed.attachments.find((a) => a.name === 'seedhub-manifest.json')!.body!, 'base64').toString('utf8')) as { seed: string; versions: Record<string, string>; schools: { counts: Record<string, number> }[] };
  expect(manifest.seed).toBe('evidence');
  expect(manifest.schools[0]!.counts.students).toBe(7);
  expect(Object.keys(manifest.versions)).toEqual(['seedhub', 'seedhub-data', '@faker-js/faker', 'seedrandom']);
});

test('data options work inside describe blocks: one worker builds one hub per configuration', async () => {
  test.setTimeout(120_000);
  const results = await report(['--workers=1', 'describe']);
  expect(results.map((r) => [r.title, r.result.status])).toEqual([
    ['two schools › round 1 sees exactly its own schools and seed', 'passed'],
    ['two schools › round 2 sees exactly its own schools and seed', 'passed'],
    ['a list of codes › round 1 sees exactly its own schools and seed', 'passed'],
    ['a list of codes › round 2 sees exactly its own schools and seed', 'passed'],
    ['another year › round 1 sees exactly its own schools and seed', 'passed'],
    ['another year › round 2 sees exactly its own schools and seed', 'passed'],
  ]);
  expect(new Set(results.map((r) => r.result.workerIndex)).size).toBe(1);
  // The second round of each configuration reuses its hub: the count grows only with a new configuration.
  expect(results.map((r) => annotation(r, 'hubs'))).toEqual(['1', '1', '2', '2', '3', '3']);
});
