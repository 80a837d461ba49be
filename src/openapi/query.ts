// What a document's query parameters do, read per operation: a parameter named like a field
// of the records (`status`, `product-category` for `productCategory`, `schoolId` inside
// `location`) chooses records by that field; `filter`, `sort`/`orderBy` and `fields` are
// OneRoster's expression, order and projection; paging parameters are the list's paging.
// Every other declared parameter is accepted and ignored, and the start-up table says why.
// And a list at a path named after one of its records' codes (`/students` of users whose
// role is `student`, `/schools` of orgs whose type is `school`) serves only those records.
import type { ApiShape } from '../model/api.ts';
import type { Operation, QueryParam } from '../model/operations.ts';
import { singular } from './collections.ts';
import { effective, typeOf, type Schema } from './values.ts';

const FILTER = /^(filter|\$filter)$/i;
const SORT = /^(sort|sort_?by|\$orderby)$/i;
/** `orderBy` is a direction beside `sort` (OneRoster), or the field when alone. */
const ORDER = /^(order_?by|order|direction|sort_?order|sort_?dir)$/i;
const FIELDS = /^(fields|select|\$select)$/i;

/** `product-category` → `productCategory`. */
const camel = (name: string) => name.replace(/[-_ ]+([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase());

/** The dotted path of the records' field a parameter names: a property, or one inside a property's object. */
function fieldNamed(name: string, properties: Readonly<Record<string, Schema>>): { path: string; schema: Schema; ambiguous?: string[] } | undefined {
  const wanted = camel(name).toLowerCase();
  const match = (props: Readonly<Record<string, Schema>>) => Object.keys(props).find((key) => key === name) ?? Object.keys(props).find((key) => key.toLowerCase() === wanted);
  const top = match(properties);
  if (top) return { path: top, schema: effective(properties[top]!) };
  const inside = Object.entries(properties).flatMap(([key, schema]) => {
    const s = effective(schema);
    const object = typeOf(s) === 'array' ? effective((s.items ?? {}) as Schema) : s;
    const props = (object.properties ?? {}) as Record<string, Schema>;
    const found = typeOf(object) === 'object' ? match(props) : undefined;
    return found ? [{ path: `${key}.${found}`, schema: effective(props[found]!) }] : [];
  });
  if (inside.length > 1) return { path: '', schema: {}, ambiguous: inside.map((f) => f.path) };
  return inside[0];
}

const scalarType = (schema: Schema): 'string' | 'number' | 'boolean' | undefined => {
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  return type === 'string' || type === undefined ? 'string' : undefined;
};

/** What each declared query parameter of an operation does, paging left out. */
export function queryOf(parameters: readonly Schema[], api: ApiShape, properties: Readonly<Record<string, Schema>>): QueryParam[] {
  const paging = new Set([api.page.style === 'none' ? '' : api.page.param, api.size.param].filter(Boolean));
  const names = parameters.map((p) => String(p.name));
  const hasSort = names.some((n) => SORT.test(n));
  return parameters.filter((p) => !paging.has(String(p.name))).map((p): QueryParam => {
    const name = String(p.name);
    const schema = effective((p.schema ?? {}) as Schema);
    if (FILTER.test(name)) return { name, does: 'filter' };
    if (SORT.test(name) || (ORDER.test(name) && !hasSort)) return { name, does: 'sort' };
    if (ORDER.test(name)) return { name, does: 'order' };
    if (FIELDS.test(name)) return { name, does: 'fields' };
    const field = fieldNamed(name, properties);
    if (!field) return { name, does: 'ignored', why: 'no field of the records has its name' };
    if (field.ambiguous) return { name, does: 'ignored', why: `it could name ${field.ambiguous.join(' or ')}` };
    const list = typeOf(schema) === 'array';
    const given = list ? effective((schema.items ?? {}) as Schema) : schema;
    let held = typeOf(field.schema) === 'array' ? effective((field.schema.items ?? {}) as Schema) : field.schema;
    // Objects with a name (Petstore's `tags: [{ id, name }]`) are chosen by it.
    const named = (held.properties as Record<string, Schema> | undefined)?.name;
    if (typeOf(held) === 'object' && named && scalarType(effective(named))) {
      field.path = `${field.path}.name`;
      held = effective(named);
    }
    const type = scalarType(held);
    if (!type) return { name, does: 'ignored', why: `${field.path} holds ${typeOf(held)}s, not values to compare` };
    const values = Array.isArray(given.enum) ? given.enum.map(String) : undefined;
    // A code that means every record (`product-category=ALL` beside the categories).
    const all = values?.find((v) => /^(all|any)$/i.test(v) && !(Array.isArray(held.enum) && held.enum.map(String).includes(v)));
    const fallback = [schema.default, given.default].find((d) => typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean');
    return { name, does: 'equals', field: field.path, type, ...(list ? { list: true } : {}), ...(values ? { values } : {}), ...(all ? { all } : {}), ...(fallback !== undefined ? { default: String(fallback) } : {}) };
  });
}

/** The code a list's path names of its records, when the collection has another list of them all. */
export function onlyOf(path: string, mainPath: string, properties: Readonly<Record<string, Schema>>): Operation['only'] {
  if (path === mainPath) return undefined;
  const segment = path.split('/').filter((s) => s && !s.startsWith('{')).at(-1);
  if (!segment) return undefined;
  const words = new Set([segment.toLowerCase(), singular(segment).toLowerCase()]);
  const codes = (schema: Schema) => {
    const s = effective(schema);
    const held = typeOf(s) === 'array' ? effective((s.items ?? {}) as Schema) : s;
    return Array.isArray(held.enum) ? held.enum.filter((v): v is string => typeof v === 'string') : [];
  };
  for (const [key, schema] of Object.entries(properties)) {
    const top = codes(schema).find((v) => words.has(v.toLowerCase()));
    if (top) return { field: key, value: top };
  }
  for (const [key, schema] of Object.entries(properties)) {
    const s = effective(schema);
    const object = typeOf(s) === 'array' ? effective((s.items ?? {}) as Schema) : s;
    for (const [inner, innerSchema] of Object.entries((object.properties ?? {}) as Record<string, Schema>)) {
      const found = codes(innerSchema).find((v) => words.has(v.toLowerCase()));
      if (found) return { field: `${key}.${inner}`, value: found };
    }
  }
  return undefined;
}

/** The start-up line of an operation's query parameters: which it honours, and which it accepts and ignores. */
export function describeQuery(query: readonly QueryParam[]): string | undefined {
  if (query.length === 0) return undefined;
  const honoured = query.filter((q) => q.does !== 'ignored').map((q) => (q.does === 'equals' ? `${q.name} (${q.field}${q.list ? ', any of' : ''})` : `${q.name} (${q.does})`));
  const ignored = query.filter((q): q is Extract<QueryParam, { does: 'ignored' }> => q.does === 'ignored').map((q) => `${q.name} (${q.why})`);
  return [honoured.length > 0 ? `honours ${honoured.join(', ')}` : '', ignored.length > 0 ? `accepts and ignores ${ignored.join(', ')}` : ''].filter(Boolean).join('; ');
}
