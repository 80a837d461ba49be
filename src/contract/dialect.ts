// OpenAPI 3.0's schema dialect, read as JSON Schema 2020-12 (what OpenAPI 3.1 and ajv speak).

/**
 * An OpenAPI 3.0 schema as JSON Schema 2020-12: `nullable: true` allows null, and boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become the numeric bounds. 3.1 documents are already so.
 */
export function from30(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(from30);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, from30(inner)]));
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') [out.exclusiveMinimum, out.minimum] = [out.minimum, undefined];
  if (out.exclusiveMaximum === true && typeof out.maximum === 'number') [out.exclusiveMaximum, out.maximum] = [out.maximum, undefined];
  if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === false) delete out.exclusiveMaximum;
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (!out.type && !out.enum) return { anyOf: [out, { type: 'null' }] };
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}
