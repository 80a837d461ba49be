// Reference fields of a model from an OpenAPI document: each draws the index of a record of
// its target kind from its own keyed stream and gives that record's identity (or natural
// key), made from the index alone, so no target record is built and no chain of references
// can loop. A reference object (`{ sourcedId, href, type }`, `{ studentUniqueId, link }`) is
// filled around the value: the `href` of the target's item route, the `type` that names it;
// an array of references holds one to three distinct targets.
import type { BaseContext, Entity } from '../model/types.ts';
import type { Relation } from './collections.ts';
import type { KindValues } from './model.ts';
import { effective, typeOf, valueFor, type Schema } from './values.ts';

/** What a reference is drawn in: the record's context, with its school and index. */
export type ReferenceContext = BaseContext & { school: Entity; index?: number | string; ownerIndex?: number };
type Context = ReferenceContext;

/** The reference object for one target: its key property, what it copies of the target, and the others filled to fit. */
function objectFor(schema: Schema, ref: Relation, value: unknown, copied: (field: string) => unknown, href: string, ctx: Context): Record<string, unknown> {
  const { via, kind, field: name } = ref;
  const properties = (effective(schema).properties ?? {}) as Record<string, Schema>;
  const out: Record<string, unknown> = {};
  const vocabulary = { rng: ctx.rng, uuid: () => ctx.faker.string.uuid(), schoolYear: ctx.options.schoolYear, record: out };
  for (const [key, inner] of Object.entries(properties)) {
    const s = effective(inner);
    if (key === via) out[key] = value;
    else if (ref.copies?.includes(key)) out[key] = copied(key);
    else if (/^href$|^url$|^uri$/i.test(key) && typeOf(s) !== 'object') out[key] = href;
    else if (key === 'link' && typeOf(s) === 'object') {
      const link = (s.properties ?? {}) as Record<string, Schema>;
      out[key] = Object.fromEntries(Object.keys(link).map((k) => [k, k === 'href' ? href : k === 'rel' ? kind : valueFor(link[k]!, vocabulary, k)]));
    } else if (key === 'type' && Array.isArray(s.enum)) {
      const named = s.enum.find((v) => typeof v === 'string' && (v.toLowerCase() === kind.toLowerCase() || name.toLowerCase().startsWith(v.toLowerCase())));
      out[key] = named ?? s.enum[0];
    } else out[key] = valueFor(inner, vocabulary, key);
  }
  return out;
}

/**
 * A field generator for `ref`: a field of schema `schema` of collection `from` whose value is
 * a reference to `ref.kind`.
 */
export function referenceField(ref: Relation, schema: Schema, kinds: KindValues, hrefOf: (kind: string, id: unknown, school: string) => string, from: string) {
  return (ctx: Context): unknown => {
    const count = kinds.count(ref.kind, ctx.options);
    if (count === 0) return ref.many ? [] : null;
    // A record's target is drawn by its owner and index (an entity's by its index); a
    // reference object or list by its field too, so two of them to one kind differ.
    const owner = ctx.ownerIndex ?? Number(ctx.index ?? 0);
    const index = ctx.ownerIndex === undefined ? 0 : Number(ctx.index ?? 0);
    const draw = ref.via || ref.many ? ctx.keyed('ref', from, ref.field, ref.kind, owner, index) : ctx.keyed('ref', from, ref.kind, owner, index);
    const one = (target: number) => {
      const value = kinds.value(ref.kind, ref.key ?? kinds.identityField(ref.kind), target, ctx);
      if (!ref.via) return value;
      const id = ref.key ? kinds.value(ref.kind, kinds.identityField(ref.kind), target, ctx) : value;
      const object = ref.many ? (effective(schema).items as Schema) : schema;
      return objectFor(object, ref, value, (field) => kinds.value(ref.kind, field, target, ctx), hrefOf(ref.kind, id, String(ctx.school.centreCode)), ctx);
    };
    if (!ref.many) return one(draw.int(0, count - 1));
    const s = effective(schema);
    const min = typeof s.minItems === 'number' ? s.minItems : 1;
    const wanted = Math.min(count, Math.max(min, draw.int(1, 3)), typeof s.maxItems === 'number' ? s.maxItems : Infinity);
    const chosen = new Set<number>();
    while (chosen.size < wanted) chosen.add(draw.int(0, count - 1));
    return [...chosen].sort((a, b) => a - b).map(one);
  };
}
