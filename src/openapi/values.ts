// Values from JSON Schemas, for models built from OpenAPI documents: every value satisfies
// its schema (type, format, enum, bounds, lengths, pattern, required and
// additionalProperties), drawn from the field's own keyed stream, and fields whose names
// say what they hold (givenName, postcode, phone) look real. A schema feature this does not
// support is served in its nearest supported form; `unsupported` lists what those are.
import randexp from 'randexp';
import { NAME_WORDS } from '../model/vocab/places.ts';
import { cappedPattern, capsPassed, VALUE_CAPS } from './caps.ts';
import { dateFor, emailFor, isSecret, nameFor, stringByName, USUAL_STATUS, type NamedContext } from './by-name.ts';

export type Schema = Record<string, unknown>;

// randexp is CommonJS: its module is the class, though its types describe it as `default`.
const RandExp = randexp as unknown as typeof randexp.default;

/**
 * What seedhub uses of a randexp generator. Declared here, so no declaration file of
 * seedhub's names randexp's types, which read differently as CommonJS and as ES modules.
 */
export interface PatternMaker {
  /** Where every choice comes from: set by the caller to a seeded stream. */
  randInt: (from: number, to: number) => number;
  gen(): string;
}

/**
 * A generator of strings of `pattern` (randexp): at most 8 repeats of an unbounded
 * quantifier and VALUE_CAPS.patternRepeat of a bounded one, and letters and digits for `.`
 * and negated classes. Its `randInt` is the
 * caller's, so every choice it makes comes from a seeded stream.
 */
export function patternMaker(pattern: string): PatternMaker {
  const maker = new RandExp(new RegExp(cappedPattern(pattern)));
  maker.max = 8;
  for (const [from, to] of [[0, 47], [58, 64], [91, 96], [123, 0xffff]] as const) maker.defaultRange.subtract(from, to);
  return maker;
}

/**
 * What a value is made from: the field's stream, a UUID maker, the school year for dates,
 * the record's fields made so far (an email address follows its record's names), and the
 * maker of references held inside the field (`roles: [{ org: { sourcedId } }]`).
 */
export interface ValueContext extends NamedContext {
  uuid(): string;
  /** The values left to the record (VALUE_CAPS.recordValues), shared by all its fields. */
  budget?: { left: number };
  /** A value for property `name` of schema `schema` inside the field when it is a reference, else undefined. */
  refer?: (name: string, schema: Schema) => unknown;
}

/** The keywords this generator honours; any other is reported once and ignored. */
export const SUPPORTED = new Set([
  'type', 'format', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength',
  'maxLength', 'pattern', 'items', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties', 'oneOf', 'anyOf',
  'allOf', 'nullable', 'default', 'example', 'examples', 'description', 'title', 'deprecated', 'readOnly', 'writeOnly', '$ref',
  'x-seedhub-id', 'x-seedhub-ref', 'x-seedhub-count', 'contentEncoding', 'contentMediaType', '$schema', '$id', 'discriminator', 'xml', 'externalDocs',
]);

/** Schema keywords a document uses that this generator does not honour, with where. */
export function unsupported(schema: unknown, at: string, out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof schema !== 'object' || schema === null) return out;
  const s = schema as Schema;
  for (const key of Object.keys(s)) if (!SUPPORTED.has(key) && !key.startsWith('x-') && !out.has(key)) out.set(key, `${at}/${key}`);
  for (const passed of capsPassed(s)) if (!out.has(passed)) out.set(passed, at);
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) {
    const branches = (s.oneOf ?? s.anyOf) as unknown[];
    const constants = branches.every((b) => typeof b === 'object' && b !== null && 'const' in b);
    if (!constants && branches.filter((b) => typeOf(effective(b as Schema)) !== 'null').length > 1 && !out.has(s.oneOf ? 'oneOf' : 'anyOf')) {
      out.set(s.oneOf ? 'oneOf' : 'anyOf', `${at}/${s.oneOf ? 'oneOf' : 'anyOf'} (served as its first branch)`);
    }
  }
  for (const [key, inner] of Object.entries((s.properties as Record<string, unknown>) ?? {})) unsupported(inner, `${at}/properties/${key}`, out);
  if (s.items) unsupported(s.items, `${at}/items`, out);
  for (const part of [...((s.allOf as unknown[]) ?? []), ...((s.oneOf as unknown[]) ?? []), ...((s.anyOf as unknown[]) ?? [])]) unsupported(part, at, out);
  return out;
}

/** The schema's main type, `null` for a null-only schema. */
export function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return (schema.type as string[]).find((t) => t !== 'null') ?? 'null';
  if (typeof schema.type === 'string') return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

/** Whether null is allowed. */
const nullable = (schema: Schema) => schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));

/** allOf merged, oneOf/anyOf as their first non-null branch: the one form values are made for. */
export function effective(schema: Schema): Schema {
  let s = schema;
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as Schema[]).map(effective);
    const merged: Schema = { ...s, allOf: undefined };
    for (const part of parts) {
      Object.assign(merged, { ...part, properties: { ...(merged.properties as object), ...(part.properties as object) }, required: [...new Set([...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])])] });
    }
    s = merged;
  }
  const branches = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  // A oneOf of constants (codes with their labels) is an enum.
  if (Array.isArray(branches) && branches.length > 0 && branches.every((b) => typeof b === 'object' && b !== null && 'const' in b)) {
    return { ...s, oneOf: undefined, anyOf: undefined, enum: branches.map((b) => b.const) };
  }
  if (Array.isArray(branches)) {
    const real = branches.filter((b) => typeOf(b) !== 'null');
    const first = effective(real[0] ?? branches[0] ?? {});
    s = { ...s, oneOf: undefined, anyOf: undefined, ...first, ...(real.length < branches.length ? { nullable: true } : {}) };
  }
  return s;
}

function stringFor(schema: Schema, ctx: ValueContext, name: string): string {
  const { rng } = ctx;
  const min = Math.min(typeof schema.minLength === 'number' ? schema.minLength : 0, VALUE_CAPS.stringLength);
  const max = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : Infinity, VALUE_CAPS.stringLength);
  const fit = (text: string) => {
    let out = text.slice(0, max);
    while (out.length < min) out += 'x';
    return out;
  };
  // A secret is masked, whatever else its schema says of it.
  if (isSecret(name) && typeof schema.pattern !== 'string') return fit('********');
  if (typeof schema.pattern === 'string') {
    const maker = patternMaker(schema.pattern);
    maker.randInt = (a: number, b: number) => rng.int(a, b);
    return maker.gen().slice(0, VALUE_CAPS.stringLength);
  }
  switch (schema.format) {
    case 'date':
      return dateFor(ctx, name, false);
    case 'date-time':
      return dateFor(ctx, name, true);
    case 'uuid':
      return ctx.uuid();
    case 'email':
      return emailFor(ctx);
    case 'uri':
    case 'url':
      return `https://example.org/${name.toLowerCase().replace(/[^a-z0-9]/g, '') || 'record'}/${rng.int(1, 99999)}`;
    case 'ipv4':
      // TEST-NET-3 (RFC 5737): addresses for documentation, never a real host's.
      return `203.0.113.${rng.int(1, 254)}`;
    case 'ipv6':
      return `2001:db8::${rng.int(1, 0xffff).toString(16)}`;
    default:
  }
  const examples = [...(Array.isArray(schema.examples) ? schema.examples : []), ...(schema.example !== undefined ? [schema.example] : [])].filter((e) => typeof e === 'string') as string[];
  if (examples.length > 0) return fit(rng.pick(examples));
  const byName = stringByName(ctx, name);
  if (byName !== undefined) return fit(byName);
  const words = rng.int(1, 3);
  return fit(Array.from({ length: words }, () => rng.pick(NAME_WORDS)).join(' '));
}

function numberFor(schema: Schema, ctx: ValueContext, integer: boolean): number {
  const nudge = integer ? 1 : 0.01;
  // OpenAPI 3.0 says `exclusiveMinimum: true` beside `minimum`; 3.1 gives the bound itself.
  const low = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + nudge
    : typeof schema.minimum === 'number' ? schema.minimum + (schema.exclusiveMinimum === true ? nudge : 0) : 0;
  const high = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - nudge
    : typeof schema.maximum === 'number' ? schema.maximum - (schema.exclusiveMaximum === true ? nudge : 0) : Math.max(low, 0) + 100;
  const step = typeof schema.multipleOf === 'number' ? schema.multipleOf : integer ? 1 : 0.01;
  const first = Math.ceil(low / step);
  const last = Math.floor(high / step);
  const value = ctx.rng.int(first, Math.max(first, last)) * step;
  return integer ? Math.round(value) : Number(value.toFixed(6));
}

/**
 * A value that satisfies `schema` (a property named `name`), from the context's stream.
 * @example valueFor({ type: 'string', format: 'date' }, ctx, 'enrolledOn')
 */
export function valueFor(raw: Schema, ctx: ValueContext, name: string, depth = 0): unknown {
  const schema = effective(raw);
  const { rng } = ctx;
  // A record of more values than the cap holds no more: empty arrays and objects, short strings.
  const spent = ctx.budget !== undefined && --ctx.budget.left < 0;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    // A status is mostly the usual one (`active`): a guess, said in docs/data-model.md.
    const usual = /status/i.test(name) ? schema.enum.find((v) => typeof v === 'string' && USUAL_STATUS.test(v)) : undefined;
    return usual !== undefined && rng.chance(0.9) ? usual : rng.pick(schema.enum);
  }
  if (nullable(schema) && rng.chance(0.1)) return null;
  const type = typeOf(schema);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return rng.chance(0.5);
    case 'integer':
      if (/^(school_?)?year$/i.test(name) && schema.minimum === undefined && schema.maximum === undefined) return ctx.schoolYear;
      return numberFor(schema, ctx, true);
    case 'number':
      return numberFor(schema, ctx, false);
    case 'array': {
      if (spent) return [];
      const min = Math.min(typeof schema.minItems === 'number' ? schema.minItems : depth > 2 ? 0 : 1, VALUE_CAPS.arrayItems);
      const max = Math.min(Math.max(min, typeof schema.maxItems === 'number' ? Math.min(schema.maxItems, min + 3) : min + 2), VALUE_CAPS.arrayItems);
      const items = (schema.items ?? {}) as Schema;
      const out: unknown[] = [];
      const count = rng.int(min, max);
      for (let i = 0; i < count * 3 && out.length < count; i++) {
        const value = valueFor(items, ctx, name, depth + 1);
        if (schema.uniqueItems && out.some((v) => JSON.stringify(v) === JSON.stringify(value))) continue;
        out.push(value);
      }
      return out;
    }
    case 'object': {
      if (spent) return {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(properties)) {
        // Names inside the object are read beside the record's (an email from `name.first`).
        const within = { ...ctx, record: { ...ctx.record, ...out } };
        const referred = ctx.refer?.(key, inner);
        out[key] = referred !== undefined ? referred : valueFor(inner, within, nameFor(key, inner, name), depth + 1);
      }
      return out;
    }
    default: {
      // No type: a string is the nearest thing that most documents mean.
      if (spent) return '';
      const text = stringFor(schema, ctx, nameFor(name, schema));
      // Long strings spend more of the record's values: a record stays within about a megabyte.
      if (ctx.budget) ctx.budget.left -= text.length >> 6;
      return text;
    }
  }
}
