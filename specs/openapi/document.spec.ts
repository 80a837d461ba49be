// The contract out: seedhub's OpenAPI 3.1 document passes an OpenAPI validator, and every
// answer of a full crawl of every school and endpoint keeps it, for the default hub and
// for an extended model; a generator that makes a value outside its schema breaks it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';
import { createDataset, createHandler, crawlHub, extendModel, qteachers, type Dataset, type HubFetch, type Model } from 'seedhub/core';
import { contractOf } from '../../src/contract/check.ts';
import { openApiDocument } from '../../src/contract/document.ts';
import { BIN, run } from '../support/processes.ts';

/** A full crawl of a dataset's hub, holding every 200 answer to the hub's own /openapi.json. */
async function violationsOf(dataset: Dataset): Promise<{ pages: number; violations: string[] }> {
  const handle = createHandler(dataset);
  const document = JSON.parse(handle({ method: 'GET', url: '/openapi.json' }).body) as Parameters<typeof contractOf>[0];
  const contract = contractOf(document);
  const violations: string[] = [];
  let pages = 0;
  const fetch: HubFetch = async (url) => {
    const { pathname, search } = new URL(url);
    const response = handle({ method: 'GET', url: `${pathname}${search}` });
    if (response.status === 200 && pathname !== '/') {
      pages++;
      for (const v of contract.check(pathname, JSON.parse(response.body))) violations.push(`${pathname}${search} ${v.pointer}: ${v.message}`);
    }
    return { status: response.status, text: async () => response.body };
  };
  await crawlHub({ fetch, baseUrl: 'http://hub.test' });
  return { pages, violations };
}

const extended: Model = extendModel(qteachers, {
  collections: {
    students: { fields: { nickname: ({ owner }) => `${String(owner.givenName).slice(0, 1)}-dog` } },
    awards: { api: 'student', path: 'awards', owner: 'student', count: ({ ownerIndex }) => ownerIndex % 3, fields: { award: ({ rng }) => rng.pick(['Citizenship', 'Effort', 'Sport']), points: ({ rng }) => rng.int(1, 10) } },
  },
});

test('the document passes the OpenAPI 3.1 schema validator', async () => {
  for (const dataset of [createDataset(), createDataset({}, extended)]) {
    const result = await new Validator().validate(openApiDocument(dataset) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  }
});

test('every answer of a full crawl of the default hub keeps the document', async () => {
  const { pages, violations } = await violationsOf(createDataset());
  expect(violations).toEqual([]);
  expect(pages).toBeGreaterThan(36 * 3);
});

test('an extended model (a new field, a new collection) is documented, and its answers keep the document', async () => {
  const dataset = createDataset({ seed: 'extended' }, extended);
  const document = openApiDocument(dataset);
  expect(Object.keys(document.paths)).toContain('/qt_student/school-api/schools/{centreCode}/awards');
  expect((document.components.schemas.Students as { properties: Record<string, unknown> }).properties.nickname).toEqual({ type: 'string' });
  expect((document.components.schemas.Awards as { properties: Record<string, unknown> }).properties.points).toEqual({ type: 'integer' });
  expect(await violationsOf(dataset)).toMatchObject({ violations: [] });
});

test('a generator that makes a value outside its schema breaks the contract, at the record and field', async () => {
  const broken = extendModel(qteachers, { entities: { student: { fields: { sex: () => '7' } } } });
  const { violations } = await violationsOf(createDataset({ schools: 1 }, broken));
  expect(violations.length).toBeGreaterThan(50);
  expect(violations[0]).toMatch(/^\/qt_student\/school-api\/schools\/4650\/students\?.* \/data\/0\/sex: "7" is not a code of SexCode$/);
});

test('GET /openapi.json serves the document, GET / links it, and each endpoint has an example from the data', () => {
  const dataset = createDataset();
  const handle = createHandler(dataset);
  const index = JSON.parse(handle({ method: 'GET', url: '/' }).body) as { links: Record<string, string> };
  expect(index.links).toEqual({ openapi: '/openapi.json', docs: '/docs', explore: '/explore' });
  const document = JSON.parse(handle({ method: 'GET', url: '/openapi.json' }).body) as { paths: Record<string, { get: { parameters: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, { content: Record<string, { example?: { data: unknown[] } }> }> } }> };
  const students = document.paths['/qt_student/school-api/schools/{centreCode}/students']!.get;
  expect(students.parameters.map((p) => [p.name, p.schema.minimum, p.schema.maximum])).toEqual([['centreCode', undefined, undefined], ['navigationPage', 0, 1_000_000_000], ['navigationPageSize', 1, 1000]]);
  expect(students.responses['200']!.content['application/json']!.example!.data).toEqual(dataset.collection('4650', 'students')!.slice(0, 2));
  expect(Object.keys(students.responses).sort()).toEqual(['200', '400', '404', '405']);
  const sex = (document as unknown as { components: { schemas: Record<string, { oneOf: { const: string; description: string }[] }> } }).components.schemas.SexCode!;
  expect(sex.oneOf).toContainEqual({ const: '2', description: 'Female' });
});

test('seedhub openapi writes the document as JSON or YAML', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'seedhub-openapi-'));
  try {
    const json = await run(process.execPath, [BIN, 'openapi', '--out', join(dir, 'hub.json'), '--seed', 'docs']);
    expect(json.code).toBe(0);
    const yaml = await run(process.execPath, [BIN, 'openapi', '--out', join(dir, 'hub.yaml'), '--seed', 'docs']);
    expect(yaml.stdout).toContain('(yaml)');
    const fromJson = JSON.parse(await readFile(join(dir, 'hub.json'), 'utf8')) as unknown;
    expect(parse(await readFile(join(dir, 'hub.yaml'), 'utf8'))).toEqual(fromJson);
    expect(fromJson).toEqual(JSON.parse(JSON.stringify(openApiDocument(createDataset({ seed: 'docs' })))));
    const bad = await run(process.execPath, [BIN, 'openapi', '--format', 'xml']);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, '[seedhub] Failed to read --format: "xml" is not json or yaml. Run "seedhub help" for usage.']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
