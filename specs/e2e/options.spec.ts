// Fixture options from a user's point of view, through real Playwright runs: a bad option
// is one line that names it, and a relative golden path belongs to the config file.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BIN, ROOT, run } from '../support/processes.ts';

interface JsonResult {
  status: string;
  errors: { message?: string; stack?: string }[];
}

test('a bad option fails its test with one line that names the option and what it allows', async () => {
  const { stdout } = await run('npx', ['playwright', 'test', '-c', 'specs/e2e/options/playwright.config.ts', '--reporter=json']);
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { suites: { suites: { title: string; specs: { tests: { results: JsonResult[] }[] }[] }[] }[] };
  const results = report.suites[0]!.suites.map((suite) => [suite.title, suite.specs[0]!.tests[0]!.results[0]!] as const);
  const messages = Object.fromEntries(results.map(([title, result]) => [title, result.errors.map((e) => e.stack ?? e.message).join('\n')]));
  expect(results.map(([, result]) => result.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed']);
  expect(messages).toEqual({
    'no schools': 'HubConfigError: [seedhub] Failed to configure the hub: schools must be a whole number from 1 to 10000, got 0.',
    'an empty seed': 'HubConfigError: [seedhub] Failed to configure the hub: seed must be a non-empty string or a number, got "".',
    'an unknown transport': `HubConfigError: [seedhub] Failed to configure the hub: hubTransport must be 'server' or 'route', got "x".`,
    'a centre code without its leading zero': 'HubConfigError: [seedhub] Failed to configure the hub: centre code "220" is not 4 digits. Did you mean "0220"? Centre codes are strings of 4 digits, leading zeros included.',
    'a golden mode that does not exist': 'HubConfigError: [seedhub] Failed to configure the hub: goldenMode must be one of replay, record, update, verify, lockdown, got "replai".',
  });
});

/**
 * A config file in a folder of its own, and a way to run it from another folder (specs/),
 * as `-c ../pw.config.ts` would be; the golden-path suite uses `golden: 'goldens/small.json'`.
 */
async function configElsewhere(name: string) {
  const dir = join(ROOT, 'test-results', `${name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const config = join(dir, 'pw.config.ts');
  await writeFile(config, `import { defineConfig } from '@playwright/test';\nexport default defineConfig({ testDir: ${JSON.stringify(join(ROOT, 'specs/e2e/options'))}, testMatch: 'golden-path.iso.ts', outputDir: 'out' });\n`);
  const cwd = join(ROOT, 'specs');
  const playwright = (env: Record<string, string | undefined>) => run('npx', ['playwright', 'test', '-c', relative(cwd, config), '--reporter=line'], { SEEDHUB_GOLDEN: undefined, ...env }, { cwd });
  return { dir, cwd, playwright };
}

test('locally, a missing golden is recorded next to the config file, never in the current folder', async () => {
  test.setTimeout(120_000);
  const { dir, cwd, playwright } = await configElsewhere('golden-local');
  const result = await playwright({ CI: undefined });
  expect(result.stdout).toContain('1 passed');
  expect(existsSync(join(dir, 'goldens', 'small.json'))).toBe(true);
  expect(existsSync(join(cwd, 'goldens'))).toBe(false);
  await rm(dir, { recursive: true, force: true });
});

test('on CI a missing golden prints the command that records it, and following it makes the spec pass', async () => {
  test.setTimeout(120_000);
  const { dir, cwd, playwright } = await configElsewhere('golden-ci');
  const missing = await playwright({ CI: '1' });
  expect(missing.code).toBe(1);
  const shown = relative(cwd, join(dir, 'goldens', 'small.json'));
  const command = `npx seedhub record --out ${shown} --seed golden-path --centres 0220 --students 4 --staff 10 --classes 24 --year 2027`;
  expect(missing.stdout).toContain(`Failed to use golden ${shown}: there is no such file, and goldens are never written on CI. Record it locally and commit it: ${command}`);
  expect(existsSync(join(dir, 'goldens'))).toBe(false);
  expect(existsSync(join(cwd, 'goldens'))).toBe(false);

  // Following the hint, word for word, from the same folder, records a golden the spec accepts.
  const args = command.replace(/^npx seedhub /, '').split(' ');
  const recorded = await run(process.execPath, [BIN, ...args], {}, { cwd });
  expect(recorded.code).toBe(0);
  expect(existsSync(join(dir, 'goldens', 'small.json'))).toBe(true);
  const replayed = await playwright({ CI: '1' });
  expect(replayed.stdout).toContain('1 passed');
  expect(replayed.code).toBe(0);
  await rm(dir, { recursive: true, force: true });
});
