// The contract in: a seedhub model from any hub's OpenAPI document. Collections come from
// its list operations, fields from each property's JSON Schema, identities and references
// from `x-seedhub-id` / `x-seedhub-ref` (or, without them, from property names), paging and
// envelope from its parameters and answer schemas. The model is an ordinary model: keyed
// generation, the hub, transports, consistency and goldens never know where it came from.
import { centreCodesFor } from '../generate/centre-codes.ts';
import { SCHOOL_PARAM, type ApiShape } from '../model/api.ts';
import { schoolCodeFits } from '../options.ts';
import type { BaseContext, CollectionSpec, Entity, EntityContext, EntitySpec, FieldSchema, Model, ModelLimit, ModelReferences, OwnerSpec, RecordField } from '../model/types.ts';
import type { ResolvedOptions } from '../options.ts';
import { keyOf } from '../generate/keyed-random.ts';
import { from30 } from '../contract/dialect.ts';
import { identityMaker, schoolValues } from './identity.ts';
import type { OpenApiInput } from './load.ts';
import type { ListOperation } from './shape.ts';
import { analyse, STAFF_NAMES, type OpenApiModelOptions, type Planned } from './plan.ts';
import { effective, typeOf, unsupported, valueFor, type Schema } from './values.ts';
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

/** A reference to a `kind` drawn from the school's records of that kind, by this record's own stream. */
function refTo(kind: string, owners: Record<string, OwnerSpec>, from: string): RecordField {
  return (ctx) => {
    const count = owners[kind]!.count(ctx.options);
    if (count === 0) return null;
    const index = ctx.keyed('ref', from, kind, ctx.ownerIndex, ctx.index).int(0, count - 1);
    return ctx.entity(kind, index)[owners[kind]!.idField];
  };
}
