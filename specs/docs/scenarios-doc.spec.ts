// docs/scenarios.md's example is the spec that runs it (specs/docs/scenarios.example.spec.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/processes.ts';

test('the example in docs/scenarios.md is specs/docs/scenarios.example.spec.ts', () => {
  const scenarios = readFileSync(`${ROOT}docs/scenarios.md`, 'utf8');
  const block = /runs as written \(`specs\/docs\/scenarios\.example\.spec\.ts`\):\s+```ts\n([\s\S]*?)```/.exec(scenarios)![1]!;
  expect(readFileSync(`${ROOT}specs/docs/scenarios.example.spec.ts`, 'utf8')).toBe(`// docs/scenarios.md's example, verbatim.\n${block}`);
});
