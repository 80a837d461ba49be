// `--openapi FILE` on the command line: serve a hub from a document, check any hub against
// one (findings name the endpoint, record and JSON pointer), generate and record from one,
// and refuse a bad document in one line that names where it is bad.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler, extendModel, HubServer, modelFromOpenAPI, parseOpenApi, type Handle } from 'seedhub/core';
import { BIN, ROOT, run, start } from '../support/processes.ts';

const CAMPUS = `${ROOT}docs/examples/campus-hub.yaml`;
const LISTENING = /seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/;

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-openapi-in-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('serve --openapi prints what it serves, serves it, and check --openapi finds it consistent and true to the document', async () => {
  const server = start(process.execPath, [BIN, 'serve', '--openapi', CAMPUS, '--port', '0', '--students', '20']);
  try {
    const [, url] = await server.waitFor(LISTENING);
    const lines = server.stdout().split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'seedhub serves 5 collections (schools are campusId):',
      '  learners             /api/v2/campuses/{campusId}/learners: identity learnerId (learner, inferred); studentsPerSchool per school',
      '                       also GET /api/v2/campuses/{campusId}/learners/{learnerId} (item)',
      '  guardians            /api/v2/campuses/{campusId}/guardians: identity guardianId (guardian, inferred); refers learnerId → learner (inferred); 2 per learner',
      '  attendance           /api/v2/campuses/{campusId}/attendance: no identity; refers learnerId → learner (inferred); 5 per learner',
      '  teachers             /api/v2/campuses/{campusId}/teachers: identity teacherId (teacher, inferred); 12 per school',
      '  timetable            /api/v2/campuses/{campusId}/timetable: no identity; refers learnerId → learner (inferred), teacherId → teacher; 4 per learner',
      '  not served: POST /api/v2/campuses/{campusId}/learners (a write or other non-GET operation (the hub is read-only))',
    ]);
    const page = await (await fetch(`${url}/api/v2/campuses/C205/teachers?page=2&limit=5`)).json() as { items: { teacherId: string }[]; meta: unknown };
    expect(page.meta).toEqual({ total: 12, page: 2, limit: 5 });
    expect(page.items.map((t) => t.teacherId).every((id) => /^T\d{4}$/.test(id))).toBe(true);
    const checked = await run(process.execPath, [BIN, 'check', '--url', url!, '--openapi', CAMPUS]);
    expect([checked.code, checked.stderr, checked.stdout]).toEqual([0, '', expect.stringMatching(/^seedhub check: 20 endpoints, 1008 records, 0 findings\n$/)]);
    expect(server.stdout()).toContain('schools: C101, C102, C205, C100 (seed "seedhub")');
  } finally {
    await server.stop();
  }
});

test('check --openapi holds a hub to a document: each break names the endpoint, record and JSON pointer', async () => {
  // seedhub's own document, tightened: family names of at most 5 letters.
  const file = join(dir, 'tight.json');
  const written = await run(process.execPath, [BIN, 'openapi', '--out', file, '--schools', '1']);
  expect(written.code).toBe(0);
  const document = JSON.parse(await readFile(file, 'utf8'));
  document.components.schemas.Students.properties.familyName.maxLength = 5;
  await writeFile(file, JSON.stringify(document));
  const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--schools', '1', '--students', '20']);
  try {
    const [, url] = await server.waitFor(LISTENING);
    const { code, stdout } = await run(process.execPath, [BIN, 'check', '--url', url!, '--openapi', file]);
    const students = createDataset({ schools: 1, studentsPerSchool: 20 }).collection('4650', 'students')!.slice(0, 20);
    const long = students.map((s, i) => [i, s] as const).filter(([, s]) => String(s.familyName).length > 5);
    expect(long.length).toBeGreaterThan(3);
    expect(stdout.trim().split('\n')).toEqual([
      ...long.map(([i, s]) => `4650 /students page 0: ${s.enrolmentId} at /data/${i}/familyName: must NOT have more than 5 characters (contract)`),
      expect.stringMatching(new RegExp(`^seedhub check: 9 endpoints, \\d+ records, ${long.length} findings$`)),
    ]);
    expect(code).toBe(1);
  } finally {
    await server.stop();
  }
});

test('check --openapi crawls a hub without a seedhub index at the document\'s paths, for the campuses it names', async () => {
  // A foreign hub: no GET /, and one lesson whose teacher is no teacher of the campus.
  const campus = modelFromOpenAPI(parseOpenApi(await readFile(CAMPUS, 'utf8')));
  const teacherOf = campus.collections.timetable!.fields.teacherId!;
  const model = extendModel(campus, {
    collections: { timetable: { fields: { teacherId: (ctx) => (ctx.school.centreCode === 'C102' && ctx.ownerIndex === 0 && ctx.index === 0 ? 'T0000' : teacherOf(ctx)) } } },
  });
  const hub = createHandler(createDataset({ schools: 3, studentsPerSchool: 10 }, model));
  const foreign: Handle = (request) => (new URL(request.url, 'http://x').pathname === '/' ? { status: 404, headers: { 'content-type': 'text/plain' }, body: 'no' } : hub(request));
  const server = await HubServer.start(foreign, { port: 0 });
  try {
    const { code, stdout } = await run(process.execPath, [BIN, 'check', '--url', server.url, '--openapi', CAMPUS]);
    expect(stdout.trim().split('\n')).toEqual([
      `seedhub check: ${server.url}/ lists no schools; checking those the document names: C101, C102, C205`,
      'C102 /timetable page 0: teacherId T0000 is not a teacher of C102 (orphan-reference)',
      expect.stringMatching(/^seedhub check: 15 endpoints, \d+ records, 1 findings$/),
    ]);
    expect(code).toBe(1);
    const one = await run(process.execPath, [BIN, 'check', '--url', server.url, '--openapi', CAMPUS, '--schools', 'C101']);
    expect([one.code, one.stdout]).toEqual([0, expect.stringMatching(/^seedhub check: 5 endpoints, \d+ records, 0 findings\n$/)]);
    const wrong = await run(process.execPath, [BIN, 'check', '--url', server.url, '--openapi', CAMPUS, '--schools', '4650']);
    expect([wrong.code, wrong.stderr]).toEqual([2, `[seedhub] Failed to read --schools: campusId "4650" is not a value of its schema {"type":"string","pattern":"^C[0-9]{3}$","examples":["C101","C102","C205"]}. Run "seedhub help" for usage.\n`]);
  } finally {
    await server.close();
  }
});

test('generate and record take --openapi: files per collection, and a golden that replays with its references', async () => {
  const out = join(dir, 'campus-data');
  const generated = await run(process.execPath, [BIN, 'generate', '--openapi', CAMPUS, '--out', out, '--schools', 'C205', '--students', '8', '--format', 'ndjson']);
  expect(generated.code).toBe(0);
  expect(generated.stdout).toContain('seedhub wrote 108 records of 1 school');
  expect((await readdir(join(out, 'C205'))).sort()).toEqual(['attendance.ndjson', 'guardians.ndjson', 'learners.ndjson', 'teachers.ndjson', 'timetable.ndjson']);
  const lessons = (await readFile(join(out, 'C205', 'timetable.ndjson'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
  expect(lessons).toEqual(createDataset({ schools: ['C205'], studentsPerSchool: 8 }, modelFromOpenAPI(parseOpenApi(await readFile(CAMPUS, 'utf8')))).collection('C205', 'timetable')!.slice(0, 32));

  const golden = join(dir, 'campus-golden.json');
  const recorded = await run(process.execPath, [BIN, 'record', '--openapi', CAMPUS, '--out', golden, '--schools', '2', '--students', '6']);
  expect(recorded.code).toBe(0);
  const server = start(process.execPath, [BIN, 'serve', '--golden', golden, '--port', '0']);
  try {
    const [, url] = await server.waitFor(LISTENING);
    const index = await (await fetch(`${url}/`)).json() as { references: { identities: unknown[] }; api: { page: { param: string } } };
    expect([index.references.identities.length, index.api.page.param]).toEqual([3, 'page']);
    const checked = await run(process.execPath, [BIN, 'check', '--url', url!]);
    expect([checked.code, checked.stdout]).toEqual([0, expect.stringMatching(/^seedhub check: 10 endpoints, \d+ records, 0 findings\n$/)]);
  } finally {
    await server.stop();
  }
});

test('a document seedhub cannot serve is one line naming the JSON pointer and the real cause, after its warnings; exit 2', async () => {
  const bad = {
    'invalid.yaml': 'openapi: 3.1.0\npaths: {}\n',
    'swagger.yaml': 'swagger: "2.0"\ninfo: { title: t, version: "1" }\npaths: {}\n',
    'no-paths.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\n',
    'dangling.yaml': [
      'openapi: 3.1.0', 'info: { title: t, version: "1" }', 'paths:', '  /schools/{code}/pupils:', '    get:',
      "      responses: { '200': { description: list, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pupil' } } } } } }",
    ].join('\n'),
    'broken.yaml': 'openapi: 3.1.0\ninfo: { title: t\n  x: [\n',
  };
  for (const [name, text] of Object.entries(bad)) await writeFile(join(dir, name), text);
  const expected: Record<string, string> = {
    'invalid.yaml': ' at #/paths: it has no GET operation that answers JSON records (a list of them, or one).',
    'swagger.yaml': ' at #/paths: it has no GET operation that answers JSON records (a list of them, or one).',
    'no-paths.yaml': ' at #/paths: it has no paths.',
    'dangling.yaml': ' at #/paths/~1schools~1{code}~1pupils/get/responses/200/content/application~1json/schema/items/$ref: "#/components/schemas/Pupil" does not resolve.',
    'broken.yaml': ': it is neither JSON nor YAML',
    'missing.yaml': ': there is no such file.',
  };
  for (const [name, message] of Object.entries(expected)) {
    const file = join(dir, name);
    for (const command of [['serve', '--port', '0'], ['check', '--url', 'http://127.0.0.1:9']]) {
      const { code, stdout, stderr } = await run(process.execPath, [BIN, ...command, '--openapi', file]);
      expect([name, code, stdout]).toEqual([name, 2, '']);
      // Warnings of slips seedhub could read past come first; the refusal is the last line, alone.
      const lines = stderr.split('\n');
      expect(lines.at(-1)).toBe('');
      expect(lines.at(-2)).toContain(`[seedhub] Failed to read ${file}${message}`);
      expect(lines.slice(0, -2).every((line) => line.startsWith('[seedhub] Warning: '))).toBe(true);
    }
  }
});
