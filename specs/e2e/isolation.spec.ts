// Runs specs/e2e/isolation at 4 workers with two hub configurations, and reads the JSON
// report: every worker had its own server, every test saw only its own data and requests.
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

test('parallel workers are isolated, and failures carry evidence', async () => {
  test.setTimeout(180_000);
  const { stdout } = await run('npx', ['playwright', 'test', '-c', 'specs/e2e/isolation/playwright.config.ts', '--workers=4', '--reporter=json']);
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { suites: Suite[] };
  const results = report.suites.flatMap((file) => file.specs.map((spec) => ({ file: file.title, title: spec.title, result: spec.tests[0]!.results[0]! })));
  const isolation = results.filter((r) => r.file !== 'evidence.iso.ts');
  expect(isolation).toHaveLength(12);
  expect(isolation.filter((r) => r.result.status !== 'passed').map((r) => r.title)).toEqual([]);

  const hubs = isolation.map((r) => JSON.parse(r.result.annotations.find((a) => a.type === 'hub')!.description!) as { worker: number; baseURL: string; seed: string });
  const workers = new Set(hubs.map((h) => h.worker));
  expect(workers.size).toBeGreaterThanOrEqual(3);
  // One server per worker: no two workers share a base URL, and a worker's server serves one configuration.
  const workersPerURL = new Map<string, Set<number>>();
  for (const h of hubs) workersPerURL.set(h.baseURL, new Set([...(workersPerURL.get(h.baseURL) ?? []), h.worker]));
  expect([...workersPerURL.values()].every((ws) => ws.size === 1)).toBe(true);
  const seedsPerWorker = new Map<number, Set<string>>();
  for (const h of hubs) seedsPerWorker.set(h.worker, new Set([...(seedsPerWorker.get(h.worker) ?? []), h.seed]));
  expect([...seedsPerWorker.values()].every((seeds) => seeds.size === 1)).toBe(true);

  const failed = results.find((r) => r.file === 'evidence.iso.ts')!.result;
  expect(failed.status).toBe('failed');
  const names = failed.attachments.map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining(['seedhub-manifest.json', 'seedhub-serve-command.txt']));
  const command = Buffer.from(failed.attachments.find((a) => a.name === 'seedhub-serve-command.txt')!.body!, 'base64').toString('utf8');
  expect(command.trim()).toBe('npx seedhub serve --seed evidence --schools 4 --students 7 --staff 10 --classes 7 --year 2026');
  const manifest = JSON.parse(Buffer.from(failed.attachments.find((a) => a.name === 'seedhub-manifest.json')!.body!, 'base64').toString('utf8')) as { seed: string; versions: Record<string, string>; schools: { counts: Record<string, number> }[] };
  expect(manifest.seed).toBe('evidence');
  expect(manifest.schools[0]!.counts.students).toBe(7);
  expect(Object.keys(manifest.versions)).toEqual(['seedhub', '@faker-js/faker', 'seedrandom']);
});
