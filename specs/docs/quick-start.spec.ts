// The README's three-line quick start is a working spec: this file runs it as written.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/processes.ts';

test('the quick start in the README is the one in specs/docs/quick-start.example.spec.ts', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /## In a Playwright spec\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(readFileSync(`${ROOT}specs/docs/quick-start.example.spec.ts`, 'utf8')).toBe(`// The README's quick start, verbatim.\n${block}`);
});
