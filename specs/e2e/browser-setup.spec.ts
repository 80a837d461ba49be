// The suite's browser set-up, branch by branch, on a pretend machine: which Chromium is
// taken, what is downloaded or installed in which order, what is said, and the one-line
// refusal when nothing can be set up. The real walk (a machine with no browser at all) is
// what `npm test` does on a fresh machine; this spec holds the order to what the README says.
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowser, type BrowserMachine } from '../support/browser.ts';

interface Pretend {
  /** Executables on the PATH of the pretend machine. */
  bin?: string[];
  root?: boolean;
  sudo?: boolean;
  /** Which launches work: a path, or 'playwright' for Playwright's own. */
  launches?: (target: string) => boolean;
  download?: 'works' | 'fails';
  apt?: 'works' | 'fails';
  env?: NodeJS.ProcessEnv;
}

function machine(pretend: Pretend) {
  const dir = mkdtempSync(join(tmpdir(), 'seedhub-browser-'));
  const put = (name: string) => {
    writeFileSync(join(dir, name), '#!/bin/sh\n');
    chmodSync(join(dir, name), 0o755);
  };
  for (const name of pretend.bin ?? []) put(name);
  const ran: string[] = [];
  const said: string[] = [];
  let downloaded = false;
  const m: BrowserMachine = {
    env: { PATH: dir, ...pretend.env },
    async launches(path) {
      const target = path ?? 'playwright';
      if (target === 'playwright' && downloaded) return true;
      return pretend.launches?.(target.replace(`${dir}/`, '')) ?? false;
    },
    run(command, args) {
      ran.push([command, ...args].join(' '));
      if (command === 'npx') {
        downloaded = pretend.download === 'works';
        return downloaded ? { status: 0, stdout: '', stderr: '' } : { status: 1, stdout: '', stderr: 'Error: getaddrinfo ENOTFOUND cdn.playwright.dev\n' };
      }
      if (command === 'sudo' && args[0] === '-n' && args[1] === 'true') return { status: pretend.sudo ? 0 : 1, stdout: '', stderr: '' };
      if (pretend.apt === 'fails') return { status: 100, stdout: '', stderr: 'E: Unable to locate package chromium\n' };
      if (args.includes('install')) put('chromium');
      return { status: 0, stdout: '', stderr: '' };
    },
    root: () => pretend.root ?? false,
    say: (line) => said.push(line),
  };
  return { m, ran, said, dir };
}

test('a Chromium on the PATH that launches is taken, and nothing is downloaded or installed', async () => {
  const { m, ran, said, dir } = machine({ bin: ['chromium', 'apt-get'], root: true, launches: (t) => t === 'chromium' });
  expect(await ensureBrowser(m)).toEqual({ kind: 'system', path: join(dir, 'chromium') });
  expect([ran, said]).toEqual([[], []]);
});

test("Playwright's own browser, when installed, is taken before any download", async () => {
  const { m, ran } = machine({ bin: ['apt-get'], root: true, launches: (t) => t === 'playwright' });
  expect(await ensureBrowser(m)).toEqual({ kind: 'playwright' });
  expect(ran).toEqual([]);
});

test("without a browser, Playwright's is downloaded, and apt-get is not touched when that works", async () => {
  const { m, ran, said } = machine({ bin: ['apt-get'], root: true, download: 'works' });
  expect(await ensureBrowser(m)).toEqual({ kind: 'playwright' });
  expect(ran).toEqual(['npx playwright install chromium']);
  expect(said).toHaveLength(1);
});

test("when the download fails, root installs Debian's chromium, announced in one line before it starts", async () => {
  const { m, ran, said, dir } = machine({ bin: ['apt-get'], root: true, download: 'fails', launches: (t) => t === 'chromium' });
  expect(await ensureBrowser(m)).toEqual({ kind: 'system', path: join(dir, 'chromium') });
  expect(ran).toEqual(['npx playwright install chromium', 'apt-get update -qq', 'apt-get install -y -qq chromium']);
  expect(said[1]).toBe("[seedhub] Playwright's download failed (Error: getaddrinfo ENOTFOUND cdn.playwright.dev): installing Debian's chromium with apt-get.");
});

test('a user with passwordless sudo installs through sudo; one without gets one line naming the command', async () => {
  const sudo = machine({ bin: ['apt-get', 'sudo'], sudo: true, download: 'fails', launches: (t) => t === 'chromium' });
  expect((await ensureBrowser(sudo.m)).kind).toBe('system');
  expect(sudo.ran.at(-1)).toBe('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  const none = machine({ bin: ['apt-get', 'sudo'], sudo: false, download: 'fails' });
  const refused = await ensureBrowser(none.m).catch((e: Error) => e.message);
  expect(refused).toMatch(/^\[seedhub\] No Chromium for the browser specs, and Playwright's download failed \(Error: getaddrinfo ENOTFOUND cdn\.playwright\.dev\): run "sudo apt-get install -y chromium"/);
  expect(refused).not.toContain('\n');
  expect(none.ran).not.toContain('apt-get update -qq');
});

test('a failed apt-get is one line with its reason; a broken SEEDHUB_CHROMIUM is never replaced by another browser', async () => {
  const apt = machine({ bin: ['apt-get'], root: true, download: 'fails', apt: 'fails' });
  expect(await ensureBrowser(apt.m).catch((e: Error) => e.message)).toMatch(/^\[seedhub\] Failed to install Debian's chromium \(E: Unable to locate package chromium\): run /);
  const given = machine({ bin: ['chromium', 'apt-get'], root: true, launches: () => true, env: { SEEDHUB_CHROMIUM: '/nowhere/chrome' } });
  given.m.launches = async (path) => path !== '/nowhere/chrome';
  expect(await ensureBrowser(given.m).catch((e: Error) => e.message)).toMatch(/^\[seedhub\] Failed to start the browser at SEEDHUB_CHROMIUM=\/nowhere\/chrome/);
  expect(given.ran).toEqual([]);
});
