// Seeded output, as Faker tests it: a few fixed seeds whose first records are kept as
// snapshots, so any change to generated values shows up in review.
import { expect, test } from '@playwright/test';
import { createDataset } from 'seedhub/core';

for (const seed of ['seedhub', 'alpha', 42]) {
  test(`seed ${seed}: the first record of each collection of 0220`, () => {
    const dataset = createDataset({ seed });
    const sample = Object.fromEntries(
      dataset.collections.map(({ name }) => {
        const [first] = dataset.collection('0220', name)!.slice(0, 1);
        // Photos are long base64; their bytes are covered by the determinism specs.
        return [name, { ...first, ...(first && 'picture' in first ? { picture: `${String(first.picture).length} chars` } : {}) }];
      }),
    );
    expect(`${JSON.stringify({ schools: dataset.schools, sample }, null, 2)}\n`).toMatchSnapshot(`seed-${seed}.json`);
  });
}
