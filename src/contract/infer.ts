// A JSON Schema that describes the values a field was seen to take: for fields a model
// gives no schema of its own (a user's extension, say). It says what the data is, no more.
import type { JsonSchema } from './document.ts';

const FORMATS: readonly [string, RegExp][] = [
  ['date', /^\d{4}-\d{2}-\d{2}$/],
  ['date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/],
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
  ['email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/],
];

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value);

/** The schema of one kind of value, from all the values of that kind. */
function describeKind(kind: string, values: unknown[]): JsonSchema {
  switch (kind) {
    case 'string': {
      const format = FORMATS.find(([, pattern]) => (values as string[]).every((v) => pattern.test(v)));
      return format ? { type: 'string', format: format[0] } : { type: 'string' };
    }
    case 'array':
      return { type: 'array', items: describeValues((values as unknown[][]).flat()) };
    case 'object': {
      const objects = values as Record<string, unknown>[];
      const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
      return {
        type: 'object',
        properties: Object.fromEntries(keys.map((key) => [key, describeValues(objects.filter((o) => key in o).map((o) => o[key]))])),
        required: keys.filter((key) => objects.every((o) => key in o)),
      };
    }
    default:
      return { type: kind };
  }
}

/** A schema that every one of `values` satisfies; `{}` (anything) when there are none. */
export function describeValues(values: readonly unknown[]): JsonSchema {
  const kinds = new Map<string, unknown[]>();
  for (const value of values) {
    if (value === undefined) continue;
    const kind = kindOf(value);
    kinds.set(kind, [...(kinds.get(kind) ?? []), value]);
  }
  // A number field that also holds integers is a number.
  if (kinds.has('integer') && kinds.has('number')) {
    kinds.set('number', [...kinds.get('number')!, ...kinds.get('integer')!]);
    kinds.delete('integer');
  }
  const schemas = [...kinds].map(([kind, seen]) => describeKind(kind, seen));
  if (schemas.length === 0) return {};
  return schemas.length === 1 ? schemas[0]! : { anyOf: schemas };
}
