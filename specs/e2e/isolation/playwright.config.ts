// A suite run by specs/e2e/isolation.spec.ts at --workers=4, not by the main suite:
// its files end in .iso.ts, which the main configuration does not match.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../support/browser.ts';

const chromium = findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '*.iso.ts',
  fullyParallel: true,
  retries: 0,
  use: { launchOptions: chromium ? { executablePath: chromium, args: [...CHROMIUM_ARGS] } : {} },
});
