// The test suite's configuration. Browser specs use the system's Chromium when there is
// one (Debian's `chromium`), and Playwright's own browser otherwise.
import { existsSync } from 'node:fs';
import { chromium as playwrightChromium, defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/browser.ts';

const chromium = findChromium();
if (!chromium && !existsSync(playwrightChromium.executablePath()) && !process.env.TEST_WORKER_INDEX) {
  process.stderr.write(
    '[seedhub] No Chromium found for the browser specs. Install Debian\'s chromium (apt-get install chromium), ' +
      'point SEEDHUB_CHROMIUM at a Chromium binary, or run "npx playwright install chromium".\n',
  );
}

export default defineConfig({
  testDir: './specs',
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
