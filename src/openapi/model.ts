// The contract in: a seedhub model from any hub's OpenAPI document. Collections come from
// its operations (lists and single items), fields from each property's JSON Schema,
// identities and references from `x-seedhub-id` / `x-seedhub-ref` or the conventions real
// documents use (relations.ts), each operation's paging and envelope from its parameters and
// answer schema, and each path parameter's meaning from the document's structure
// (bindings.ts). The model is an ordinary model: keyed generation, the hub, transports,
// consistency and goldens never know where it came from.
import { from30 } from '../contract/dialect.ts';
import { centreCodesFor } from '../generate/centre-codes.ts';
import { keyOf } from '../generate/keyed-random.ts';
import { SCHOOL_PARAM, type ApiShape } from '../model/api.ts';
import type { Operation } from '../model/operations.ts';
import type { BaseContext, CollectionSpec, Entity, EntityContext, EntitySpec, FieldSchema, Model, ModelLimit, ModelReferences, OwnerSpec, RecordField } from '../model/types.ts';
import { schoolCodeFits, type ResolvedOptions } from '../options.ts';
import type { Tenant } from './bindings.ts';
import { identityMaker, schoolValues, type IdentityMaker } from './identity.ts';
import type { OpenApiInput } from './load.ts';
import { analyse, STAFF_NAMES, type OpenApiModelOptions, type Planned, type Relation } from './plan.ts';
import { referenceField, type ReferenceContext } from './references.ts';
import { budgetOf } from './caps.ts';
import { effective, typeOf, valueFor, type Schema } from './values.ts';

/** Fields whose values are made of the record's names. */
const MADE_OF_NAMES = /e_?mail|user_?name|login|^(full_?|display_?)?name$/i;

/** The one school of a hub whose document names no tenant. */
export const SOLE_TENANT = 'hub';

type Referrer = (ref: Relation, schema: Schema, from: string) => (ctx: ReferenceContext) => unknown;

/**
 * A field generator over a property's schema, keyed as every seedhub field is; references
 * inside its objects (`roles[].org`) drawn from the field's own stream.
 */
function fieldOf(schema: Schema, name: string, p: Planned, refer: Referrer): (ctx: BaseContext) => unknown {
  const inner = new Map((p.nested ?? []).filter((r) => r.field.startsWith(`${name}.`)).map((r) => [r.field.slice(name.length + 1), r]));
  const makers = new Map([...inner].map(([key, ref]) => [key, (s: Schema) => refer({ ...ref, field: key }, s, p.name)]));
  return (ctx) => {
    const within = { ...ctx, keyed: () => ctx.rng } as unknown as ReferenceContext;
    const referTo = makers.size === 0 ? undefined : (key: string, s: Schema) => makers.get(key)?.(s)(within);
    return valueFor(schema, { rng: ctx.rng, uuid: () => ctx.faker.string.uuid(), schoolYear: ctx.options.schoolYear, record: ctx.record, of: p.name, budget: budgetOf(ctx.record), ...(referTo ? { refer: referTo } : {}) }, name);
  };
}

/** The school's position among the hub's schools: each school's identities are a block of their own. */
function ordinals(named: readonly string[] | undefined) {
  const cache = new WeakMap<ResolvedOptions, Map<string, number>>();
  return (options: ResolvedOptions, code: string): number => {
    let found = cache.get(options);
    if (!found) cache.set(options, (found = new Map(centreCodesFor(options, named).map((c, i) => [c, i]))));
    return found.get(code) ?? 0;
  };
}

/** The values the tenant parameter takes: the document's, then generated ones where its schema is narrow. */
function schoolCodesOf(tenant: Tenant | undefined): { codes: string[]; exhaustive: boolean } {
  if (!tenant) return { codes: [SOLE_TENANT], exhaustive: true };
  const { schema } = tenant;
  if (Array.isArray(schema.enum)) return { codes: [...new Set(schema.enum.map(String))], exhaustive: true };
  const examples = [...(Array.isArray(schema.examples) ? schema.examples : []), ...(schema.example !== undefined ? [schema.example] : [])].map(String);
  const fits = (code: string) => schoolCodeFits(code, schema);
  // A plain string takes seedhub's centre codes; a pattern or a number, values of its own.
  const own = typeof schema.pattern === 'string' || ['integer', 'number'].includes(typeOf(schema) ?? '') ? schoolValues(schema, 1000) : [];
  const codes = [...new Set([...examples, ...own].filter(fits))];
  return { codes, exhaustive: own.length > 0 };
}

/** How a kind's identity (or a natural key of it) is made from a record's index in the hub. */
export interface KindValues {
  /** The field's value for record `index` of the school the context is in. */
  value(kind: string, field: string, index: number, ctx: BaseContext & { school: Entity }): unknown;
  count(kind: string, options: ResolvedOptions): number;
  identityField(kind: string): string;
}

/**
 * A seedhub model from a hub's OpenAPI document (an object: parse YAML or JSON first).
 * Every generated record satisfies its schema, and references resolve within a school.
 * @example const model = modelFromOpenAPI(parseOpenApi(await readFile('hub.yaml', 'utf8')))
 */
export function modelFromOpenAPI(document: OpenApiInput, options: OpenApiModelOptions = {}): Model {
  const { placed, bound, tenant } = analyse(document, options);
  const dialect30 = /^3\.0\./.test(String(document.openapi));
  const { codes, exhaustive } = schoolCodesOf(tenant);
  const ordinalOf = ordinals(codes.length > 0 ? codes : undefined);
  const owners: Record<string, OwnerSpec> = {};
  const entities: Record<string, EntitySpec> = { school: { fields: { ordinal: (ctx) => ordinalOf(ctx.options, String(ctx.school.centreCode)) } } };
  const limits: ModelLimit[] = [];
  const hint = 'Lower schools or the counts, or let the schema allow more values.';
  const schoolBlock = (ctx: BaseContext & { school: Entity }) => Number(ctx.school.ordinal);
  const top = placed.filter((c) => c.top);

  // A kind's identity and its natural keys are made from the record's index alone, so that a
  // reference draws the index of its target and never builds the target record.
  const makers = new Map<string, Map<string, IdentityMaker>>();
  const kindOf = new Map(top.map(({ p }) => [p.identity!.kind, p]));
  for (const { p } of top) makers.set(p.identity!.kind, new Map([[p.identity!.field, identityMaker(p.properties[p.identity!.field]!, p.identity!.kind)]]));
  for (const { p } of placed) {
    for (const ref of [...p.references, ...(p.nested ?? [])]) {
      const target = kindOf.get(ref.kind);
      // A natural key, and whatever a reference object copies from its target, are made from the index too.
      for (const field of [...(ref.key ? [ref.key] : []), ...(ref.copies ?? [])]) {
        if (target && !makers.get(ref.kind)!.has(field)) makers.get(ref.kind)!.set(field, identityMaker(target.properties[field]!, `${ref.kind}-${field}`));
      }
    }
  }
  const counts = new Map(top.map(({ p }) => [p.identity!.kind, (o: ResolvedOptions) => p.list.count ?? (STAFF_NAMES.test(p.name) ? o.staffPerSchool : o.studentsPerSchool)]));
  const kinds: KindValues = {
    value: (kind, field, index, ctx) => makers.get(kind)!.get(field)!.make(schoolBlock(ctx) * counts.get(kind)!(ctx.options) + index, ctx),
    count: (kind, o) => counts.get(kind)?.(o) ?? 0,
    identityField: (kind) => kindOf.get(kind)!.identity!.field,
  };
  const base = hrefBase(document);
  // A reference's href is its target's own item route (`/orgs/{id}`, not `/schools/{id}`, which serves some orgs).
  const itemPaths = new Map(bound.filter((b) => b.operation.kind === 'item' && !b.only && b.params.every((p) => p.binds !== 'parent')).reverse().map((b) => [b.collection.identity?.kind ?? '', b]));
  const hrefOf = (kind: string, id: unknown, school: string) => {
    const item = itemPaths.get(kind);
    if (!item) return `${base}/${encodeURIComponent(kind)}/${encodeURIComponent(String(id))}`;
    return `${base}${item.params.reduce((path, p) => path.replace(`{${p.name}}`, encodeURIComponent(p.binds === 'school' ? school : String(id))), item.operation.path)}`;
  };

  const refer: Referrer = (ref, schema, from) => referenceField(ref, schema, kinds, hrefOf, from);
  // Top-level kinds first: every other collection draws on them.
  for (const { p } of top) {
    const { kind, field } = p.identity!;
    const fixed = p.list.count;
    const count = counts.get(kind)!;
    owners[kind] = { idField: field, count, ...(fixed === undefined ? {} : { fixedCount: fixed }) };
    for (const [key, maker] of makers.get(kind)!) limits.push({ what: `${kind} ${key === field ? 'identities' : `${key} values`} (${p.name}.${key}: ${maker.form})`, capacity: maker.capacity, needed: (o, schools) => schools * count(o), hint });
    // Fields made of the record's names (an email, a username) are made after the names; the
    // records the lists serve read them back in the document's order.
    const afterNames = Object.entries(p.properties).sort(([a], [b]) => Number(MADE_OF_NAMES.test(a)) - Number(MADE_OF_NAMES.test(b)));
    entities[kind] = {
      fields: Object.fromEntries(afterNames.map(([name, schema]): [string, (ctx: EntityContext) => unknown] => {
        const ref = p.references.find((r) => r.field === name);
        if (makers.get(kind)!.has(name)) return [name, (ctx) => kinds.value(kind, name, Number(ctx.index), ctx)];
        if (ref) return [name, referenceField(ref, schema, kinds, hrefOf, p.name)];
        if (tenant && name === tenant.param) return [name, (ctx) => ctx.school.centreCode];
        return [name, fieldOf(schema, name, p, refer)];
      })),
    };
  }
  const collections: Record<string, CollectionSpec> = {};
  const references: ModelReferences = { identities: [], references: [] };
  for (const { p, owner, top: isTop, perOwner } of placed) {
    const route = tenant ? p.list.path.replace(`{${tenant.param}}`, SCHOOL_PARAM) : p.list.path;
    // Kept for the document seedhub serves of this hub (OpenAPI 3.1): 3.0's dialect rewritten.
    const schemas = Object.fromEntries(Object.entries(p.properties).map(([field, schema]) => [field, (dialect30 ? from30(schema) : schema) as FieldSchema]));
    if (p.identity) references.identities.push({ collection: p.name, field: p.identity.field, kind: p.identity.kind });
    for (const ref of [...p.references, ...(p.nested ?? [])]) references.references.push({ collection: p.name, field: ref.field, kind: ref.kind, ...(ref.via ? { via: ref.via } : {}), ...(ref.key ? { key: ref.key } : {}), ...(ref.many ? { many: true } : {}) });
    const fields: Record<string, RecordField> = {};
    if (!owners[owner]) {
      // Records of the school itself: an owner of their own, one record each; one record in
      // all when only an item path without an identity serves them (`/store/inventory`).
      const fixed = p.list.count ?? (!p.identity && !p.operations.some((o) => o.kind === 'list') ? 1 : undefined);
      owners[owner] = { idField: '', count: (o) => fixed ?? o.studentsPerSchool, ...(fixed === undefined ? {} : { fixedCount: fixed }) };
      entities[owner] = { fields: {} };
    }
    const ownerCount = owners[owner]!.count;
    const identity = p.identity && !isTop ? { field: p.identity.field, maker: identityMaker(p.properties[p.identity.field]!, p.identity.kind) } : undefined;
    if (identity) {
      limits.push({ what: `${p.identity!.kind} identities (${p.name}.${identity.field}: ${identity.maker.form})`, capacity: identity.maker.capacity, needed: (o, schools) => schools * ownerCount(o) * perOwner, hint });
    }
    // Several records of one owner without an identity differ in one field at least, so that
    // no two are the same record (a learner's lessons are in different subjects).
    const distinct = !isTop && !identity && perOwner > 1 ? distinctField(p, perOwner, tenant?.param) : undefined;
    for (const [field, schema] of Object.entries(p.properties)) {
      const ref = p.references.find((r) => r.field === field);
      if (distinct?.field === field) fields[field] = distinct.make;
      else if (isTop) fields[field] = (ctx) => ctx.owner[field];
      else if (ref && ref.kind === owner && !ref.via) fields[field] = (ctx) => ctx.owner[owners[owner]!.idField];
      else if (ref) fields[field] = referenceField(ref, schema, kinds, hrefOf, p.name);
      // A field named like the school parameter holds the school's own code.
      else if (tenant && field === tenant.param && p.identity?.field !== field) fields[field] = (ctx) => ctx.school.centreCode;
      else if (identity?.field === field) fields[field] = (ctx) => identity.maker.make(((schoolBlock(ctx) * ownerCount(ctx.options)) + ctx.ownerIndex) * perOwner + ctx.index, ctx);
      else fields[field] = fieldOf(schema, field, p, refer);
    }
    collections[p.name] = { api: 'openapi', path: p.name, route, schemas, owner, ...(perOwner === 1 ? {} : { count: () => perOwner }), ...(isTop || owner === p.name ? {} : { fixedCount: perOwner }), fields };
  }
  if (codes.length > 0 && exhaustive) {
    const param = tenant?.param ?? 'its tenant';
    limits.push({ what: `values of ${param}`, capacity: codes.length, needed: (_o, schools) => schools, hint: tenant ? `Give at most ${codes.length} schools.` : 'The document names no tenant, so its hub has one school.' });
  }
  const operations: Operation[] = bound.map(({ operation, collection, params, query, only }) => ({
    path: operation.path,
    collection: collection.name,
    kind: operation.kind,
    params,
    api: operation.api,
    ...(operation.id ? { id: operation.id } : {}),
    ...(query && query.length > 0 ? { query } : {}),
    ...(only ? { only } : {}),
    ...operation.declared,
  }));
  const firstList = bound.find((b) => b.operation.kind === 'list') ?? bound[0]!;
  const schoolSchema = tenant?.schema ?? { type: 'string', enum: [SOLE_TENANT] };
  return {
    entities,
    collections,
    owners,
    api: firstList.operation.api as ApiShape,
    ownerFields: false,
    references,
    limits,
    operations,
    document,
    ...(codes.length > 0 ? { schoolCodes: codes } : {}),
    schoolParam: { name: tenant?.param ?? 'tenant', schema: schoolSchema, ...(Array.isArray(schoolSchema.enum) ? { values: codes } : {}) },
  };
}

/** The origin of the `href`s in records: the document's own server when it names a plain one, else seedhub's. */
function hrefBase(document: OpenApiInput): string {
  const servers = Array.isArray(document.servers) ? (document.servers as { url?: unknown }[]) : [];
  const url = servers.map((s) => s.url).find((u): u is string => typeof u === 'string' && /^https?:\/\/[^{}]+$/.test(u));
  return (url ?? 'https://seedhub.test').replace(/\/$/, '');
}

/**
 * The first field whose schema has at least `perOwner` values to give (a date, an enum, a
 * bounded integer), drawn for each owner as a permutation: distinct within the owner.
 */
function distinctField(p: Planned, perOwner: number, schoolParam: string | undefined): { field: string; make: RecordField } | undefined {
  const candidates = Object.entries(p.properties).filter(([field]) => field !== schoolParam && !p.references.some((r) => r.field === field));
  for (const [field, raw] of [...candidates.filter(([, s]) => effective(s).format === 'date'), ...candidates]) {
    const schema = effective(raw);
    const key = (ctx: Parameters<RecordField>[0]) => keyOf('distinct', p.name, field, ctx.ownerIndex);
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
