// seedhub's test and expect combine with a project's own through mergeTests and mergeExpects.
import { expect as playwrightExpect, mergeExpects, mergeTests, test as base } from '@playwright/test';
import { expect as seedhubExpect, test as seedhubTest } from 'seedhub';

const appTest = base.extend<{ appName: string }>({ appName: async ({}, use) => use('school portal') });
const appExpect = playwrightExpect.extend({
  toBeCentreCode(received: unknown) {
    const pass = typeof received === 'string' && /^\d{4}$/.test(received);
    return { pass, message: () => `expected ${String(received)} ${pass ? 'not ' : ''}to be a centre code`, name: 'toBeCentreCode' };
  },
});

const test = mergeTests(seedhubTest, appTest);
const expect = mergeExpects(seedhubExpect, appExpect);

test.use({ schools: 1 });

test('a merged test has both fixtures, and a merged expect both matchers', async ({ hub, appName }) => {
  expect(appName).toBe('school portal');
  expect(hub.schools).toHaveLength(1);
  expect(hub.schools[0]!.centreCode).toBeCentreCode();
});
