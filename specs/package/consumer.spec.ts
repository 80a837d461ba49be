// The consumer matrix: the packed tarball, installed offline into fresh user projects
// (CommonJS and ES modules; .ts, .js and .mjs specs), runs a spec that uses server mode,
// route mode from a page, interceptNode and toHaveConsistentIds; the user's own `tsc --noEmit` with the
// tsconfig `tsc --init` writes is clean; the installed `seedhub` command serves; and the
// README's "Use it in your project" example runs exactly as printed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/browser.ts';
import { pack, removeProjects, userProject, type Packed, type Project } from '../support/consumer.ts';
import { ROOT, start } from '../support/processes.ts';

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
  expect(hub.requests.map((r) => r.transport)).toEqual(['nock']);
});

test.describe('options inside describe', () => {
  test.use({ schools: ['0220'], seed: 'matrix', studentsPerSchool: 3 });
  test('the hub has exactly these options', async ({ hub }) => {
    expect(hub.schools.map((s) => s.centreCode)).toEqual(['0220']);
    expect(hub.students('0220')).toHaveLength(3);
  });
});
`;

const CASES = [
  { name: 'CommonJS project, .ts spec', type: 'commonjs', config: 'playwright.config.ts', spec: 'tests/hub.spec.ts', header: `import { test, expect } from 'seedhub';\n`, configHeader: `import { defineConfig } from '@playwright/test';\nexport default` },
  { name: 'ES module project, .ts spec', type: 'module', config: 'playwright.config.ts', spec: 'tests/hub.spec.ts', header: `import { test, expect } from 'seedhub';\n`, configHeader: `import { defineConfig } from '@playwright/test';\nexport default` },
  { name: 'CommonJS project, .js spec with require', type: 'commonjs', config: 'playwright.config.js', spec: 'tests/hub.spec.js', header: `const { test, expect } = require('seedhub');\n`, configHeader: `const { defineConfig } = require('@playwright/test');\nmodule.exports =` },
  { name: 'ES module project, .mjs spec', type: 'module', config: 'playwright.config.mjs', spec: 'tests/hub.spec.mjs', header: `import { test, expect } from 'seedhub';\n`, configHeader: `import { defineConfig } from '@playwright/test';\nexport default` },
] as const;

/** `tsc --init` as the user would run it; in a CommonJS project, with the one change TypeScript itself asks for. */
async function typecheck(project: Project, type: 'commonjs' | 'module'): Promise<void> {
  expect((await project.exec('tsc', ['--init'])).code).toBe(0);
  const pristine = await project.exec('tsc', ['--noEmit']);
  if (type === 'module') {
    expect(pristine.stdout).toBe('');
    expect(pristine.code).toBe(0);
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
}

for (const c of CASES) {
  test(c.name, async () => {
    test.setTimeout(180_000);
    const project = await userProject(packed, c.type);
    await project.write(c.config, `${c.configHeader} defineConfig({ testDir: 'tests', use: { ${launch} } });\n`);
    await project.write(c.spec, `${c.header}${SPEC_BODY}`);
    const result = await project.exec('playwright', ['test', '--reporter=line']);
    expect(result.stdout).toContain('4 passed');
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
  await typecheck(project, 'commonjs');
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
    expect(serve.stdout()).toContain('seedhub serves 5 collections:');
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
