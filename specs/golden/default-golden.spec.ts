// The committed golden: any change to generation that shifts the default hub's data fails
// here with a readable diff, until fixtures/golden/default.json is re-recorded on purpose:
//   node bin/seedhub.js record --out fixtures/golden/default.json
import { expect, test } from '@playwright/test';
import { DEFAULTS, renderDrift, verifyGolden } from 'seedhub/core';
import { readGolden } from '../../src/golden/replay.ts';

const FILE = new URL('../../fixtures/golden/default.json', import.meta.url).pathname;

test('fixtures/golden/default.json is what today\'s generator makes', async () => {
  const golden = await readGolden(FILE);
  expect(golden.manifest.options).toEqual({ ...DEFAULTS, seed: 'seedhub' });
  expect(golden.manifest.schools.map((s) => s.centreCode)).toEqual(['4650', '1690', '9743', '0220']);
  const report = await verifyGolden(golden);
  expect(report.clean, renderDrift(report)).toBe(true);
});
