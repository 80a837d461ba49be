// Before any spec: build dist/, so the specs that run the `seedhub` command or pack the
// package use today's code, whether the suite was started by `npm test` or by hand; and
// make sure there is a browser: the system's Chromium, Playwright's own, or a download of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.ts';
import { ROOT } from './processes.ts';

function ensureBrowser(): void {
  if (findChromium() || existsSync(chromium.executablePath())) return;
  process.stderr.write('[seedhub] No Chromium found: running "npx playwright install chromium".\n');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { cwd: ROOT, stdio: 'inherit', timeout: 600_000 });
  if (install.status !== 0 || !existsSync(chromium.executablePath())) {
    process.stderr.write('[seedhub] No Chromium for the browser specs, and the download failed: install Debian\'s chromium (apt-get install chromium), or point SEEDHUB_CHROMIUM at a Chromium binary.\n');
  }
}

export default function globalSetup(): void {
  execFileSync(process.execPath, [`${ROOT}scripts/build.js`], { stdio: 'inherit' });
  ensureBrowser();
}
