// The contract out: an OpenAPI 3.1 document of what a hub serves, generated from its
// dataset and model. Every path with its paging parameters and their bounds, the page
// envelope, each record's schema (code sets as enums with their labels), the problem+json
// errors, and an example per endpoint taken from the seeded data (none while auth is on).
import type { Dataset } from '../generate/dataset.ts';
import { dataVersions } from '../generate/versions.ts';
import { SCHOOL_PARAM } from '../model/api.ts';
import { ownersOf, type FieldSchema } from '../model/types.ts';
import { SIF_CODE_SETS, type CodeSetName } from '../model/vocab/sif-codesets.ts';
import { PAGING, pageBody } from '../model/api.ts';
import { describeValues } from './infer.ts';
import { publishedDocument } from './published.ts';

export type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, JsonSchema> } };

export interface DocumentOptions {
  /** Document 401 and 403 problems (the hub asks for a bearer token). */
  auth?: boolean;
}

/** QTeachers' school path parameter: the centre code. */
const CENTRE_CODE = { name: 'centreCode', description: 'the school: a 4-digit centre code, leading zeros kept', schema: { type: 'string', pattern: '^\\d{4}$' } };
/** Records of each collection read to describe fields that have no schema of their own. */
const SAMPLE = 200;

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemRef } } });

/** `students` → `Students`, `staff-photos` → `StaffPhotos`: a component name. */
const componentName = (collection: string) => collection.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** A field schema in plain JSON Schema, code sets as references to their components. */
function plain(schema: FieldSchema, codeSets: Set<string>): JsonSchema {
  const { codeSet, nullable, ...rest } = schema;
  let out: JsonSchema = { ...rest };
  if (codeSet) {
    codeSets.add(codeSet);
    out = { $ref: `#/components/schemas/${codeSet}`, ...rest };
  }
  if (rest.items) out.items = plain(rest.items as FieldSchema, codeSets);
  if (rest.properties) {
    out.properties = Object.fromEntries(Object.entries(rest.properties as Record<string, FieldSchema>).map(([name, inner]) => [name, plain(inner, codeSets)]));
  }
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

/** A code set as an enum whose every code carries its label. */
function codeSetSchema(name: string): JsonSchema {
  const codes = SIF_CODE_SETS[name as CodeSetName];
  return {
    type: 'string',
    description: `SIF AU code set ${name}`,
    oneOf: Object.entries(codes).map(([code, label]) => ({ const: code, ...(label ? { description: label } : {}) })),
  };
}

/**
 * Which fields are identities (`x-seedhub-id`) and which refer to them (`x-seedhub-ref`): a
 * model of its own states them; in QTeachers (and models extending it) the first collection
 * of each owner kind lists the owners, and every other collection of that kind refers to them.
 */
export function relationsOf(dataset: Dataset): { identities: Map<string, string>; references: Map<string, string> } {
  const key = (collection: string, field: string) => `${collection}.${field}`;
  const identities = new Map<string, string>();
  const references = new Map<string, string>();
  if (dataset.references) {
    for (const i of dataset.references.identities) identities.set(key(i.collection, i.field), i.kind);
    for (const r of dataset.references.references) references.set(key(r.collection, r.field), r.kind);
    return { identities, references };
  }
  const model = dataset.model;
  if (!model || model.ownerFields === false) return { identities, references };
  const owners = ownersOf(model);
  const listed = new Set<string>();
  for (const [name, spec] of Object.entries(model.collections)) {
    const idField = owners[spec.owner]?.idField;
    if (!idField) continue;
    if (listed.has(spec.owner)) references.set(key(name, idField), spec.owner);
    else identities.set(key(name, idField), spec.owner);
    listed.add(spec.owner);
  }
  return { identities, references };
}

/** The schema of a collection's records: declared fields, and the rest described from the data. */
function recordSchema(dataset: Dataset, collection: string, codeSets: Set<string>, relations: ReturnType<typeof relationsOf>): JsonSchema {
  const spec = dataset.model?.collections[collection];
  const declared = spec?.schemas ?? {};
  const samples = dataset.schools.flatMap((school) => {
    const view = dataset.collection(school.centreCode, collection)!;
    return view.slice(0, Math.min(view.count, SAMPLE));
  });
  const fields = samples.length > 0 ? Object.keys(samples[0]!) : Object.keys(declared);
  const properties: Record<string, JsonSchema> = {};
  for (const field of fields) {
    const schema = declared[field];
    properties[field] = schema ? plain(schema, codeSets) : describeValues(samples.map((r) => r[field]));
    const identity = relations.identities.get(`${collection}.${field}`);
    const reference = relations.references.get(`${collection}.${field}`);
    if (identity) properties[field] = { ...properties[field], 'x-seedhub-id': identity };
    if (reference) properties[field] = { ...properties[field], 'x-seedhub-ref': reference };
  }
  return { type: 'object', required: fields, properties, additionalProperties: false, ...ownership(dataset, collection, relations) };
}

/**
 * A model of its own's `x-seedhub-owner` and `x-seedhub-count` for a collection: whose
 * records these are when they have an identity of their own, and how many there are when
 * that is fixed, so that a hub made from this document is made the same way.
 */
function ownership(dataset: Dataset, collection: string, relations: ReturnType<typeof relationsOf>): JsonSchema {
  const spec = dataset.model?.collections[collection];
  if (!spec || !dataset.references || !dataset.model) return {};
  const owner = ownersOf(dataset.model)[spec.owner];
  const identity = [...relations.identities].find(([key]) => key.startsWith(`${collection}.`))?.[1];
  const count = spec.fixedCount ?? (identity === spec.owner ? owner?.fixedCount : undefined);
  return {
    ...(identity && identity !== spec.owner ? { 'x-seedhub-owner': spec.owner } : {}),
    ...(count === undefined ? {} : { 'x-seedhub-count': count }),
  };
}

/** The envelope of a page of `items`, where the API shape puts records and totals. */
function envelopeSchema(dataset: Dataset, items: JsonSchema): JsonSchema {
  const { envelope } = dataset.api;
  const root: JsonSchema = { type: 'object', properties: {}, required: [] };
  const place = (path: string, schema: JsonSchema) => {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) {
      const properties = node.properties as Record<string, JsonSchema>;
      properties[key] ??= { type: 'object', properties: {}, required: [] };
      if (!(node.required as string[]).includes(key)) (node.required as string[]).push(key);
      node = properties[key]!;
    }
    (node.properties as Record<string, JsonSchema>)[keys.at(-1)!] = schema;
    (node.required as string[]).push(keys.at(-1)!);
  };
  if (envelope.items === '') return { type: 'array', items };
  place(envelope.items, { type: 'array', items });
  const count = { type: 'integer', minimum: 0 };
  if (envelope.page) place(envelope.page, count);
  if (envelope.size) place(envelope.size, { type: 'integer', minimum: 1, maximum: dataset.api.size.max });
  if (envelope.total) place(envelope.total, count);
  if (envelope.totalPages) place(envelope.totalPages, count);
  for (const [path, value] of Object.entries(envelope.extra ?? {})) place(path, { const: value });
  return root;
}

function pagingParameters(dataset: Dataset): JsonSchema[] {
  const { page, size } = dataset.api;
  const pageParameter = page.style === 'offset'
    ? { name: page.param, in: 'query', required: false, description: 'the first record to serve, 0-based', schema: { type: 'integer', minimum: 0, maximum: PAGING.maxPage, default: 0 } }
    : page.style === 'page'
      ? { name: page.param, in: 'query', required: false, description: `the page, ${page.first}-based`, schema: { type: 'integer', minimum: page.first, maximum: PAGING.maxPage, default: page.first } }
      : page.style === 'cursor' ? { name: page.param, in: 'query', required: false, description: 'the identity of the record the page starts after', schema: { type: 'string' } } : undefined;
  const sizeParameter = size.param === '' ? undefined : { name: size.param, in: 'query', required: false, description: 'records per page', schema: { type: 'integer', minimum: 1, maximum: size.max, default: size.default } };
  return [pageParameter, sizeParameter].filter((p): p is NonNullable<typeof p> => p !== undefined);
}

/**
 * The OpenAPI 3.1 document of what `dataset` serves.
 * @example const document = openApiDocument(createDataset()); document.paths['/qt_student/school-api/schools/{centreCode}/students']
 */
export function openApiDocument(dataset: Dataset, { auth = false }: DocumentOptions = {}): OpenApiDocument {
  // A hub made from a document publishes that document.
  if (dataset.model?.document) return publishedDocument(dataset, dataset.model.document) as OpenApiDocument;
  const codeSets = new Set<string>();
  const schemas: Record<string, JsonSchema> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  const codes = dataset.schools.map((s) => s.centreCode);
  const own = dataset.model?.schoolParam;
  const school = own ? { name: own.name, description: 'the school (the owner of every record)', schema: own.schema } : CENTRE_CODE;
  const relations = relationsOf(dataset);
  const errors = {
    '400': problemResponse('a paging parameter is malformed, out of range or given twice (invalid-query)'),
    ...(auth ? { '401': problemResponse('no bearer token, or a wrong one (unauthorized)'), '403': problemResponse("a token for another school's data (forbidden)") } : {}),
    '404': problemResponse('an unknown centre code (unknown-school, with a "Did you mean" hint) or path (not-found)'),
    '405': problemResponse('a method other than GET, HEAD or OPTIONS (method-not-allowed)'),
  };
  paths['/'] = {
    get: {
      operationId: 'index',
      summary: 'The schools and their endpoint URLs',
      // Not a collection: a hub made from this document lists its own schools here.
      'x-seedhub-skip': true,
      responses: { '200': { description: 'the index', content: { 'application/json': { schema: { $ref: '#/components/schemas/Index' } } } } },
    },
  };
  for (const collection of dataset.collections) {
    const name = componentName(collection.name);
    schemas[name] = recordSchema(dataset, collection.name, codeSets, relations);
    const first = dataset.schools[0];
    const view = first ? dataset.collection(first.centreCode, collection.name)! : undefined;
    const exampleSize = 2;
    // While auth is on the contract is open to anyone: it shows no record the hub serves.
    const example = view && !auth ? pageBody(dataset.api, { offset: 0, size: exampleSize, number: dataset.api.page.style === 'page' ? dataset.api.page.first : 0 }, view.slice(0, exampleSize), view.count) : undefined;
    const hasSchool = collection.route.includes(SCHOOL_PARAM);
    paths[collection.route.replace(SCHOOL_PARAM, `{${school.name}}`)] = {
      get: {
        operationId: `list${name}`,
        ...(auth ? { security: [{ bearer: [] }] } : {}),
        summary: `The ${collection.name} of a school, a page at a time`,
        parameters: [
          ...(hasSchool ? [{ name: school.name, in: 'path', required: true, description: school.description, schema: { ...school.schema, ...(codes.length > 0 ? { examples: codes } : {}) } }] : []),
          ...pagingParameters(dataset),
        ],
        responses: {
          '200': {
            description: `a page of ${collection.name}`,
            content: { 'application/json': { schema: envelopeSchema(dataset, { $ref: `#/components/schemas/${name}` }), ...(example ? { example } : {}) } },
          },
          ...errors,
        },
      },
    };
  }
  for (const set of [...codeSets].sort()) schemas[set] = codeSetSchema(set);
  schemas.Problem = {
    type: 'object',
    description: 'RFC 9457 problem details',
    required: ['type', 'title', 'status', 'detail'],
    properties: { type: { type: 'string', description: 'urn:seedhub:problem:{kind}' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
  };
  schemas.Index = {
    type: 'object',
    required: ['name', 'seed', 'schools'],
    properties: {
      name: { const: 'seedhub' },
      seed: { type: 'string' },
      schools: { type: 'array', items: { type: 'object', required: ['centreCode', 'endpoints'], properties: { centreCode: { type: 'string' }, endpoints: { type: 'object', additionalProperties: { type: 'string' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'seedhub sandbox data hub',
      version: dataVersions().seedhub ?? '0.0.0',
      description: `A seeded, synthetic school data hub (seed "${dataset.options.seed}"). Every value is synthetic; records of one person carry the same IDs on every endpoint.`,
    },
    paths,
    components: { schemas, ...(auth ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token the hub was started with (hubAuth, --bearer)' } } } : {}) },
  };
}
