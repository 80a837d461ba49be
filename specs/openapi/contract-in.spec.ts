// The contract in: a hub served from an OpenAPI document alone. seedhub's own document
// makes the same hub again (round trip); a hub of another shape (campuses, page/limit,
// items, meta.total) is served, crawled and consistent with no TypeScript written; changing
// the document changes only what changed; what it cannot serve exactly is reported once.
import { readFileSync } from 'node:fs';
import { expect, extendModel, modelFromOpenAPI, parseOpenApi, test } from 'seedhub';
import {
  contractOf, crawlHub, createDataset, createHandler, handlerFetch, HubConfigError, ModelError, openApiDocument, openApiReport,
  type Dataset, type Entity, type OpenApiInput,
} from 'seedhub/core';
import { ROOT } from '../support/processes.ts';

const CAMPUS_FILE = `${ROOT}docs/examples/campus-hub.yaml`;
const campusDocument = () => parseOpenApi(readFileSync(CAMPUS_FILE, 'utf8'));
const campus = modelFromOpenAPI(campusDocument());
const trickyDocument = () => parseOpenApi(readFileSync(`${ROOT}specs/openapi/fixtures/tricky.yaml`, 'utf8'));

/** Every finding of a full crawl of a dataset's hub, its pages held to `document`. */
async function crawlFindings(dataset: Dataset, document: OpenApiInput) {
  const crawl = await crawlHub({ fetch: handlerFetch(createHandler(dataset)), baseUrl: 'http://hub.test', contract: contractOf(document) });
  const { checkCrawl } = await import('seedhub/core');
  const records = crawl.schools.flatMap((s) => Object.values(s.endpoints)).reduce((sum, e) => sum + e.rows.length, 0);
  return { records, findings: checkCrawl(crawl).map((f) => `${f.message} (${f.rule})`), crawl };
}

const every = (dataset: Dataset, name: string): Entity[] =>
  dataset.schools.flatMap((s) => {
    const view = dataset.collection(s.centreCode, name)!;
    return view.slice(0, view.count);
  });

test('the start-up report says what the campus document serves, how each ID was found, and what it does not serve', () => {
  const report = openApiReport(campusDocument());
  expect(report.collections.map((c) => [c.name, c.path, c.identity?.field ?? null, c.references.map((r) => `${r.field}→${r.kind}`), c.owner, c.count])).toEqual([
    ['learners', '/api/v2/campuses/{campusId}/learners', 'learnerId', [], 'school', 'studentsPerSchool per school'],
    ['guardians', '/api/v2/campuses/{campusId}/guardians', 'guardianId', ['learnerId→learner'], 'learner', '2 per learner'],
    ['attendance', '/api/v2/campuses/{campusId}/attendance', null, ['learnerId→learner'], 'learner', '5 per learner'],
    ['teachers', '/api/v2/campuses/{campusId}/teachers', 'teacherId', [], 'school', '12 per school'],
    ['timetable', '/api/v2/campuses/{campusId}/timetable', null, ['learnerId→learner', 'teacherId→teacher'], 'learner', '4 per learner'],
  ]);
  // Inferred from names, except the one the document says (x-seedhub-ref: teacher).
  expect(report.collections.at(-1)!.references.map((r) => r.how)).toEqual(['inferred', 'x-seedhub']);
  expect(report.notServed).toEqual([
    { method: 'POST', path: '/api/v2/campuses/{campusId}/learners', why: 'a write or other non-GET operation (the hub is read-only)' },
  ]);
  expect(report.tenant).toBe('campusId');
  expect(report.collections[0]!.operations).toEqual(['GET /api/v2/campuses/{campusId}/learners (list)', 'GET /api/v2/campuses/{campusId}/learners/{learnerId} (item)']);
  expect(report.unsupported).toEqual([]);
});

test('relations override what was inferred: a reference undone, an identity named', () => {
  const report = openApiReport(campusDocument(), { relations: { 'timetable.learnerId': null, 'attendance.date': '=mark' } });
  const byName = Object.fromEntries(report.collections.map((c) => [c.name, c]));
  expect(byName.timetable!.references.map((r) => r.field)).toEqual(['teacherId']);
  expect(byName.attendance!.identity).toEqual({ field: 'date', kind: 'mark', how: 'option' });
});

test.describe('a hub of another shape, from its document alone', () => {
  test.use({ hubModel: campus, schools: 3, studentsPerSchool: 30 });

  test('is served with its own paths, paging and envelope', async ({ hub, request }) => {
    expect(hub.schools.map((s) => s.centreCode)).toEqual(['C101', 'C102', 'C205']);
    const first = await (await request.get(hub.url('/api/v2/campuses/C102/guardians?page=1&limit=7'))).json();
    expect(first.meta).toEqual({ total: 60, page: 1, limit: 7 });
    expect(first.items).toHaveLength(7);
    const last = await (await request.get(hub.url('/api/v2/campuses/C102/guardians?page=9&limit=7'))).json();
    expect(last.items).toHaveLength(4);
    // Two guardians per learner, each with the learner's ID.
    const learners = every(hub.dataset, 'learners').filter((l, i) => i < 30).map((l) => l.learnerId);
    const guardians = every(hub.dataset, 'guardians').slice(0, 60);
    expect(guardians.map((g) => g.learnerId)).toEqual(learners.flatMap((id) => [id, id]));
    const unknown = await request.get(hub.url('/api/v2/campuses/C999/learners'));
    expect([unknown.status(), (await unknown.json()).detail]).toEqual([404, 'No school has campusId "C999". GET / lists the schools.']);
    const tooBig = await request.get(hub.url('/api/v2/campuses/C101/learners?limit=201'));
    expect([tooBig.status(), tooBig.headers()['content-type']]).toEqual([400, 'application/problem+json']);
  });

  test('is consistent: identities unique, references resolve, pages tile', async ({ hub }) => {
    await expect(hub).toHaveConsistentIds();
    expect(hub.requests.some((r) => r.url.includes('/api/v2/campuses/C205/timetable?page=2&limit='))).toBe(true);
  });

  test('every answer keeps the document, and every record its item schema', async ({ hub }) => {
    const { records, findings } = await crawlFindings(hub.dataset, campusDocument());
    expect(findings).toEqual([]);
    expect(records).toBe(3 * (30 + 60 + 150 + 12 + 120));
    // IDs have the document's patterns, and are unique across campuses.
    const ids = every(hub.dataset, 'learners').map((l) => String(l.learnerId));
    expect(ids.every((id) => /^L[0-9]{6}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(90);
    // A learner's lessons are different lessons, and their marks on different days.
    const lessons = every(hub.dataset, 'timetable').map((t) => `${t.learnerId} ${t.subject}`);
    expect(new Set(lessons).size).toBe(lessons.length);
  });

  test.describe('broken through the model', () => {
    const teacherOf = campus.collections.timetable!.fields.teacherId!;
    const broken = extendModel(campus, { collections: { timetable: { fields: { teacherId: (ctx) => (ctx.ownerIndex === 2 && ctx.index === 1 ? 'T0000' : teacherOf(ctx)) } } } });
    test.use({ hubModel: broken });

    test('a reference to nobody fails toHaveConsistentIds, by school, endpoint, page and ID', async ({ hub }) => {
      const error = await expect(hub).toHaveConsistentIds().then(() => undefined, (e: Error) => e);
      expect(error?.message).toMatch(/C101 \/timetable page 0: teacherId T0000 is not a teacher of C101/);
      // Only that one lesson, in each campus: every other teacherId resolves.
      expect(error?.message.match(/is not a teacher of/g)).toHaveLength(3);
    });
  });
});

test.describe('the round trip: seedhub\'s own document', () => {
  const own = JSON.parse(JSON.stringify(openApiDocument(createDataset()))) as OpenApiInput;
  test.use({ hubModel: modelFromOpenAPI(own), studentsPerSchool: 40, staffPerSchool: 8 });

  test('makes a hub of the same endpoints, identities and references', () => {
    const report = openApiReport(own);
    expect(report.collections.map((c) => c.name)).toEqual(['students', 'photos', 'flags', 'addresses', 'parents', 'emergency-contacts', 'enrolment-history', 'staff', 'staff-photos']);
    const ids = report.collections.filter((c) => c.identity?.how === 'x-seedhub').map((c) => `${c.name}.${c.identity!.field}`);
    expect(ids).toEqual(['students.enrolmentId', 'staff.staffId']);
    expect(report.collections.filter((c) => c.owner === 'student').map((c) => c.name)).toEqual(['photos', 'flags', 'addresses', 'parents', 'emergency-contacts', 'enrolment-history']);
    expect(report.notServed).toEqual([{ method: 'GET', path: '/', why: 'marked x-seedhub-skip' }]);
  });

  test('whose every answer validates against the document', async ({ hub }) => {
    expect(hub.schools.map((s) => s.centreCode)).toEqual(['4650', '1690', '9743', '0220']);
    const { records, findings } = await crawlFindings(hub.dataset, own);
    expect(findings).toEqual([]);
    expect(records).toBe(4 * (40 * 7 + 8 * 2));
    // Codes come from their SIF code sets, as the document's enums say.
    expect(new Set(every(hub.dataset, 'students').map((s) => s.sex)).size).toBeGreaterThan(1);
    expect(every(hub.dataset, 'photos').every((p, i) => p.centreCode === hub.schools[Math.floor(i / 40)]!.centreCode)).toBe(true);
  });

  test('and that passes toHaveConsistentIds', async ({ hub }) => {
    await expect(hub).toHaveConsistentIds();
  });
});

test('changing the document changes only what changed: a field added, one renamed, an endpoint added', () => {
  const before = campusDocument();
  const after = campusDocument() as { paths: Record<string, unknown>; components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> } };
  const { schemas } = after.components;
  schemas.Learner!.properties.nickname = { type: 'string', maxLength: 20 };
  schemas.Teacher!.properties = Object.fromEntries(Object.entries(schemas.Teacher!.properties).map(([k, v]) => [k === 'startedOn' ? 'commencedOn' : k, v]));
  schemas.Award = { type: 'object', required: ['learnerId', 'award'], properties: { learnerId: { type: 'string' }, award: { type: 'string', enum: ['Citizenship', 'Effort', 'Sport'] } } } as never;
  after.paths['/api/v2/campuses/{campusId}/awards'] = {
    get: {
      operationId: 'listAwards',
      parameters: [{ $ref: '#/components/parameters/campusId' }, { $ref: '#/components/parameters/page' }, { $ref: '#/components/parameters/limit' }],
      responses: { '200': { description: 'awards', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Award' } }, meta: { $ref: '#/components/schemas/Meta' } } } } } } },
    },
  };
  const options = { seed: 'drift', schools: 2, studentsPerSchool: 25 };
  const old = createDataset(options, modelFromOpenAPI(before));
  const now = createDataset(options, modelFromOpenAPI(after as OpenApiInput));
  expect(now.collections.map((c) => c.name)).toEqual([...old.collections.map((c) => c.name), 'awards']);
  let compared = 0;
  for (const { name } of old.collections) {
    const was = every(old, name);
    const is = every(now, name);
    expect(is.length, name).toBe(was.length);
    for (const [i, record] of was.entries()) {
      for (const [field, value] of Object.entries(record)) {
        if (name === 'teachers' && field === 'startedOn') continue;
        // Byte-compare every untouched field.
        if (JSON.stringify(is[i]![field]) !== JSON.stringify(value)) throw new Error(`${name}[${i}].${field} changed: ${JSON.stringify(value)} → ${JSON.stringify(is[i]![field])}`);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(2000);
  expect(every(now, 'learners').every((l) => typeof l.nickname === 'string')).toBe(true);
  expect(every(now, 'teachers').every((t) => /^\d{4}-\d{2}-\d{2}$/.test(String(t.commencedOn)) && !('startedOn' in t))).toBe(true);
  const learners = new Set(every(now, 'learners').map((l) => l.learnerId));
  expect(every(now, 'awards').every((a) => learners.has(a.learnerId))).toBe(true);
});

test('the same seed gives byte-identical data; another seed, other data', () => {
  const text = (seed: string) => {
    // A model made afresh each time: nothing is carried over between models or datasets.
    const dataset = createDataset({ seed, schools: 2, studentsPerSchool: 10 }, modelFromOpenAPI(campusDocument()));
    return JSON.stringify(dataset.collections.map((c) => every(dataset, c.name)));
  };
  expect(text('a')).toBe(text('a'));
  expect(text('a')).not.toBe(text('b'));
});

test('features served in a nearer form are reported once, and the hub still keeps its (OpenAPI 3.0) document', async () => {
  const document = trickyDocument();
  const report = openApiReport(document);
  expect(report.unsupported).toEqual([
    'oneOf at #/paths/~1districts~1{districtId}~1contacts/get/responses/200/properties/channel/oneOf (served as its first branch)',
    'not at #/paths/~1districts~1{districtId}~1contacts/get/responses/200/properties/notes/not',
  ]);
  const model = modelFromOpenAPI(document);
  const dataset = createDataset({ schools: 3, studentsPerSchool: 60 }, model);
  expect(dataset.schools.map((s) => s.centreCode)).toEqual(['100', '101', '102']);
  expect(dataset.api).toMatchObject({ page: { style: 'offset', param: 'offset' }, size: { param: 'limit', default: 10, max: 50 }, envelope: { items: '' } });
  const { records, findings } = await crawlFindings(dataset, document);
  expect(findings).toEqual([]);
  expect(records).toBe(3 * 120);
  const pupils = every(dataset, 'pupils');
  expect(pupils.every((p) => (p.age as number) >= 5 && (p.age as number) < 18 && [0, 0.25, 0.5, 0.75, 1].includes(p.score as number))).toBe(true);
  expect(pupils.some((p) => p.uuid !== pupils[0]!.uuid)).toBe(true);
});

test('a model cannot be asked for more than its schemas allow, nor for schools its parameter does not take', () => {
  const tricky = modelFromOpenAPI(trickyDocument());
  // code is 6 characters: PUP and 3 digits, 1000 pupils in all.
  expect(() => createDataset({ schools: 4, studentsPerSchool: 300 }, tricky)).toThrow(ModelError);
  expect(() => createDataset({ schools: 4, studentsPerSchool: 300 }, tricky)).toThrow('it needs 1200 pupil identities (pupils.code: PUP and 3 digits), which has only 1000. Lower schools or the counts, or let the schema allow more values.');
  // districtId takes 100 to 120: 21 schools at most.
  expect(() => createDataset({ schools: 22, studentsPerSchool: 1 }, tricky)).toThrow('it needs 22 values of districtId, which has only 21. Give at most 21 schools.');
  expect(createDataset({ schools: ['C205', 'C101'] }, campus).schools.map((s) => s.centreCode)).toEqual(['C205', 'C101']);
  expect(() => createDataset({ schools: ['4650'] }, campus)).toThrow(HubConfigError);
  expect(() => createDataset({ schools: ['4650'] }, campus)).toThrow('campusId "4650" is not a value of its schema');
});

test('the document a document-made hub serves is valid OpenAPI 3.1, its answers keep it, and it makes the same hub again', async () => {
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  for (const source of [campusDocument(), trickyDocument()]) {
    const dataset = createDataset({ schools: 2, studentsPerSchool: 12 }, modelFromOpenAPI(source));
    const served = JSON.parse(createHandler(dataset)({ method: 'GET', url: '/openapi.json' }).body) as OpenApiInput;
    const result = await new Validator().validate(served as never);
    expect(result.errors ?? []).toEqual([]);
    expect((await crawlFindings(dataset, served)).findings).toEqual([]);
    const again = openApiReport(served);
    expect(again.collections.map((c) => [c.name, c.identity?.field, c.references.map((r) => r.field), c.owner, c.count])).toEqual(
      openApiReport(source).collections.map((c) => [c.name, c.identity?.field, c.references.map((r) => r.field), c.owner, c.count]),
    );
  }
});
