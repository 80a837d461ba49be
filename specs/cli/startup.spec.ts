// `seedhub serve` loads only what its first answer needs (issue 13). Timing is not asserted
// (machines are noisy): the modules are. A preload hook writes every module the process
// loads to a log, and a marker once the first answer is sent.
import { writeFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { BIN, start } from '../support/processes.ts';

const LISTENING = /seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/;
const STUDENTS = '/qt_student/school-api/schools/4650/students';
const ANSWERED = 'ANSWERED';

// ES modules are seen by a loader hook (on its own thread, hence the synchronous appends),
// CommonJS ones (and `require` of an ES module) by wrapping Module._load.
const LOADER = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.SEEDHUB_MODULE_LOG, url + '\\n');
  return next(url, context);
}`;
const PRELOAD = (loader: string) => `
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import Module, { register } from 'node:module';
const log = (line) => appendFileSync(process.env.SEEDHUB_MODULE_LOG, line + '\\n');
register(${JSON.stringify(loader)});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { log(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
const emit = http.Server.prototype.emit;
let answered = false;
http.Server.prototype.emit = function (event, request, response) {
  if (event === 'request' && !answered) {
    answered = true;
    response.once('finish', () => log(${JSON.stringify(ANSWERED)}));
  }
  return emit.apply(this, arguments);
};`;

/** What the serve path must not load before its first answer, and why each would be a regression. */
const NOT_AT_START: [RegExp, string][] = [
  [/\/node_modules\/ajv(-formats)?\//, 'ajv (contract checks: seedhub check)'],
  [/\/node_modules\/yaml\//, 'yaml (--openapi FILE, seedhub openapi)'],
  [/\/node_modules\/swagger-ui-dist\//, 'swagger-ui-dist (GET /docs)'],
  [/\/node_modules\/@seriousme\/openapi-schema-validator\//, 'the OpenAPI validator (--openapi FILE)'],
  [/\/node_modules\/randexp\//, 'randexp (--openapi FILE)'],
  [/\/@faker-js\/faker\/dist\/(?!base-[\w-]+\.js$|locale\/base\.js$)/, 'a Faker locale: QTeachers reads none (generate/faker.ts loads en_AU on first read)'],
  [/\/dist\/(consistency|golden)\//, 'the crawler or golden code (other commands, --golden)'],
  [/\/dist\/cli\/(check|generate|stats|openapi|record|verify|usage|help)\.js$/, 'another command or the help text'],
  [/\/dist\/openapi\/(contract|load|model|shape|values|identity)\.js$/, 'the OpenAPI reader (--openapi FILE)'],
  [/\/dist\/hub\/scenarios\.js$/, 'scenarios (--faults, --bearer)'],
];

test('serve answers its first request without loading what only other commands and requests need', async ({}, testInfo) => {
  const log = testInfo.outputPath('modules.log');
  const preload = testInfo.outputPath('preload.mjs');
  writeFileSync(log, '');
  writeFileSync(preload, PRELOAD(`data:text/javascript,${encodeURIComponent(LOADER)}`));
  const server = start(process.execPath, ['--import', pathToFileURL(preload).href, BIN, 'serve', '--port', '0'], { SEEDHUB_MODULE_LOG: log });
  try {
    const [, url] = await server.waitFor(LISTENING);
    expect((await fetch(url + STUDENTS)).status).toBe(200);
    await expect.poll(() => readFileSync(log, 'utf8')).toContain(ANSWERED);
    const loaded = readFileSync(log, 'utf8').split(ANSWERED)[0]!.split('\n').filter(Boolean).map((line) => decodeURIComponent(line));
    // The hook saw the serve path, so an empty log cannot pass.
    expect(loaded.some((file) => file.endsWith('/dist/cli/serve.js'))).toBe(true);
    expect(loaded.some((file) => file.endsWith('/dist/generate/dataset.js'))).toBe(true);
    const early = NOT_AT_START.flatMap(([pattern, what]) => {
      const files = [...new Set(loaded.filter((file) => pattern.test(file)))];
      return files.length ? [`${what}: ${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''}`] : [];
    });
    expect(early).toEqual([]);

    // What was left out still answers when asked for.
    const document = await fetch(`${url}/openapi.json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\.1\./);
    for (const page of ['/docs', '/explore', '/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js']) expect((await fetch(url + page)).status, page).toBe(200);
  } finally {
    await server.stop();
  }
});
