// Identity values for models built from OpenAPI documents: unique across the whole hub by
// construction. The n-th identity of a kind is a keyed permutation of n over every value
// the schema allows, decoded into that value: a number in its bounds, an enum value, or a
// string of its pattern (each choice the pattern makes is one digit of a mixed-radix number).
import type { BaseContext } from '../model/types.ts';
import { effective, patternMaker, typeOf, type Schema } from './values.ts';

/** Values beyond this are not counted: identities this many are more than any hub needs. */
const MAX_SPACE = 2 ** 52;

export interface IdentityMaker {
  /** How many distinct values there are (`Infinity` for UUIDs). */
  capacity: number;
  /** What the values look like, for messages: `pattern ^L[0-9]{6}$`. */
  form: string;
  /** The value for the `n`-th identity of the hub. */
  make(n: number, ctx: BaseContext): unknown;
}

/** A pattern's generator whose every choice reads the next digit of `digits`, and its count of values. */
function patternCoder(pattern: string) {
  const maker = patternMaker(pattern);
  let space = 1;
  maker.randInt = (a: number, b: number) => {
    space = Math.min(MAX_SPACE, space * (b - a + 1));
    return a;
  };
  maker.gen();
  return {
    space,
    decode(n: number): string {
      let rest = n;
      maker.randInt = (a: number, b: number) => {
        const radix = b - a + 1;
        const digit = rest % radix;
        rest = Math.floor(rest / radix);
        return a + digit;
      };
      return maker.gen();
    },
  };
}

/** Letters of a kind for an ID prefix: `learner` → `LEA`. */
const prefixOf = (kind: string) => (kind.match(/[a-z]/gi) ?? ['X']).join('').slice(0, 3).toUpperCase();

/**
 * The identity values of `kind` that `schema` allows. The permutation is keyed by the seed
 * and kind only, so each school's block of indices gives IDs no other school has.
 */
export function identityMaker(raw: Schema, kind: string): IdentityMaker {
  const schema = effective(raw);
  const type = typeOf(schema);
  const permuted = (capacity: number, n: number, ctx: BaseContext) => ctx.permute(`openapi-id-${kind}`, capacity, n, 'hub');
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const values = schema.enum;
    return { capacity: values.length, form: `enum of ${values.length}`, make: (n, ctx) => values[permuted(values.length, n, ctx)] };
  }
  if (type === 'integer' || type === 'number') {
    const low = typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : typeof schema.exclusiveMinimum === 'number' ? Math.floor(schema.exclusiveMinimum) + 1 : 1;
    const high = typeof schema.maximum === 'number' ? Math.floor(schema.maximum) : typeof schema.exclusiveMaximum === 'number' ? Math.ceil(schema.exclusiveMaximum) - 1 : low + 999_999_999;
    const capacity = Math.max(0, Math.min(MAX_SPACE, high - low + 1));
    return { capacity, form: `integers ${low} to ${high}`, make: (n, ctx) => low + permuted(capacity, n, ctx) };
  }
  if (schema.format === 'uuid') return { capacity: Infinity, form: 'UUIDs', make: (_n, ctx) => ctx.faker.string.uuid() };
  if (typeof schema.pattern === 'string') {
    const coder = patternCoder(schema.pattern);
    return { capacity: coder.space, form: `pattern ${schema.pattern}`, make: (n, ctx) => coder.decode(permuted(coder.space, n, ctx)) };
  }
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 12;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const prefix = prefixOf(kind).slice(0, Math.max(0, max - 1));
  const width = Math.max(1, min - prefix.length, Math.min(9, max - prefix.length));
  const capacity = Math.min(MAX_SPACE, 10 ** width);
  return { capacity, form: `${prefix} and ${width} digits`, make: (n, ctx) => `${prefix}${String(permuted(capacity, n, ctx)).padStart(width, '0')}` };
}

/** Generated values of a school path parameter's schema (a pattern, or integers), made once per model. */
export function schoolValues(raw: Schema, wanted: number): string[] {
  const schema = effective(raw);
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') {
    const low = typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : 1;
    const high = typeof schema.maximum === 'number' ? Math.floor(schema.maximum) : low + 9999;
    return Array.from({ length: Math.max(0, Math.min(wanted, high - low + 1)) }, (_, i) => String(low + i));
  }
  if (typeof schema.pattern !== 'string') return [];
  const coder = patternCoder(schema.pattern);
  const values = new Set<string>();
  // Spread over the space, so that the first values do not share a long common prefix.
  const step = Math.max(1, Math.floor(coder.space / wanted));
  for (let i = 0; values.size < wanted && i < Math.min(coder.space, wanted * 4); i++) values.add(coder.decode(((i + 1) * step) % coder.space));
  return [...values];
}
