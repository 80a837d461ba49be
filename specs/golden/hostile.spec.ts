// Hostile goldens: a file of the wrong shape is one GoldenError line naming the file, never
// a stack trace, a runaway regeneration or a 5xx. Fixed cases first, each a bug once found
// by hand; then fast-check mutations of real recordings (fixed seed, printed on failure).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import {
  createDataset, createHandler, datasetFromGolden, GoldenError, modelFromOpenAPI, parseOpenApi, recordGolden, renderDrift, verifyGolden,
  type Dataset, type Model,
} from 'seedhub/core';
import { pageQuery, routeOf } from '../../src/model/api.ts';
import { BIN, ROOT, run, start } from '../support/processes.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = { [key: string]: Json };
/** A parsed golden, typed loosely on purpose: the cases below break it in every way. */
type Loose = { manifest: any; records: any };

const CAMPUS: Model = modelFromOpenAPI(parseOpenApi(readFileSync(`${ROOT}docs/examples/campus-hub.yaml`, 'utf8')));
/** Two real recordings: QTeachers, and a model made from an OpenAPI document (own routes, paging and codes). */
const BASES = {
  qteachers: { text: recordGolden(createDataset({ seed: 'hostile', schools: 2, studentsPerSchool: 3, staffPerSchool: 2 })), model: undefined },
  campus: { text: recordGolden(createDataset({ seed: 'hostile', schools: 2, studentsPerSchool: 2 }, CAMPUS)), model: CAMPUS },
};
type Base = keyof typeof BASES;

const FILE = 'fixtures/golden/hostile.json';
const ONE_LINE = /^\[seedhub\] Failed to (read|verify) golden [^\n]+$/;

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-hostile-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Sets an own property, `__proto__` included (an assignment would set the prototype). */
function put(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

const isObject = (value: unknown): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Recomputes every digest the records allow, so a mutation is seen by the shape checks, not the checksums. */
function redigest(doc: Doc): void {
  const { manifest, records } = doc;
  if (!isObject(manifest) || !isObject(manifest.digests) || !isObject(records)) return;
  for (const [code, collections] of Object.entries(records)) {
    if (!isObject(collections)) continue;
    const digests: Doc = {};
    for (const [name, list] of Object.entries(collections)) {
      if (!Array.isArray(list)) continue;
      const hash = createHash('sha256');
      for (const record of list) hash.update(`${JSON.stringify(record)}\n`);
      put(digests, name, { count: list.length, sha256: hash.digest('hex') });
    }
    put(manifest.digests, code, digests);
  }
}

/** A base golden, parsed, changed by `change`, with its digests recomputed. */
function edit(base: Base, change: (doc: Loose) => void): string {
  const doc = JSON.parse(BASES[base].text);
  change(doc);
  redigest(doc);
  return JSON.stringify(doc);
}

/** Renames a school everywhere it is named: the manifest's list, digests and records. */
function renameSchool(doc: Loose, index: number, code: string): void {
  const from = doc.manifest.schools[index].centreCode as string;
  doc.manifest.schools[index].centreCode = code;
  if (Array.isArray(doc.manifest.options.schools)) doc.manifest.options.schools[index] = code;
  else doc.manifest.options.schools = doc.manifest.schools.map((s: { centreCode: string }) => s.centreCode);
  put(doc.records, code, doc.records[from]);
  delete doc.records[from];
}

/** What `work` gives, or its GoldenError's message; any other error fails the spec. */
async function outcome<T>(work: Promise<T>): Promise<T | string> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof GoldenError)) throw error;
    return error.message;
  }
}

/** Writes `text` to a file of the spec's folder; its path. */
async function saved(text: string, name = 'golden.json'): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

/** `seedhub serve --golden FILE`: its exit, or 'listening' (then stopped) when it took the file. */
async function serveOnce(file: string): Promise<{ code: number | null | 'listening'; stdout: string; stderr: string }> {
  const server = start(process.execPath, [BIN, 'serve', '--golden', file, '--port', '0']);
  const listening = await server.waitFor(/listening on/).then(() => true, () => false);
  const code = await server.stop();
  return { code: listening ? 'listening' : code, stdout: server.stdout(), stderr: server.stderr() };
}

const CASES: { title: string; text: () => string; message: RegExp }[] = [
  { title: 'schools: [null]', text: () => edit('qteachers', (d) => (d.manifest.schools = [null])), message: /manifest\.schools\[0\] must be an object, got null/ },
  { title: 'collections: [null]', text: () => edit('qteachers', (d) => (d.manifest.collections = [null])), message: /manifest\.collections\[0\] must be an object, got null/ },
  { title: 'records [1, "x", null]', text: () => edit('qteachers', (d) => (d.records['4650'].students = [1, 'x', null])), message: /records\["4650"\]\["students"\]\[0\] must be a JSON object, got 1/ },
  { title: 'a school coded "__proto__"', text: () => edit('qteachers', (d) => renameSchool(d, 0, '__proto__')), message: /manifest\.schools\[0\]\.centreCode must be 4 digits, got "__proto__"/ },
  { title: 'a model\'s school coded "constructor"', text: () => edit('campus', (d) => renameSchool(d, 1, 'constructor')), message: /manifest\.schools\[1\]\.centreCode must be .*other than __proto__, constructor and prototype, got "constructor"/ },
  { title: 'a collection named "__proto__"', text: () => edit('qteachers', (d) => (d.manifest.collections[0].name = '__proto__')), message: /manifest\.collections\[0\]\.name must be .*, got "__proto__"/ },
  { title: 'options.studentsPerSchool "50"', text: () => edit('qteachers', (d) => (d.manifest.options.studentsPerSchool = '50')), message: /manifest\.options\.studentsPerSchool must be a whole number from 0, got "50"/ },
  { title: 'an envelope path through "__proto__"', text: () => edit('campus', (d) => (d.manifest.api.envelope.total = '__proto__.polluted')), message: /manifest\.api\.envelope\.total must be .*, got "__proto__\.polluted"/ },
  { title: 'a UTF-8 byte-order mark', text: () => `\uFEFF${BASES.qteachers.text}`, message: /the file starts with a byte-order mark/ },
  { title: 'text that is not JSON', text: () => 'hello, golden', message: /it is not JSON: unexpected "h" at line 1, column 1\./ },
  { title: 'a stray character among the records', text: () => BASES.qteachers.text.replace('\n]', '\n]x'), message: /it is not JSON: unexpected "x" in 4650 \/students, line \d+, column 2\./ },
];

test.describe('a golden of the wrong shape is one GoldenError line naming the file', () => {
  for (const { title, text, message } of CASES) {
    test(title, async () => {
      const loaded = await outcome(datasetFromGolden({ text: text(), file: FILE }));
      expect(loaded).toEqual(expect.stringMatching(ONE_LINE));
      expect(loaded).toMatch(message);
      expect(loaded).toContain(`golden ${FILE}: `);
    });
  }

  test('a file cut short is still called truncated, not "not JSON"', async () => {
    const text = BASES.qteachers.text;
    expect(await outcome(datasetFromGolden({ text: text.slice(0, text.indexOf('"photos": [') + 300), file: FILE }))).toMatch(/the file ends early \(truncated\?\) in 4650 \/photos, line \d+\./);
  });
});

test('a record with a "constructor" or "__proto__" field is drift to report, not a TypeError', async () => {
  const text = edit('qteachers', (d) => {
    d.records['4650'].students[0].constructor = 'x';
    put(d.records['4650'].students[1], '__proto__', 'y');
  });
  const report = await verifyGolden(await saved(text));
  expect(report.clean).toBe(false);
  const fields = report.drift[0]!.changed.flatMap((c) => c.fields);
  expect(fields).toEqual([{ field: 'constructor', from: '"x"', to: undefined }, { field: '__proto__', from: '"y"', to: undefined }]);
  expect(renderDrift(report)).toContain('constructor: "x" → (absent)');
});

test('verify refuses a manifest whose sizes are not its records\', before generating anything', async () => {
  const sizes: [(options: Record<string, unknown>) => void, RegExp][] = [
    [(o) => (o.studentsPerSchool = 1_000_000), /its manifest says studentsPerSchool 1000000, but 4650 \/students holds 3 records/],
    [(o) => (o.staffPerSchool = 1000), /its manifest says staffPerSchool 1000, but 4650 \/staff holds 2 records/],
    [(o) => (o.schools = 10_000), /its manifest says schools 10000, but it holds 2 schools/],
  ];
  for (const [change, message] of sizes) {
    const file = await saved(edit('qteachers', (d) => change(d.manifest.options)));
    const started = Date.now();
    expect(await outcome(verifyGolden(file))).toEqual(expect.stringMatching(message));
    expect(Date.now() - started).toBeLessThan(2_000);
  }
  // A model of its own has other collections: its owners are counted with the model, before any record is made.
  const campus = await saved(edit('campus', (d) => (d.manifest.options.studentsPerSchool = 200_000)), 'campus.json');
  expect(await outcome(verifyGolden(campus, CAMPUS))).toMatch(/with its manifest's options this model makes 200000 \/learners records per school, but C101 \/learners holds 2\./);
  // Fewer owners today than the golden holds is drift to report, not a refusal.
  const fewer = await saved(edit('campus', (d) => (d.manifest.options.studentsPerSchool = 1)), 'fewer.json');
  const drift = (await verifyGolden(fewer, CAMPUS)).drift.filter((d) => d.collection === 'learners');
  expect(drift.map((d) => [d.centreCode, d.removed.length > 0])).toEqual([['C101', true], ['C102', true]]);
});

test('the hub answers no 5xx for any school code a golden holds', async () => {
  const qteachers = createHandler(await datasetFromGolden({ text: BASES.qteachers.text, file: FILE }));
  for (const code of ['4650', '__proto__', 'constructor', 'hasOwnProperty']) {
    const { status } = await qteachers({ method: 'GET', url: `/qt_student/school-api/schools/${code}/students` });
    expect(status, code).toBe(code === '4650' ? 200 : 404);
  }
  // A model of its own may name its schools with any word but the three reserved ones.
  const codes = ['hasOwnProperty', 'toString'];
  const text = edit('campus', (d) => codes.forEach((code, i) => renameSchool(d, i, code)));
  const dataset = await datasetFromGolden({ text, file: FILE });
  const handle = createHandler(dataset);
  for (const code of [...codes, '__proto__', 'constructor', 'prototype']) {
    for (const { route } of dataset.collections) {
      const { status } = await handle({ method: 'GET', url: routeOf(route, code) });
      expect(status, `${route} for ${code}`).toBe(codes.includes(code) ? 200 : 404);
    }
  }
});

test('the CLI prints one line and exits 2 for a malformed golden, from verify and serve --golden', async () => {
  const files = await Promise.all([
    saved(edit('qteachers', (d) => (d.manifest.schools = [null])), 'null-school.json'),
    saved(edit('qteachers', (d) => renameSchool(d, 0, '__proto__')), 'proto.json'),
    saved(`\uFEFF${BASES.qteachers.text}`, 'bom.json'),
    saved(edit('qteachers', (d) => (d.manifest.options.studentsPerSchool = 1_000_000)), 'huge.json'),
  ]);
  const results = await Promise.all([
    ...files.map((file) => run(process.execPath, [BIN, 'verify', file])),
    ...files.slice(0, 3).map((file) => serveOnce(file)),
  ]);
  for (const { code, stdout, stderr } of results) {
    expect([code, stdout, stderr]).toEqual([2, '', expect.stringMatching(/^\[seedhub\] Failed to (read|verify) golden [^\n]+\n$/)]);
  }
});

// ---- Fuzzing: mutations of the two recordings ----

/** Where a mutation can land: every object member and array element, the manifest's and a sample of the records'. */
function placesOf(doc: Json): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    if (path.length > 0) found.push(path);
    if (Array.isArray(node)) node.slice(0, 3).forEach((child, i) => walk(child, [...path, i]));
    else if (isObject(node)) for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(doc, []);
  return found;
}
const PLACES = Object.fromEntries(Object.entries(BASES).map(([name, { text }]) => [name, placesOf(JSON.parse(text))])) as Record<Base, (string | number)[][]>;

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'route', 'api', 'students', '4650', 'C101', ''];
const hostileKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 }));
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 1e6, 1e21, '', '__proto__', 'constructor', 'C101', '4650', '/x/{school}', [], {}, [null], [1, 'x', null]),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":1}}') as Json),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { op: 'delete' }
  | { op: 'set'; value: Json }
  | { op: 'add'; key: string; value: Json }
  | { op: 'rename'; key: string };
type TextChange = { op: 'none' } | { op: 'bom' } | { op: 'truncate'; at: number } | { op: 'garbage'; at: number; text: string } | { op: 'replace'; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ op: 'delete' }),
  fc.record({ op: fc.constant('set' as const), value: hostileValue }),
  fc.record({ op: fc.constant('add' as const), key: hostileKey, value: hostileValue }),
  fc.record({ op: fc.constant('rename' as const), key: hostileKey }),
);
const textChange: fc.Arbitrary<TextChange> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<TextChange>({ op: 'none' }) },
  fc.constant<TextChange>({ op: 'bom' }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0.01, max: 1, maxExcluded: true, noNaN: true }) }),
  fc.record({ op: fc.constant('garbage' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom('x', '}', ']', ',', '"', '\u0000', 'null', '\uFEFF') }),
  fc.record({ op: fc.constant('replace' as const), text: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('<html>', 'null', '[]', '{}', '"golden"')) }),
);
const hostileGolden = fc.record({
  base: fc.constantFrom<Base>('qteachers', 'campus'),
  place: fc.nat(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  redigest: fc.boolean(),
  text: textChange,
});
type Hostile = typeof hostileGolden extends fc.Arbitrary<infer T> ? T : never;

/** A deep copy of JSON; JSON.parse keeps a `__proto__` key as the object's own. */
const copy = (value: Json): Json => JSON.parse(JSON.stringify(value));

/** The file text a generated case describes. */
function hostileText({ base, place, mutations, redigest: again, text }: Hostile): string {
  const doc = JSON.parse(BASES[base].text) as Doc;
  const places = PLACES[base];
  mutations.forEach((m, i) => {
    const path = places[(place + i * 7919) % places.length]!;
    const at = (node: Json | undefined, key: string | number) => (isObject(node) || Array.isArray(node) ? (node as Record<string, Json>)[key] : undefined);
    const parent = path.slice(0, -1).reduce(at, doc);
    const key = path.at(-1)!;
    if (!isObject(parent) && !Array.isArray(parent)) return;
    const old = at(parent, key);
    // Values are copied: fast-check hands the same constant to every run.
    if (m.op === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (m.op === 'set') put(parent, String(key), copy(m.value));
    else if (m.op === 'add' && isObject(old)) put(old, m.key, copy(m.value));
    else if (m.op === 'add' && Array.isArray(old)) old.push(copy(m.value));
    else if (m.op === 'rename' && isObject(parent)) {
      delete parent[key];
      put(parent, m.key, old);
    }
  });
  if (again) redigest(doc);
  const json = JSON.stringify(doc);
  const cut = (at: number) => Math.floor(at * json.length);
  if (text.op === 'bom') return `\uFEFF${json}`;
  if (text.op === 'truncate') return json.slice(0, cut(text.at));
  if (text.op === 'garbage') return json.slice(0, cut(text.at)) + text.text + json.slice(cut(text.at));
  if (text.op === 'replace') return text.text;
  return json;
}

/** The URLs to ask a loaded golden's hub: the index, the contract, every collection of every school, and codes it lacks. */
function hostileUrls(dataset: Dataset): string[] {
  const codes = [...dataset.schools.map((s) => s.centreCode), '__proto__', 'constructor', '0000', '%E0%A4%A'];
  const query = pageQuery(dataset.api, 1, 2).toString();
  return ['/', '/openapi.json', ...dataset.collections.flatMap(({ route }) => codes.flatMap((code) => [routeOf(route, code), `${routeOf(route, code)}?${query}`])),
    ...codes.map((code) => `/explore/api/person?centreCode=${encodeURIComponent(code)}&id=x`)];
}

// Fixed, so a run is repeatable; SEEDHUB_FUZZ_SEED and SEEDHUB_FUZZ_RUNS explore further.
const SEED = Number(process.env.SEEDHUB_FUZZ_SEED ?? 20_260_417);
const RUNS = Number(process.env.SEEDHUB_FUZZ_RUNS ?? 1000);

test(`fuzz: mutated goldens load, verify and serve, or fail with one GoldenError line (fast-check seed ${SEED})`, async () => {
  test.setTimeout(Math.max(60_000, RUNS * 200));
  const file = join(dir, 'fuzz.json');
  let loaded = 0;
  await fc.assert(
    fc.asyncProperty(hostileGolden, async (hostile) => {
      await writeFile(file, hostileText(hostile));
      const dataset = await outcome(datasetFromGolden(file));
      const report = await outcome(verifyGolden(file, BASES[hostile.base].model));
      // Plain checks, not expect(): thousands of expect() steps would slow the runner down.
      for (const result of [dataset, report]) if (typeof result === 'string' && !ONE_LINE.test(result)) throw new Error(`not one GoldenError line: ${result}`);
      if (typeof report !== 'string') renderDrift(report);
      if (typeof dataset === 'string') return;
      loaded++;
      const handle = createHandler(dataset, { cacheChars: 0 });
      for (const url of hostileUrls(dataset)) {
        const { status, body } = await handle({ method: 'GET', url });
        if (status >= 500) throw new Error(`GET ${url} answered ${status}: ${body}`);
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  // The mutations must leave some goldens loadable, or the 5xx check proves nothing.
  expect(loaded).toBeGreaterThan(RUNS / 10);
});
