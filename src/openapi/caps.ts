// Bounds on the values a document's schemas may ask for, whatever they say: a string of
// 2e8 characters, an array of 1e8 items, a pattern that repeats 5e7 times or a nesting
// that multiplies to millions of values would take the hub's memory and time with it. A
// value is made within these caps (and may then break its schema, which the start-up table
// says, schema by schema); docs/openapi.md lists them.

export const VALUE_CAPS = {
  /** Characters of one string. */
  stringLength: 10_000,
  /** Items of one array. */
  arrayItems: 100,
  /** Repeats of one `{n}` or `{n,m}` of a pattern. */
  patternRepeat: 1_000,
  /** Values (scalars, arrays and objects) of one record; past it, arrays are empty and objects hold no more. */
  recordValues: 20_000,
} as const;

/** A pattern's `{n}` and `{n,m}` repeats brought within the cap. */
export function cappedPattern(pattern: string): string {
  const cap = (n: string) => String(Math.min(Number(n), VALUE_CAPS.patternRepeat));
  return pattern.replace(/\{(\d+)(,(\d*))?\}/g, (_m, low: string, comma: string | undefined, high: string | undefined) => `{${cap(low)}${comma ? `,${high ? cap(high) : ''}` : ''}}`);
}

/** Where a schema asks for more than a cap: the keyword, its value and the cap, for the start-up table. */
export function capsPassed(schema: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  if (typeof schema.minLength === 'number' && schema.minLength > VALUE_CAPS.stringLength) out.push(`minLength ${schema.minLength} (capped at ${VALUE_CAPS.stringLength})`);
  if (typeof schema.minItems === 'number' && schema.minItems > VALUE_CAPS.arrayItems) out.push(`minItems ${schema.minItems} (capped at ${VALUE_CAPS.arrayItems})`);
  if (typeof schema.pattern === 'string' && cappedPattern(schema.pattern) !== schema.pattern) out.push(`pattern repeats above ${VALUE_CAPS.patternRepeat} (capped)`);
  return out;
}

const budgets = new WeakMap<object, { left: number }>();

/** The values left to one record (keyed by the record being made). */
export function budgetOf(record: object): { left: number } {
  let budget = budgets.get(record);
  if (!budget) budgets.set(record, (budget = { left: VALUE_CAPS.recordValues }));
  return budget;
}
