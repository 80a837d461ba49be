// The docs' example records are checked against the generator, so the docs stay true.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createDataset } from 'seedhub/core';
import { ROOT } from '../support/processes.ts';

const EXAMPLE = /<!-- example: (\d{4}) ([a-z-]+) (\d+) -->\s*```json\n([\s\S]*?)```/g;

test('every example record in docs/data-model.md is what the default hub serves', () => {
  const text = readFileSync(`${ROOT}docs/data-model.md`, 'utf8');
  const dataset = createDataset();
  const examples = [...text.matchAll(EXAMPLE)];
  expect(examples.map((m) => m[2]).sort()).toEqual(dataset.collections.map((c) => c.name).sort());
  for (const [, code, name, index, json] of examples) {
    const [record] = dataset.collection(code!, name!)!.slice(Number(index), 1);
    const expected = record && 'picture' in record ? { ...record, picture: '(base64 SVG)' } : record;
    expect(JSON.parse(json!), `${code} ${name} ${index}`).toEqual(expected);
  }
  const index = /<!-- example: (\d{4}) index -->\s*```json\n([\s\S]*?)```/.exec(text)!;
  expect(JSON.parse(index[2]!)).toEqual(dataset.school(index[1]!));
});
