// The test suite's configuration. Browser specs use the system's Chromium when there is
// one (Debian's `chromium`), and Playwright's own browser otherwise; the global setup
// downloads Playwright's when there is neither (specs/support/global-setup.ts).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './specs/support/browser.ts';

const chromium = findChromium();

export default defineConfig({
  testDir: './specs',
  globalSetup: './specs/support/global-setup.ts',
  // Snapshots are text (seeded output), the same on every platform: no platform suffix.
  snapshotPathTemplate: '{testDir}/__snapshots__/{testFilePath}/{arg}{ext}',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromium ? { executablePath: chromium, args: [...CHROMIUM_ARGS] } : {},
  },
});
