// Identities and references of a document's collections, in the conventions real documents
// use: `x-seedhub-id`/`x-seedhub-ref` where the document says, the caller's `relations`, and
// otherwise names: an identity `sourcedId`, `{kind}Id`, `{kind}_id`, `id` or `uuid`; a
// reference a property named after another kind's identity (`learnerId`, `account_id`), a
// reference object named after its target (`school: { sourcedId, href, type }`, `students: [...]`),
// or a natural key (`studentReference: { studentUniqueId, link }`).
import { OpenApiError } from '../errors.ts';
import { aliases, nameKey, singular, type Planned, type Relation } from './collections.ts';
import { effective, typeOf, type Schema } from './values.ts';

export interface RelationOptions {
  /**
   * Identities and references to set or undo, as `"collection.field": kind` (a reference),
   * `"collection.field": "=kind"` (the collection's identity) or `null` (neither).
   */
  relations?: Readonly<Record<string, string | null>>;
}

/** Names of an identity, by how sure they are. */
const IDENTITY_NAMES = (kind: string) => ['sourcedId', `${kind}Id`, `${kind}_id`, `${kind}ID`, 'id', 'uuid', 'guid'];
/** Entity names seedhub's generator keeps for itself. */
const RESERVED_KINDS = new Set(['school']);

/** Keys of a reference object that describe the reference itself, never copied from the target. */
const REF_META = new Set(['link', 'href', 'type', 'rel', 'url', 'uri']);

/** Keys of a reference object that hold its target's identity. */
const REF_KEYS = ['sourcedId', 'id', 'uuid'];

const isScalar = (schema: Schema) => ['string', 'integer', 'number'].includes(typeOf(effective(schema)) ?? 'string');

/** The identity of a collection: the document's or the caller's word, else the first name that says so. */
function identityOf(p: Planned, set: Readonly<Record<string, string | null>>): Relation | undefined {
  for (const [field, schema] of Object.entries(p.properties)) {
    const key = `${p.name}.${field}`;
    if (key in set) {
      const value = set[key];
      if (typeof value === 'string' && value.startsWith('=')) return { field, kind: value.slice(1), how: 'option' };
      continue;
    }
    if (typeof schema['x-seedhub-id'] === 'string') return { field, kind: schema['x-seedhub-id'], how: 'x-seedhub' };
  }
  const named = singular(p.name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()));
  // A kind of records must not take the name of seedhub's own school entity.
  const kind = RESERVED_KINDS.has(named) ? `${named}Record` : named;
  const byKey = new Map(Object.keys(p.properties).map((f) => [f.toLowerCase(), f]));
  for (const name of IDENTITY_NAMES(named)) {
    const field = byKey.get(name.toLowerCase());
    if (field && !(`${p.name}.${field}` in set) && isScalar(p.properties[field]!)) return { field, kind, how: 'inferred' };
  }
  return undefined;
}

/** The object schema a property holds (itself, or its array's items), and whether it is an array. */
function objectOf(schema: Schema): { object: Schema; many: boolean } | undefined {
  const s = effective(schema);
  if (typeOf(s) === 'array') {
    const items = effective((s.items ?? {}) as Schema);
    return typeOf(items) === 'object' ? { object: items, many: true } : undefined;
  }
  return typeOf(s) === 'object' ? { object: s, many: false } : undefined;
}

/** A reference a property makes by its shape and name, or undefined. */
function inferred(field: string, schema: Schema, self: Planned, byName: Map<string, Planned>, identities: readonly Relation[]): Relation | undefined {
  const target = (word: string) => byName.get(nameKey(word));
  const held = objectOf(schema);
  if (held) {
    const keys = Object.keys((held.object.properties ?? {}) as object);
    // The target is the one the property is named after: `school`, `students`, `studentReference`.
    const named = target(field.replace(/Reference$/, ''));
    if (!named?.identity || named === self) return undefined;
    const shared = keys.filter((k) => !REF_META.has(k) && k in named.properties && isScalar(named.properties[k]!) && isScalar(((held.object.properties ?? {}) as Record<string, Schema>)[k]!));
    // The key that holds the target's value: its identity ({ sourcedId, href }), else an ID
    // key, else a natural key ({ studentUniqueId, link }); the other shared keys are copied.
    // A natural key says it is one (`studentUniqueId`): two records that share a `bsb` are not one.
    const via = shared.find((k) => k === named.identity!.field) ?? keys.find((k) => REF_KEYS.includes(k) && !(k in named.properties)) ?? shared.find((k) => /(id|identifier)$/i.test(k));
    if (!via) return undefined;
    const key = via in named.properties && via !== named.identity.field ? via : undefined;
    const copies = shared.filter((k) => k !== via);
    return { field, kind: named.identity.kind, how: 'inferred', via, ...(key ? { key } : {}), ...(held.many ? { many: true } : {}), ...(copies.length > 0 ? { copies } : {}) };
  }
  if (!isScalar(schema)) return undefined;
  // A property named like another collection's identity (learnerId), or `{kind}Id`, `{kind}_id`.
  const match = identities.find((id) => (id.field !== 'id' && id.field !== 'sourcedId' && id.field === field && id.kind !== self.identity?.kind) || nameKey(`${id.kind}Id`) === nameKey(field) || nameKey(`${id.kind}_id`) === nameKey(field));
  if (match && match.kind !== self.identity?.kind) return { field, kind: match.kind, how: 'inferred' };
  const base = /^(.+?)_?id$/i.exec(field)?.[1];
  const named = base ? target(base) : undefined;
  if (named?.identity && named !== self) return { field, kind: named.identity.kind, how: 'inferred' };
  return undefined;
}

/** Identities and references of every collection: the document's, the caller's, then inferred. */
export function relate(planned: Planned[], options: RelationOptions): void {
  const set = options.relations ?? {};
  for (const p of planned) {
    const identity = identityOf(p, set);
    if (identity) p.identity = identity;
  }
  const identities = planned.filter((p) => p.identity).map((p) => p.identity!);
  const byName = aliases(planned);
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
        const found = inferred(field, schema, p, byName, identities);
        if (found) p.references.push(found);
      }
    }
  }
  // References one level down, inside a field's objects: `roles: [{ org: { sourcedId } }]`, `location: { schoolId }`.
  for (const p of planned) {
    for (const [field, schema] of Object.entries(p.properties)) {
      if (p.identity?.field === field || p.references.some((r) => r.field === field)) continue;
      const held = objectOf(schema);
      for (const [inner, innerSchema] of Object.entries((held?.object.properties ?? {}) as Record<string, Schema>)) {
        const found = `${p.name}.${field}.${inner}` in set ? undefined : inferred(inner, innerSchema, p, byName, identities);
        if (found) (p.nested ??= []).push({ ...found, field: `${field}.${inner}` });
      }
    }
  }
  const kinds = new Set(identities.map((i) => i.kind));
  for (const p of planned) {
    const unknown = p.references.find((r) => !kinds.has(r.kind));
    if (unknown) throw new OpenApiError(`Failed to read the OpenAPI document at ${p.list.at}: ${p.name}.${unknown.field} refers to "${unknown.kind}", which no collection has as its identity (x-seedhub-id).`);
  }
}
