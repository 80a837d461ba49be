// docs/consistency.md: its example runs as written, and it documents every rule.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PAGING_RULES, RULES } from '../../src/consistency/checks.ts';
import { SUT_RULES } from '../../src/consistency/compare.ts';
import { ROOT, run } from '../support/processes.ts';

test('the "From code" example runs and finds nothing wrong with the hubs it checks', async () => {
  const doc = await readFile(`${ROOT}docs/consistency.md`, 'utf8');
  const code = /## From code\s+```ts\n([\s\S]*?)```/.exec(doc)![1]!;
  await mkdir(`${ROOT}test-results`, { recursive: true });
  const file = `${ROOT}test-results/consistency-example.ts`;
  await writeFile(file, code);
  const { code: exit, stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file]);
  expect([exit, stderr]).toEqual([0, '']);
  expect(stdout).toBe('over http: 0 findings\nin memory: 0 findings\ndataset: 0 findings\n');
});

test('every rule is documented with an example', async () => {
  const doc = await readFile(`${ROOT}docs/consistency.md`, 'utf8');
  const names = [...Object.keys(RULES), ...Object.keys(PAGING_RULES), ...Object.keys(SUT_RULES)];
  expect(names.filter((name) => !new RegExp(`^\\| \`${name}\` \\|.*\\| \`.+\` \\|$`, 'm').test(doc))).toEqual([]);
});
