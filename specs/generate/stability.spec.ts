// IDs and values that never move: every record depends only on (seed, centre code,
// collection, its own index, field), so adding a student or a school leaves every existing
// record of every collection byte-identical, IDs included.
import { expect, test } from '@playwright/test';
import { createDataset, type Dataset, type HubOptions } from 'seedhub/core';

const BASE = { seed: 'other', schools: 12, studentsPerSchool: 300 } satisfies HubOptions;

/** Every record of `dataset`, as the bytes the hub serves, by school and collection. */
function bytes(dataset: Dataset): Map<string, string[]> {
  const all = new Map<string, string[]>();
  for (const { centreCode } of dataset.schools) {
    for (const { name } of dataset.collections) {
      const view = dataset.collection(centreCode, name)!;
      all.set(`${centreCode} ${name}`, view.slice(0, view.count).map((r) => JSON.stringify(r)));
    }
  }
  return all;
}

const before = bytes(createDataset(BASE));

for (const [change, options] of [
  ['300 → 301 students', { ...BASE, studentsPerSchool: 301 }],
  ['12 → 13 schools', { ...BASE, schools: 13 }],
] as const) {
  test(`${change}: every existing record is byte-identical, in every collection`, () => {
    const after = bytes(createDataset(options));
    const moved: string[] = [];
    let records = 0;
    for (const [key, rows] of before) {
      // Records are in owner order, so the old ones are a prefix of the new.
      const now = after.get(key)!;
      rows.forEach((row, i) => {
        records++;
        if (now[i] !== row) moved.push(`${key} #${i}`);
      });
    }
    expect(moved).toEqual([]);
    expect(records).toBeGreaterThan(40_000);
  });
}
