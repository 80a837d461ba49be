// Values from JSON Schemas, for models built from OpenAPI documents: every value satisfies
// its schema (type, format, enum, bounds, lengths, pattern, required and
// additionalProperties), drawn from the field's own keyed stream, and fields whose names
// say what they hold (givenName, postcode, phone) look real. A schema feature this does not
// support is served in its nearest supported form; `unsupported` lists what those are.
import randexp from 'randexp';
import { ADULT_NAMES, ENGLISH_FAMILY_NAMES } from '../model/vocab/english-names.ts';
import { LANDFORMS, NAME_WORDS, STREET_TYPES } from '../model/vocab/places.ts';
import { QLD_SUBURBS } from '../model/vocab/qld-suburbs.ts';
import type { Rng } from '../model/types.ts';

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
 * quantifier, and letters and digits for `.` and negated classes. Its `randInt` is the
 * caller's, so every choice it makes comes from a seeded stream.
 */
export function patternMaker(pattern: string): PatternMaker {
  const maker = new RandExp(new RegExp(pattern));
  maker.max = 8;
  for (const [from, to] of [[0, 47], [58, 64], [91, 96], [123, 0xffff]] as const) maker.defaultRange.subtract(from, to);
  return maker;
}

/** What a value is made from: the field's stream, a UUID maker, and the school year for dates. */
export interface ValueContext {
  rng: Rng;
  uuid(): string;
  schoolYear: number;
  /** The record's fields made so far: an email address follows its record's names. */
  record?: Readonly<Record<string, unknown>>;
}

const DAY = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

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

/** Words in a property name that say what it holds, and a maker for each. */
const BY_NAME: readonly [RegExp, (ctx: ValueContext, name: string) => string][] = [
  [/(given|first|middle)_?name$|^forename$/i, ({ rng }) => rng.pick(rng.chance(0.5) ? ADULT_NAMES.female : ADULT_NAMES.male)],
  [/^(family|last|sur)_?name$|^surname$/i, ({ rng }) => rng.pick(ENGLISH_FAMILY_NAMES)],
  [/^(full_?)?name$|^display_?name$/i, ({ rng }) => `${rng.pick(rng.chance(0.5) ? ADULT_NAMES.female : ADULT_NAMES.male)} ${rng.pick(ENGLISH_FAMILY_NAMES)}`],
  [/e_?mail/i, ({ rng, record }) => {
    const named = (pattern: RegExp) => Object.entries(record ?? {}).find(([key, value]) => pattern.test(key) && typeof value === 'string')?.[1] as string | undefined;
    const given = named(/^(given|first)_?name$|^forename$/i) ?? rng.pick(ADULT_NAMES.female);
    const family = named(/^(family|last|sur)_?name$|^surname$/i) ?? rng.pick(ENGLISH_FAMILY_NAMES);
    return `${given.toLowerCase().replace(/[^a-z]/g, '')}.${family.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(1, 99)}@example.com`;
  }],
  [/phone|mobile|telephone/i, ({ rng }) => `(07) ${rng.chance(0.5) ? '5550' : '7010'} ${pad(rng.int(0, 9999), 4)}`],
  [/post_?code|zip/i, ({ rng }) => rng.pick(QLD_SUBURBS)[1]],
  [/suburb|city|locality|town/i, ({ rng }) => rng.pick(QLD_SUBURBS)[0]],
  [/^state$/i, () => 'QLD'],
  [/street|address_?line|line_?1|^address$/i, ({ rng }) => `${rng.int(1, 250)} ${rng.pick(NAME_WORDS)} ${rng.pick(STREET_TYPES)}`],
  [/school_?name|campus_?name/i, ({ rng }) => `${rng.pick(NAME_WORDS)} ${rng.pick(LANDFORMS)} State School`],
];

function stringFor(schema: Schema, ctx: ValueContext, name: string): string {
  const { rng } = ctx;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const fit = (text: string) => {
    let out = text.slice(0, max);
    while (out.length < min) out += 'x';
    return out;
  };
  if (typeof schema.pattern === 'string') {
    const maker = patternMaker(schema.pattern);
    maker.randInt = (a: number, b: number) => rng.int(a, b);
    return maker.gen();
  }
  switch (schema.format) {
    case 'date': {
      // A birth date is 5 to 65 years back; any other date is in this school year or the last.
      const birth = /birth|dob/i.test(name);
      const from = Date.UTC(ctx.schoolYear - (birth ? 65 : 1), 0, 1);
      return new Date(from + rng.int(0, (birth ? 60 : 2) * 365 - 1) * DAY).toISOString().slice(0, 10);
    }
    case 'date-time': {
      const from = Date.UTC(ctx.schoolYear - 1, 0, 1);
      return new Date(from + rng.int(0, 365 * 24 * 3600) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'uuid':
      return ctx.uuid();
    case 'email':
      return BY_NAME.find(([words]) => words.test('email'))![1](ctx, name);
    case 'uri':
    case 'url':
      return `https://example.org/${name}/${rng.int(1, 99999)}`;
    default:
  }
  const examples = [...(Array.isArray(schema.examples) ? schema.examples : []), ...(schema.example !== undefined ? [schema.example] : [])].filter((e) => typeof e === 'string') as string[];
  if (examples.length > 0) return fit(rng.pick(examples));
  const byName = BY_NAME.find(([words]) => words.test(name));
  if (byName) return fit(byName[1](ctx, name));
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
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return rng.pick(schema.enum);
  if (nullable(schema) && rng.chance(0.1)) return null;
  const type = typeOf(schema);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return rng.chance(0.5);
    case 'integer':
      return numberFor(schema, ctx, true);
    case 'number':
      return numberFor(schema, ctx, false);
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : depth > 2 ? 0 : 1;
      const max = Math.max(min, typeof schema.maxItems === 'number' ? Math.min(schema.maxItems, min + 3) : min + 2);
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
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, valueFor(inner, ctx, key, depth + 1)]));
    }
    case 'string':
      return stringFor(schema, ctx, name);
    default:
      // No type: a string is the nearest thing that most documents mean.
      return stringFor(schema, ctx, name);
  }
}
