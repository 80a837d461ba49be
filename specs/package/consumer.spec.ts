// The consumer matrix: the packed tarball, installed offline into fresh user projects
// (CommonJS and ES modules; .ts, .js and .mjs specs), runs a spec that uses server mode,
// route mode from a page, interceptNode (node:http bound in every style a module can bind
// it, and beside the user's own nock) and toHaveConsistentIds; the user's own `tsc --noEmit`
// with the tsconfig `tsc --init` writes is clean, seedhub's declarations included; the
// installed `seedhub` command serves; `npm install` of the tarball warns of nothing and
// brings the docs the README links; and the README's example runs exactly as printed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/browser.ts';
import { pack, removeProjects, userProject, type Packed, type Project } from '../support/consumer.ts';
import { ROOT, run, start } from '../support/processes.ts';

// One worker runs these in order: the tarball is packed once.
test.describe.configure({ mode: 'default' });

let packed: Packed;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  packed = await pack();
});
test.afterAll(async () => {
  await removeProjects();
});

const chromium = findChromium();
const launch = chromium ? `launchOptions: { executablePath: ${JSON.stringify(chromium)}, args: ${JSON.stringify(CHROMIUM_ARGS)} }` : '';

/** The body of the matrix's spec, the same in every module format. */
const SPEC_BODY = `
test('server mode: the worker server answers with the hub data', async ({ hub, request }) => {
  const response = await request.get(hub.url('/qt_student/school-api/schools/0220/students?navigationPageSize=5'));
  expect((await response.json()).data).toEqual(hub.students('0220').slice(0, 5));
  await expect(hub).toHaveConsistentIds();
});

test.describe('route mode', () => {
  test.use({ hubTransport: 'route' });
  test('a page gets the hub through routes', async ({ hub, page }) => {
    await page.goto(hub.url('/qt_staff/school-api/schools/4650/staff?navigationPageSize=2'));
    expect(JSON.parse(await page.locator('body').innerText()).data).toEqual(hub.staff('4650').slice(0, 2));
    await expect(hub).toHaveConsistentIds();
    expect(hub.requests.every((r) => r.transport === 'route')).toBe(true);
  });
});

test('Node-side code gets the hub through interceptNode', async ({ hub }) => {
  const origin = await hub.interceptNode('https://api.school.example');
  const response = await fetch(origin + '/qt_student/school-api/schools/4650/flags?navigationPageSize=3');
  expect((await response.json()).data).toEqual(hub.records('4650', 'flags').slice(0, 3));
  expect(hub.requests.map((r) => r.transport)).toEqual(['node']);
});

const PROBE = 'http://probe.example/qt_student/school-api/schools/4650/students?navigationPageSize=2';

test('node:http bound in every style, before the test, gets the hub', async ({ hub }) => {
  await hub.interceptNode('http://probe.example');
  const texts = [
    await viaGet(httpNamespace.get, PROBE),
    await viaGet(httpDefault.get, PROBE),
    await viaGet(namedGet, PROBE),
    await viaGet(httpNamespace.request, PROBE),
    await boundGet(PROBE),
  ];
  for (const text of texts) expect(JSON.parse(text).data).toEqual(hub.students('4650').slice(0, 2));
  expect(hub.requests.length).toBeGreaterThanOrEqual(texts.length);
  expect(hub.requests.every((r) => r.transport === 'node' && r.status === 200)).toBe(true);
});

test('after that test, no binding style reaches the hub', async () => {
  for (const get of [httpNamespace.get, httpDefault.get, namedGet]) await expect(viaGet(get, PROBE)).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
  await expect(boundGet(PROBE)).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
});

test("beside the user's own nock: each answers its own origins", async ({ hub }) => {
  nock.disableNetConnect();
  try {
    const scope = nock('https://user.example').get('/ping').reply(200, 'pong');
    const origin = await hub.interceptNode('https://api.school.example');
    const response = await fetch(origin + '/qt_staff/school-api/schools/4650/staff?navigationPageSize=1');
    expect((await response.json()).data).toEqual(hub.staff('4650').slice(0, 1));
    expect(await (await fetch('https://user.example/ping')).text()).toBe('pong');
    expect(scope.isDone()).toBe(true);
    await expect(fetch('https://elsewhere.example/')).rejects.toThrow();
  } finally {
    nock.cleanAll();
    nock.enableNetConnect();
  }
});

test("after it, nock still works and the hub's origin is not intercepted", async () => {
  nock('https://user.example').get('/again').reply(200, 'again');
  expect(await (await fetch('https://user.example/again')).text()).toBe('again');
  await expect(fetch('https://api.school.example/')).rejects.toThrow();
});

test.describe('options inside describe', () => {
  test.use({ schools: ['0220'], seed: 'matrix', studentsPerSchool: 3 });
  test('the hub has exactly these options', async ({ hub }) => {
    expect(hub.schools.map((s) => s.centreCode)).toEqual(['0220']);
    expect(hub.students('0220')).toHaveLength(3);
  });
});
`;

/** A spec's imports as a user writes them: node:http bound three ways, nock, and a backend module of their own. */
const imports = (backend: string) => `import { test, expect } from 'seedhub';
import * as httpNamespace from 'node:http';
import httpDefault, { get as namedGet } from 'node:http';
import nock from 'nock';
import { boundGet, viaGet } from '${backend}';
`;
const REQUIRES = `const { test, expect } = require('seedhub');
const httpNamespace = require('node:http');
const httpDefault = require('node:http');
const { get: namedGet } = require('node:http');
const nock = require('nock');
const { boundGet, viaGet } = require('./backend.cjs');
`;

/** A user's backend modules, which bind node:http when they load: CommonJS and ES module. */
const BACKENDS: Record<string, string> = {
  'tests/backend.cjs': `const { get } = require('node:http');
const viaGet = (send, url) => new Promise((resolve, reject) => {
  const request = send(url, (res) => { let text = ''; res.setEncoding('utf8'); res.on('data', (c) => (text += c)); res.on('end', () => resolve(text)); });
  request.on('error', reject);
  if (send.name === 'request') request.end();
});
exports.viaGet = viaGet;
exports.boundGet = (url) => viaGet(get, url);
`,
  'tests/backend.mjs': `import { get } from 'node:http';
import { createRequire } from 'node:module';
const { get: requiredGet } = createRequire(import.meta.url)('node:http');
export const viaGet = (send, url) => new Promise((resolve, reject) => {
  const request = send(url, (res) => { let text = ''; res.setEncoding('utf8'); res.on('data', (c) => (text += c)); res.on('end', () => resolve(text)); });
  request.on('error', reject);
  if (send.name === 'request') request.end();
});
export const boundGet = async (url) => { const text = await viaGet(requiredGet, url); return (await viaGet(get, url)) === text ? text : 'the two bindings differ'; };
`,
};
const DECLARATIONS = `import type { ClientRequest, IncomingMessage } from 'node:http';
export declare function viaGet(send: (url: string, done: (res: IncomingMessage) => void) => ClientRequest, url: string): Promise<string>;
export declare function boundGet(url: string): Promise<string>;
`;

const CASES = [
  { name: 'CommonJS project, .ts spec', type: 'commonjs', config: 'playwright.config.ts', spec: 'tests/hub.spec.ts', header: imports('./backend.cjs'), configHeader: `import { defineConfig } from '@playwright/test';\nexport default` },
  { name: 'ES module project, .ts spec', type: 'module', config: 'playwright.config.ts', spec: 'tests/hub.spec.ts', header: imports('./backend.mjs'), configHeader: `import { defineConfig } from '@playwright/test';\nexport default` },
  { name: 'CommonJS project, .js spec with require', type: 'commonjs', config: 'playwright.config.js', spec: 'tests/hub.spec.js', header: REQUIRES, configHeader: `const { defineConfig } = require('@playwright/test');\nmodule.exports =` },
  { name: 'ES module project, .mjs spec', type: 'module', config: 'playwright.config.mjs', spec: 'tests/hub.spec.mjs', header: imports('./backend.mjs'), configHeader: `import { defineConfig } from '@playwright/test';\nexport default` },
] as const;

/** What a matrix project has besides Playwright, TypeScript and seedhub, as user projects do. */
const EXTRA = ['nock', '@types/node'];

/**
 * `tsc --init` as the user would run it, with Node's types added as TypeScript itself says to
 * (`"types": ["node"]`), and in a CommonJS project the one more change TypeScript asks for.
 */
async function typecheck(project: Project, type: 'commonjs' | 'module', nodeTypes = true): Promise<void> {
  expect((await project.exec('tsc', ['--init'])).code).toBe(0);
  if (nodeTypes) {
    const initial = await readFile(join(project.dir, 'tsconfig.json'), 'utf8');
    expect(initial).toContain('"types": []');
    await project.write('tsconfig.json', initial.replace('"types": []', '"types": ["node"]'));
  }
  const pristine = await project.exec('tsc', ['--noEmit']);
  if (type === 'module') {
    expect(pristine.stdout).toBe('');
    expect(pristine.code).toBe(0);
    await libraryCheck(project);
    return;
  }
  // verbatimModuleSyntax rejects `import` in any CommonJS file (TS1295, TS1287): only the
  // user's own files, Playwright's config among them, never a file of seedhub's.
  const errors = pristine.stdout.split('\n').filter(Boolean);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.filter((line) => !/^(playwright\.config\.ts|tests\/[\w.]+\.ts)\(\d+,\d+\): error TS12(95|87):/.test(line))).toEqual([]);
  const tsconfig = join(project.dir, 'tsconfig.json');
  await project.write('tsconfig.json', (await readFile(tsconfig, 'utf8')).replace('"verbatimModuleSyntax": true', '"verbatimModuleSyntax": false'));
  const checked = await project.exec('tsc', ['--noEmit']);
  expect(checked.stdout).toBe('');
  expect(checked.code).toBe(0);
  await libraryCheck(project);
}

/** With skipLibCheck off, no error is inside seedhub's declarations (other libraries' are theirs). */
async function libraryCheck(project: Project): Promise<void> {
  const strict = await project.exec('tsc', ['--noEmit', '--skipLibCheck', 'false']);
  expect(strict.stdout.split('\n').filter((line) => line.includes('node_modules/seedhub/'))).toEqual([]);
}

for (const c of CASES) {
  test(c.name, async () => {
    test.setTimeout(180_000);
    const project = await userProject(packed, c.type, EXTRA);
    await project.write(c.config, `${c.configHeader} defineConfig({ testDir: 'tests', use: { ${launch} } });\n`);
    await project.write(c.spec, `${c.header}${SPEC_BODY}`);
    for (const [file, text] of Object.entries(BACKENDS)) {
      await project.write(file, text);
      await project.write(file.replace(/\.(c|m)js$/, '.d.$1ts'), DECLARATIONS);
    }
    const result = await project.exec('playwright', ['test', '--reporter=line']);
    expect(result.stdout).toContain('8 passed');
    expect(result.code).toBe(0);
    if (c.spec.endsWith('.ts')) await typecheck(project, c.type);
  });
}

test("the README's example, in a project made with npm init -y, exactly as printed", async () => {
  test.setTimeout(180_000);
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it in your project'), readme.indexOf('\n## ', readme.indexOf('## Use it in your project') + 1));
  expect(section).toContain('npm i -D seedhub @playwright/test');
  const block = (file: string) => new RegExp(`\`${file.replace('.', '\\.')}\`:\\s+\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(section)![1]!;
  const project = await userProject(packed, 'commonjs');
  await project.write('playwright.config.ts', block('playwright.config.ts'));
  await project.write('tests/hub.spec.ts', block('tests/hub.spec.ts'));
  const result = await project.exec('playwright', ['test', '--reporter=line']);
  expect(result.stdout).toContain('2 passed');
  expect(result.code).toBe(0);
  // A project of only the README's two packages has no @types/node to add.
  await typecheck(project, 'commonjs', false);
});

test('npm install of the tarball warns of nothing, and it carries every doc the README links', async () => {
  test.setTimeout(120_000);
  const project = await userProject(packed, 'commonjs');
  // The way a user adds it: npm install, which lists any install script a package carries.
  const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', packed.tarball], {}, { cwd: project.dir });
  expect(installed.code).toBe(0);
  expect(`${installed.stdout}${installed.stderr}`).not.toMatch(/npm warn/i);
  const shipped = JSON.parse(await readFile(join(project.dir, 'node_modules', 'seedhub', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(shipped.scripts ?? {}).not.toHaveProperty(script);
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const linked = [...new Set([...readme.matchAll(/\]\((docs\/[\w./-]+)\)/g)].map((m) => m[1]!))];
  expect(linked.length).toBeGreaterThan(5);
  for (const doc of linked) expect(await readFile(join(project.dir, 'node_modules', 'seedhub', doc), 'utf8'), doc).toBe(await readFile(join(ROOT, doc), 'utf8'));
});

test('the installed seedhub command serves without a loader, and seedhub/core never loads Playwright', async () => {
  test.setTimeout(120_000);
  const project = await userProject(packed, 'module');
  const serve = start(join(project.dir, 'node_modules', '.bin', 'seedhub'), ['serve', '--port', '0'], {}, { cwd: project.dir });
  try {
    const [, url] = await serve.waitFor(/seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(((await (await fetch(`${url}/`)).json()) as { schools: unknown[] }).schools).toHaveLength(4);
  } finally {
    expect(await serve.stop()).toBe(0);
  }
  // Playwright is CommonJS underneath, so whatever loaded it shows in require.cache.
  const probe = (entry: string) => `const m = await import('${entry}'); const { createRequire } = await import('node:module');\n` +
    `console.log(Object.keys(m).length > 0, Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('/playwright')));\n`;
  await project.write('core.mjs', probe('seedhub/core'));
  await project.write('face.mjs', probe('seedhub'));
  await project.write('core.cjs', `const m = require('seedhub/core'); console.log(Object.keys(m).length > 0, Object.keys(require.cache).some((f) => f.includes('/playwright')));\n`);
  expect((await project.node('core.mjs')).stdout).toBe('true false\n');
  expect((await project.node('core.cjs')).stdout).toBe('true false\n');
  // The probe can tell: the Playwright face does load it.
  expect((await project.node('face.mjs')).stdout).toBe('true true\n');
});

test("docs/openapi.md's three commands and its Playwright example, in a fresh project, exactly as printed", async () => {
  test.setTimeout(180_000);
  const doc = await readFile(join(ROOT, 'docs', 'openapi.md'), 'utf8');
  const commands = /## Your hub in three commands\s+```sh\n([\s\S]*?)```/.exec(doc)![1]!.trim().split('\n');
  expect(commands[0]).toBe('npm i -D seedhub');
  const args = (line: string) => line.replace(/^npx seedhub /, '').split(' ');
  const project = await userProject(packed, 'module');
  // The port as printed would clash with anything on 4010: the same command on a free port.
  const serve = start(join(project.dir, 'node_modules', '.bin', 'seedhub'), args(commands[1]!).map((a) => (a === '4010' ? '0' : a)), {}, { cwd: project.dir });
  try {
    const [, url] = await serve.waitFor(/seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/);
    // The table as the doc prints it, line for line, up to the address it listens on.
    const printed = /before it listens, for you to confirm:\s+```text\n([\s\S]*?)seedhub listening on/.exec(doc)![1]!;
    expect(serve.stdout().split('seedhub listening on')[0]).toBe(printed);
    const checked = await project.exec('seedhub', args(commands[2]!).map((a) => a.replace('http://127.0.0.1:4010', url!)));
    expect([checked.code, checked.stdout]).toEqual([0, expect.stringMatching(/^seedhub check: 20 endpoints, \d+ records, 0 findings\n$/)]);
  } finally {
    expect(await serve.stop()).toBe(0);
  }
  const example = /## In Playwright[\s\S]*?```ts\n([\s\S]*?)```/.exec(doc)![1]!;
  await project.write('playwright.config.ts', `import { defineConfig } from '@playwright/test';\nexport default defineConfig({ testDir: 'tests', use: { ${launch} } });\n`);
  await project.write('tests/campus.spec.ts', example);
  const result = await project.exec('playwright', ['test', '--reporter=line']);
  expect([result.code, result.stdout]).toEqual([0, expect.stringContaining('1 passed')]);
});
