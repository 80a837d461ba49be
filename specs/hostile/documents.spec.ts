// Hostile round two, documents and goldens (issue 23 rows 7, 8, 9, 10, 14): a $ref chain
// that fans out is refused at once; a pattern that backtracks is checked in linear time;
// values stay within their caps whatever the schema asks, and the start-up table says so;
// counts past 2^32 are exact; input nested thousands of levels deep is one line, exit 2.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contractOf, createDataset, createHandler, modelFromOpenAPI, openApiReport, parseOpenApi, type OpenApiInput } from 'seedhub/core';
import { BIN, run } from '../support/processes.ts';

/** A document of one list, `/things`, whose record schema is `item`, with `components` beside it. */
const listOf = (item: unknown, components: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): OpenApiInput => ({
  openapi: '3.1.0',
  info: { title: 'Hostile', version: '1' },
  paths: { '/things': { get: { ...extra, responses: { '200': { description: 'things', content: { 'application/json': { schema: { type: 'array', items: item } } } } } } } },
  components: { schemas: components },
});

test('a $ref chain that fans out (10 schemas of 8 properties, each the next) is refused at once, naming where', () => {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++) schemas[`S${i}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 8 }, (_, p) => [`p${p}`, i === 9 ? { type: 'string' } : { $ref: `#/components/schemas/S${i + 1}` }])) };
  expect(() => modelFromOpenAPI(listOf({ $ref: '#/components/schemas/S0' }, schemas))).toThrow(/expand to more than 250,000 schemas and values/);
});

test('a pattern that backtracks exponentially is checked in linear time (RE2), and one RE2 cannot run is named, not passed silently', () => {
  const contract = contractOf(listOf({ type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' }, ahead: { type: 'string', pattern: '^(?=x)x$' } } }) as Parameters<typeof contractOf>[0]);
  const violations = contract.check('/things', [{ code: `${'a'.repeat(40)}!`, ahead: 'y' }]);
  expect(violations).toEqual([{ pointer: '/0/code', message: 'must match pattern "^(a+)+$"' }]);
  expect([...contract.unchecked]).toEqual(['^(?=x)x$']);
});

test('values stay within their caps whatever the schema asks, and the start-up table names each schema that asks for more', () => {
  const document = listOf({
    type: 'object',
    properties: {
      thingId: { type: 'string' },
      huge: { type: 'string', minLength: 200_000_000 },
      many: { type: 'array', minItems: 100_000_000, items: { type: 'integer' } },
      repeated: { type: 'string', pattern: '^a{50000000}$' },
      nested: { type: 'array', minItems: 1000, items: { type: 'array', minItems: 1000, items: { type: 'array', minItems: 100, items: { type: 'string' } } } },
    },
  });
  const report = openApiReport(document);
  expect(report.unsupported).toEqual(expect.arrayContaining([
    expect.stringContaining('minLength 200000000 (capped at 10000)'),
    expect.stringContaining('minItems 100000000 (capped at 100)'),
    expect.stringContaining('pattern repeats above 1000 (capped)'),
  ]));
  const dataset = createDataset({ studentsPerSchool: 3 }, modelFromOpenAPI(document));
  const answer = createHandler(dataset)({ method: 'GET', url: '/things' });
  expect(answer.status).toBe(200);
  const things = JSON.parse(answer.body) as { huge: string; many: number[]; repeated: string; nested: unknown[][][] }[];
  expect(things).toHaveLength(3);
  for (const thing of things) {
    expect(thing.huge.length).toBe(10_000);
    expect(thing.many).toHaveLength(100);
    expect(thing.repeated).toBe('a'.repeat(1_000));
    expect(JSON.stringify(thing).length).toBeLessThan(2_000_000);
  }
});

test('a count per owner of 1e8 over 50 owners is 5,000,000,000 records, exactly; a count past the cap is refused', () => {
  const owners = { type: 'object', properties: { ownerId: { type: 'string' } } };
  const document: OpenApiInput = {
    openapi: '3.1.0',
    info: { title: 'Counts', version: '1' },
    paths: {
      '/owners': { get: { responses: { '200': { description: 'o', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: owners }, meta: { type: 'object', properties: { total: { type: 'integer' } } } } } } } } } } },
      '/marks': { get: { 'x-seedhub-count': 100_000_000, parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }, { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 10 } }], responses: { '200': { description: 'm', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { ownerId: { type: 'string' }, score: { type: 'integer', minimum: 0, maximum: 9 } } } }, meta: { type: 'object', properties: { total: { type: 'integer' } } } } } } } } } } },
    },
  };
  const dataset = createDataset({ studentsPerSchool: 50 }, modelFromOpenAPI(document));
  const handle = createHandler(dataset);
  // Record 4,500,000,000 (past 2^32) is the first mark of owner 45.
  const page = JSON.parse(handle({ method: 'GET', url: '/marks?page=450000001&limit=10' }).body) as { data: { ownerId: string }[]; meta: { total: number } };
  expect(page.meta.total).toBe(5_000_000_000);
  const owner45 = (JSON.parse(handle({ method: 'GET', url: '/owners' }).body) as { data: { ownerId: string }[] }).data[45]!.ownerId;
  expect(page.data.map((m) => m.ownerId)).toEqual(Array(10).fill(owner45));
  const tooMany = structuredClone(document);
  (tooMany.paths as Record<string, Record<string, Record<string, unknown>>>)['/marks']!.get!['x-seedhub-count'] = 2e9;
  expect(() => modelFromOpenAPI(tooMany)).toThrow('x-seedhub-count must be a whole number from 0 to 1,000,000,000, got 2000000000.');
});

test('a document or a golden nested thousands of levels deep is one line and exit 2, never a stack trace', async () => {
  const root = await mkdtemp(join(tmpdir(), 'seedhub-deep-'));
  try {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 1_000; i++) deep = { type: 'object', properties: { next: deep } };
    const documentFile = join(root, 'deep.json');
    await writeFile(documentFile, JSON.stringify(listOf(deep)));
    const served = await run(process.execPath, [BIN, 'serve', '--port', '0', '--openapi', documentFile]);
    expect([served.code, served.stderr.trim()]).toEqual([2, `[seedhub] Failed to read ${documentFile}: it nests deeper than 128 levels, which is as deep as seedhub reads.`]);
    const goldenFile = join(root, 'deep-golden.json');
    await writeFile(goldenFile, `{"format":"seedhub-golden","version":1,"manifest":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
    const verified = await run(process.execPath, [BIN, 'verify', goldenFile]);
    expect(verified.code).toBe(2);
    expect(verified.stderr.trim().split('\n')).toEqual([expect.stringContaining('it nests deeper than 128 levels, which no golden does')]);
    expect(() => parseOpenApi('{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000))).toThrow(/nests deeper than 128 levels/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
