// The README's example spec ("Use it in your project") is a working spec here too: this
// file holds it to specs/docs/quick-start.example.spec.ts, which runs it as written.
// (specs/package/consumer.spec.ts runs it again from the packed package.)
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/processes.ts';

test('the example spec in the README is the one in specs/docs/quick-start.example.spec.ts', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /`tests\/hub\.spec\.ts`:\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(readFileSync(`${ROOT}specs/docs/quick-start.example.spec.ts`, 'utf8')).toBe(`// The README's quick start, verbatim.\n${block}`);
});
