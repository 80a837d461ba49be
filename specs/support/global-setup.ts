// Before any spec: build dist/, so the specs that run the `seedhub` command or pack the
// package use today's code, whether the suite was started by `npm test` or by hand; and
// make sure there is a browser that launches, setting one up when there is none
// (specs/support/browser.ts). Without one the run stops here, with the command to run:
// no browser spec is skipped or passes without a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser, type BrowserMachine } from './browser.ts';
import { ROOT } from './processes.ts';

const machine: BrowserMachine = {
  env: process.env,
  async launches(executablePath) {
    try {
      const browser = await chromium.launch({ headless: true, timeout: 60_000, ...(executablePath ? { executablePath, args: [...CHROMIUM_ARGS] } : {}) });
      await browser.close();
      return true;
    } catch {
      return false;
    }
  },
  run(command, args, env = process.env) {
    return spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 900_000 });
  },
  root: () => process.getuid?.() === 0,
  say: (line) => process.stderr.write(`${line}\n`),
};

export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [`${ROOT}scripts/build.js`], { stdio: 'inherit' });
  const found = await ensureBrowser(machine).catch((error: Error) => {
    // One line, not a stack: what is missing and what to run.
    error.stack = error.message;
    throw error;
  });
  // Workers (and the nested runs some specs start) read the config again: they find this browser.
  if (found.kind === 'system') process.env.SEEDHUB_CHROMIUM = found.path;
}
