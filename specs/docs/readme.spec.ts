// The README's code example runs as written.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ROOT, run } from '../support/processes.ts';

test("the README's TypeScript example runs and prints the hub's data", async () => {
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  const code = /## From code[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  await mkdir(`${ROOT}test-results`, { recursive: true });
  const file = `${ROOT}test-results/readme-example.ts`;
  await writeFile(file, `${code}\nconsole.log('extended', extended.collection('4650', 'students')!.slice(0, 1)[0]!.nickname);\n`);
  const { code: exit, stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file]);
  expect(stderr).toBe('');
  expect(exit).toBe(0);
  expect(stdout).toMatch(/^20 \[/);
  expect(stdout).toContain("centreCode: '4650'");
  expect(stdout).toMatch(/extended \w+/);
});
