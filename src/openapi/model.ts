// The contract in: a seedhub model from any hub's OpenAPI document. Collections come from
// its list operations, fields from each property's JSON Schema, identities and references
// from `x-seedhub-id` / `x-seedhub-ref` (or, without them, from property names), paging and
// envelope from its parameters and answer schemas. The model is an ordinary model: keyed
// generation, the hub, transports, consistency and goldens never know where it came from.
import { OpenApiError } from '../errors.ts';
import { centreCodesFor } from '../generate/centre-codes.ts';
import { schoolCodeFits, SCHOOL_PARAM, type ApiShape } from '../model/api.ts';
import type { BaseContext, CollectionSpec, Entity, EntityContext, EntitySpec, FieldSchema, Model, ModelLimit, ModelReferences, OwnerSpec, RecordField } from '../model/types.ts';
import type { ResolvedOptions } from '../options.ts';
import { KEY_SEPARATOR as KEY } from '../generate/keyed-random.ts';
import { from30 } from './dialect.ts';
import { identityMaker, schoolValues } from './identity.ts';
import type { OpenApiInput } from './load.ts';
import { listOperations, type ListOperation, type NotServed } from './shape.ts';
import { effective, typeOf, unsupported, valueFor, type Schema } from './values.ts';

export interface Relation {
  field: string;
  kind: string;
  /** Said by the document (`x-seedhub`), inferred from names, or set by the caller. */
  how: 'x-seedhub' | 'inferred' | 'option';
}

export interface CollectionReport {
  name: string;
  path: string;
  identity?: Relation;
  references: Relation[];
  /** Whose records these are, and how many. */
  owner: string;
  count: string;
}

/** What seedhub made of a document: shown at start-up for the user to confirm or override. */
export interface OpenApiReport {
  collections: CollectionReport[];
  notServed: NotServed[];
  /** Schema features served in their nearest supported form, with where. */
  unsupported: string[];
  /** Other notes (paging that differs between operations...). */
  notes: string[];
}

export interface OpenApiModelOptions {
  /**
   * Identities and references to set or undo, as `"collection.field": kind` (a reference),
   * `"collection.field": "=kind"` (the collection's identity) or `null` (neither).
   */
  relations?: Readonly<Record<string, string | null>>;
}

/** `learners` → `learner`, `classes` → `class`, `staff` → `staff`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A collection's name: its operationId without `list`/`get`, or its path's last fixed segment, made unique. */
function namesOf(lists: readonly ListOperation[], document: OpenApiInput): string[] {
  const taken = new Set<string>();
  return lists.map((list) => {
    const operation = ((document.paths as Record<string, Record<string, { operationId?: string }>>)[list.path]?.get);
    const fromId = operation?.operationId?.replace(/^(list|get|find|search)(?=[A-Z])/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    let name = fromId && /^[a-z0-9][a-z0-9-]*$/.test(fromId) ? fromId : list.name.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    for (let n = 2; taken.has(name); n++) name = `${list.name}-${n}`;
    taken.add(name);
    return name;
  });
}

interface Planned {
  name: string;
  list: ListOperation;
  properties: Record<string, Schema>;
  identity?: Relation;
  references: Relation[];
}

/** Identities and references of every collection: the document's, the caller's, then inferred by name. */
function relate(planned: Planned[], options: OpenApiModelOptions): void {
  const set = options.relations ?? {};
  for (const p of planned) {
    for (const [field, schema] of Object.entries(p.properties)) {
      const key = `${p.name}.${field}`;
      if (key in set) {
        const value = set[key];
        if (typeof value === 'string' && value.startsWith('=')) p.identity = { field, kind: value.slice(1), how: 'option' };
        continue;
      }
      if (typeof schema['x-seedhub-id'] === 'string') p.identity = { field, kind: schema['x-seedhub-id'], how: 'x-seedhub' };
    }
    if (!p.identity) {
      const kind = singular(p.name);
      const field = [`${kind}Id`, `${kind}_id`, 'id'].find((f) => f in p.properties && !(`${p.name}.${f}` in set));
      if (field) p.identity = { field, kind, how: 'inferred' };
    }
  }
  const identities = planned.filter((p) => p.identity).map((p) => p.identity!);
  for (const p of planned) {
    for (const [field, schema] of Object.entries(p.properties)) {
      if (p.identity?.field === field) continue;
      const key = `${p.name}.${field}`;
      if (key in set) {
        const value = set[key];
        if (typeof value === 'string' && !value.startsWith('=')) p.references.push({ field, kind: value, how: 'option' });
        continue;
      }
      const ref = schema['x-seedhub-ref'];
      if (typeof ref === 'string') p.references.push({ field, kind: ref, how: 'x-seedhub' });
      else {
        // A property named like another collection's identity (learnerId), or `{kind}Id` of a known kind.
        const match = identities.find((id) => (id.field !== 'id' && id.field === field) || `${id.kind}Id` === field || `${id.kind}_id` === field);
        if (match) p.references.push({ field, kind: match.kind, how: 'inferred' });
      }
    }
  }
  const kinds = new Set(identities.map((i) => i.kind));
  for (const p of planned) {
    const unknown = p.references.find((r) => !kinds.has(r.kind));
    if (unknown) throw new OpenApiError(`Failed to read the OpenAPI document at ${p.list.at}: ${p.name}.${unknown.field} refers to "${unknown.kind}", which no collection has as its identity (x-seedhub-id).`);
  }
}

/** Collections named like staff count `staffPerSchool` by default; any other `studentsPerSchool`. */
const STAFF_NAMES = /staff|teacher|employee|educator|personnel/i;

/** How a collection's records are made: a top-level kind of its own, or records of an owner. */
interface Placed {
  p: Planned;
  /** The owner kind: the collection's own identity kind when top-level. */
  owner: string;
  top: boolean;
  /** Records per owner (top-level: 1). */
  perOwner: number;
}

/**
 * Whether a collection's records are a kind of their own, counted per school: an identity
 * the document or the caller states, or an inferred one on records that refer to no other
 * kind. Inferred identities of records that refer to another kind (a `flagId` beside an
 * `enrolmentId`) are records of that kind, unless `x-seedhub-owner` says otherwise.
 */
const isTop = (p: Planned) => p.identity !== undefined && !p.list.owner && (p.identity.how !== 'inferred' || p.references.length === 0);

/** Where each collection's records sit: top-level kinds per school, the rest per owner. */
function place(planned: readonly Planned[]): Placed[] {
  const top = new Set(planned.filter(isTop).map((p) => p.identity!.kind));
  return planned.map((p) => {
    if (isTop(p)) return { p, owner: p.identity!.kind, top: true, perOwner: 1 };
    const owner = p.list.owner ?? p.references[0]?.kind;
    if (owner === undefined) return { p, owner: p.name, top: false, perOwner: 1 };
    if (!top.has(owner)) {
      throw new OpenApiError(`Failed to read the OpenAPI document at ${p.list.at}: ${p.name} belongs to "${owner}", which is not a collection's identity of its own (x-seedhub-id without x-seedhub-owner).`);
    }
    return { p, owner, top: false, perOwner: p.list.count ?? 1 };
  }).map((placed) => {
    const ref = placed.p.references.find((r) => !top.has(r.kind));
    if (ref) throw new OpenApiError(`Failed to read the OpenAPI document at ${placed.p.list.at}: ${placed.p.name}.${ref.field} refers to "${ref.kind}", whose records belong to others (x-seedhub-owner); refer to a collection's identity of its own.`);
    return placed;
  });
}

/**
 * Analyses a document: the collections, identities, references and paging seedhub will
 * serve, what it will not, and the schema features it serves in a nearer form.
 */
export function openApiReport(document: OpenApiInput, options: OpenApiModelOptions = {}): OpenApiReport {
  return analyse(document, options).report;
}

function analyse(document: OpenApiInput, options: OpenApiModelOptions) {
  if (typeof document !== 'object' || document === null || typeof document.openapi !== 'string' || !/^3\./.test(document.openapi)) {
    throw new OpenApiError(`Failed to read the OpenAPI document at #/openapi: ${JSON.stringify((document as OpenApiInput | null)?.openapi ?? null)} is not an OpenAPI 3.x version.`);
  }
  const { lists, notServed } = listOperations(document);
  const names = namesOf(lists, document);
  const planned: Planned[] = lists.map((list, i) => ({ name: names[i]!, list, properties: ((effective(list.item).properties ?? {}) as Record<string, Schema>), references: [] }));
  relate(planned, options);
  const placed = place(planned);
  const gaps = new Map<string, string>();
  for (const p of planned) unsupported(p.list.item, `${p.list.at}/responses/200`, gaps);
  const notes: string[] = [];
  const api = lists[0]!.api;
  for (const p of planned.slice(1)) {
    if (JSON.stringify(p.list.api) !== JSON.stringify(api)) notes.push(`${p.list.path} pages differently from ${lists[0]!.path}; it is served with the latter's paging`);
  }
  const identityOf = new Map(planned.filter((p) => p.identity).map((p) => [p.identity!.kind, p]));
  for (const p of planned) {
    for (const ref of p.references) {
      const target = identityOf.get(ref.kind)!;
      const from = typeOf(effective(p.properties[ref.field]!));
      const to = typeOf(effective(target.properties[target.identity!.field]!));
      if (from !== to) notes.push(`${p.name}.${ref.field} is ${from ?? 'untyped'} but ${target.name}.${target.identity!.field} is ${to ?? 'untyped'}: it is served the identity's values`);
    }
  }
  const report: OpenApiReport = {
    collections: placed.map(({ p, owner, top, perOwner }) => ({
      name: p.name,
      path: p.list.path,
      ...(p.identity ? { identity: p.identity } : {}),
      references: p.references,
      owner: top || owner === p.name ? 'school' : owner,
      count: top || owner === p.name ? `${p.list.count ?? (STAFF_NAMES.test(p.name) ? 'staffPerSchool' : 'studentsPerSchool')} per school` : `${perOwner} per ${owner}`,
    })),
    notServed,
    unsupported: [...gaps].map(([keyword, at]) => `${keyword} at ${at}`),
    notes,
  };
  return { report, planned, placed, api, lists };
}

/** A field generator over a property's schema, keyed as every seedhub field is. */
const fieldOf = (schema: Schema, name: string) => (ctx: BaseContext) =>
  valueFor(schema, { rng: ctx.rng, uuid: () => ctx.faker.string.uuid(), schoolYear: ctx.options.schoolYear, record: ctx.record }, name);

/** The school's position among the hub's schools: each school's identities are a block of their own. */
function ordinals(named: readonly string[] | undefined) {
  const cache = new WeakMap<ResolvedOptions, Map<string, number>>();
  return (options: ResolvedOptions, code: string): number => {
    let found = cache.get(options);
    if (!found) cache.set(options, (found = new Map(centreCodesFor(options, named).map((c, i) => [c, i]))));
    return found.get(code) ?? 0;
  };
}

/** The values the school path parameter takes: the document's, then generated ones where its schema is narrow. */
function schoolCodesOf(school: ListOperation['school']): { codes: string[]; exhaustive: boolean } {
  if (!school) return { codes: [], exhaustive: false };
  const { schema } = school;
  if (Array.isArray(schema.enum)) return { codes: [...new Set(schema.enum.map(String))], exhaustive: true };
  const examples = [...(Array.isArray(schema.examples) ? schema.examples : []), ...(schema.example !== undefined ? [schema.example] : [])].map(String);
  const fits = (code: string) => schoolCodeFits(code, schema);
  // A plain string takes seedhub's centre codes; a pattern or a number, values of its own.
  const own = typeof schema.pattern === 'string' || ['integer', 'number'].includes(typeOf(schema) ?? '') ? schoolValues(schema, 1000) : [];
  const codes = [...new Set([...examples, ...own].filter(fits))];
  return { codes, exhaustive: own.length > 0 };
}

/**
 * A seedhub model from a hub's OpenAPI document (an object: parse YAML or JSON first).
 * Every generated record satisfies its schema, and references resolve within a school.
 * @example const model = modelFromOpenAPI(parseOpenApi(await readFile('hub.yaml', 'utf8')))
 */
export function modelFromOpenAPI(document: OpenApiInput, options: OpenApiModelOptions = {}): Model {
  const { placed, api, lists } = analyse(document, options);
  const dialect30 = /^3\.0\./.test(String(document.openapi));
  const school = lists[0]!.school;
  const { codes, exhaustive } = schoolCodesOf(school);
  const ordinalOf = ordinals(codes.length > 0 ? codes : undefined);
  const owners: Record<string, OwnerSpec> = {};
  const entities: Record<string, EntitySpec> = { school: { fields: { ordinal: (ctx) => ordinalOf(ctx.options, String(ctx.school.centreCode)) } } };
  const limits: ModelLimit[] = [];
  const hint = 'Lower schools or the counts, or let the schema allow more values.';
  const schoolBlock = (ctx: BaseContext & { school: Entity }) => Number(ctx.school.ordinal);

  // Top-level kinds first: every other collection draws on them.
  for (const { p } of placed.filter((c) => c.top)) {
    const { kind, field } = p.identity!;
    const fixed = p.list.count;
    const count = (o: ResolvedOptions) => fixed ?? (STAFF_NAMES.test(p.name) ? o.staffPerSchool : o.studentsPerSchool);
    const maker = identityMaker(p.properties[field]!, kind);
    owners[kind] = { idField: field, count, ...(fixed === undefined ? {} : { fixedCount: fixed }) };
    limits.push({ what: `${kind} identities (${p.name}.${field}: ${maker.form})`, capacity: maker.capacity, needed: (o, schools) => schools * count(o), hint });
    entities[kind] = {
      fields: Object.fromEntries(Object.entries(p.properties).map(([name, schema]) => [
        name,
        name === field ? (ctx: EntityContext) => maker.make(schoolBlock(ctx) * count(ctx.options) + Number(ctx.index), ctx) : fieldOf(schema, name),
      ])),
    };
  }
  const collections: Record<string, CollectionSpec> = {};
  const references: ModelReferences = { identities: [], references: [] };
  for (const { p, owner, top, perOwner } of placed) {
    const route = p.list.path.replace(/\{[^}]+\}/, SCHOOL_PARAM);
    // Kept for the document seedhub serves of this hub (OpenAPI 3.1): 3.0's dialect rewritten.
    const schemas = Object.fromEntries(Object.entries(p.properties).map(([field, schema]) => [field, (dialect30 ? from30(schema) : schema) as FieldSchema]));
    if (p.identity) references.identities.push({ collection: p.name, field: p.identity.field, kind: p.identity.kind });
    for (const ref of p.references) references.references.push({ collection: p.name, field: ref.field, kind: ref.kind });
    const fields: Record<string, RecordField> = {};
    if (!owners[owner]) {
      // Records of the school itself: an owner of their own, one record each.
      const fixed = p.list.count;
      owners[owner] = { idField: '', count: (o) => fixed ?? o.studentsPerSchool, ...(fixed === undefined ? {} : { fixedCount: fixed }) };
      entities[owner] = { fields: {} };
    }
    const ownerCount = owners[owner]!.count;
    const identity = p.identity && !top ? { field: p.identity.field, maker: identityMaker(p.properties[p.identity.field]!, p.identity.kind) } : undefined;
    if (identity) {
      limits.push({ what: `${p.identity!.kind} identities (${p.name}.${identity.field}: ${identity.maker.form})`, capacity: identity.maker.capacity, needed: (o, schools) => schools * ownerCount(o) * perOwner, hint });
    }
    // Several records of one owner without an identity differ in one field at least, so that
    // no two are the same record (a learner's lessons are in different subjects).
    const distinct = !top && !identity && perOwner > 1 ? distinctField(p, perOwner, school?.param) : undefined;
    for (const [field, schema] of Object.entries(p.properties)) {
      const ref = p.references.find((r) => r.field === field);
      if (distinct?.field === field) {
        fields[field] = distinct.make;
        continue;
      }
      // A field named like the school parameter holds the school's own code.
      if (school && field === school.param && !ref && p.identity?.field !== field) fields[field] = (ctx) => ctx.school.centreCode;
      else if (top) fields[field] = (ctx) => ctx.owner[field];
      else if (identity?.field === field) fields[field] = (ctx) => identity.maker.make(((schoolBlock(ctx) * ownerCount(ctx.options)) + ctx.ownerIndex) * perOwner + ctx.index, ctx);
      else if (!ref) fields[field] = fieldOf(schema, field);
      if (ref && ref.kind === owner && !top) fields[field] = (ctx) => ctx.owner[owners[owner]!.idField];
      else if (ref) fields[field] = refTo(ref.kind, owners, p.name);
    }
    collections[p.name] = { api: 'openapi', path: p.name, route, schemas, owner, ...(perOwner === 1 ? {} : { count: () => perOwner }), ...(top || owner === p.name ? {} : { fixedCount: perOwner }), fields };
  }
  if (school && codes.length > 0 && exhaustive) {
    limits.push({ what: `values of ${school.param}`, capacity: codes.length, needed: (_o, schools) => schools, hint: `Give at most ${codes.length} schools.` });
  }
  return {
    entities,
    collections,
    owners,
    api: api as ApiShape,
    ownerFields: false,
    references,
    limits,
    ...(codes.length > 0 ? { schoolCodes: codes } : {}),
    ...(school ? { schoolParam: { name: school.param, schema: school.schema, ...(Array.isArray(school.schema.enum) ? { values: codes } : {}) } } : {}),
  };
}

/**
 * The first field whose schema has at least `perOwner` values to give (a date, an enum, a
 * bounded integer), drawn for each owner as a permutation: distinct within the owner.
 */
function distinctField(p: Planned, perOwner: number, schoolParam: string | undefined): { field: string; make: RecordField } | undefined {
  const candidates = Object.entries(p.properties).filter(([field]) => field !== schoolParam && !p.references.some((r) => r.field === field));
  for (const [field, raw] of [...candidates.filter(([, s]) => effective(s).format === 'date'), ...candidates]) {
    const schema = effective(raw);
    const key = (ctx: Parameters<RecordField>[0]) => `distinct${KEY}${p.name}${KEY}${field}${KEY}${ctx.ownerIndex}`;
    if (schema.format === 'date' && typeOf(schema) === 'string' && !schema.pattern) {
      const days = 730;
      if (days < perOwner) continue;
      return { field, make: (ctx) => new Date(Date.UTC(ctx.options.schoolYear - 1, 0, 1) + ctx.permute(key(ctx), days, ctx.index) * 86_400_000).toISOString().slice(0, 10) };
    }
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((v) => v !== null);
      if (values.length >= perOwner) return { field, make: (ctx) => values[ctx.permute(key(ctx), values.length, ctx.index)] };
      continue;
    }
    if (typeOf(schema) === 'integer' && typeof schema.minimum === 'number' && typeof schema.maximum === 'number' && schema.multipleOf === undefined) {
      const low = Math.ceil(schema.minimum);
      const size = Math.floor(schema.maximum) - low + 1;
      if (size >= perOwner) return { field, make: (ctx) => low + ctx.permute(key(ctx), size, ctx.index) };
    }
  }
  return undefined;
}

/** A reference to a `kind` drawn from the school's records of that kind, by this record's own stream. */
function refTo(kind: string, owners: Record<string, OwnerSpec>, from: string): RecordField {
  return (ctx) => {
    const count = owners[kind]!.count(ctx.options);
    if (count === 0) return null;
    const index = ctx.keyed('ref', from, kind, ctx.ownerIndex, ctx.index).int(0, count - 1);
    return ctx.entity(kind, index)[owners[kind]!.idField];
  };
}

/** The report as lines a person reads at start-up. */
export function renderReport(report: OpenApiReport): string[] {
  const lines = report.collections.map((c) => {
    const id = c.identity ? `identity ${c.identity.field} (${c.identity.kind}${c.identity.how === 'inferred' ? ', inferred' : ''})` : 'no identity';
    const refs = c.references.map((r) => `${r.field} → ${r.kind}${r.how === 'inferred' ? ' (inferred)' : ''}`).join(', ');
    return `  ${c.name.padEnd(20)} ${c.path}: ${id}${refs ? `; refers ${refs}` : ''}; ${c.count}`;
  });
  return [
    `seedhub serves ${report.collections.length} collections:`,
    ...lines,
    ...report.notServed.map((n) => `  not served: ${n.method} ${n.path} (${n.why})`),
    ...report.unsupported.map((u) => `  served in a nearer form: ${u}`),
    ...report.notes.map((n) => `  note: ${n}`),
  ];
}
