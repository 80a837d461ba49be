// Where an OpenAPI operation's answer keeps its records and its totals: the array of a list
// (the answer itself, or under `data`, `classes`, `data.accounts`...), the page and size
// parameters whatever their names, the number fields that tell totals and pages, and the
// envelope's other required fields, which are given fixed values of their schemas.
import type { ApiShape, LinkRelation } from '../model/api.ts';
import { resolveRefs, type OpenApiInput } from './load.ts';
import { effective, typeOf, type Schema } from './values.ts';

const ITEM_KEYS = ['data', 'items', 'results', 'records', 'content', 'list', 'rows', 'entries'];
const PAGE_NAMES = /^(page|pageNumber|page_number|pageNo|pageIndex|navigationPage|p|page\[number\])$/i;
const OFFSET_NAMES = /^(offset|skip|start|from|page\[offset\])$/i;
const SIZE_NAMES = /^(limit|size|pageSize|page_size|page-size|perPage|per_page|per-page|navigationPageSize|take|top|count|maxResults|max_results|page\[size\]|page\[limit\])$/i;
const CURSOR_NAMES = /^(starting_after|startingAfter|after|cursor|page_token|pageToken|next_token|nextToken|continuationToken|page\[after\])$/i;
const LINK_NAMES: Readonly<Record<string, LinkRelation>> = { self: 'self', first: 'first', prev: 'prev', previous: 'prev', next: 'next', last: 'last' };
const TOTAL_HEADER = /^(x-)?total(-count)?$/i;

/**
 * Records a page at most when the document sets no maximum: a bound of seedhub's, named in
 * the start-up table, so no request can ask for a page of any size.
 */
export const SAFETY_MAX_PAGE = 10_000;
const TOTAL_NAMES = /^(total|totalRecords|totalCount|total_count|totalItems|totalElements|count)$/i;
const TOTAL_PAGES_NAMES = /^(totalPages|total_pages|pages|pageCount|page_count)$/i;


/** The JSON schema of a 200 answer of an operation, resolved, or undefined. */
export function answerSchema(document: OpenApiInput, operation: Record<string, unknown>, at: string): Schema | undefined {
  const responses = resolveRefs(document, operation.responses, `${at}/responses`) as Record<string, { content?: Record<string, { schema?: Schema }> }> | undefined;
  const ok = responses?.['200'] ?? responses?.['2XX'];
  const type = ok?.content && Object.keys(ok.content).find((t) => t.includes('json'));
  return type ? ok!.content![type]!.schema : undefined;
}

/** Where the records sit in an answer: '' for a bare array, else the dotted path of the array. */
export function itemsPath(schema: Schema, prefix = '', depth = 0): { path: string; item: Schema } | undefined {
  const s = effective(schema);
  if (typeOf(s) === 'array') return { path: prefix.replace(/\.$/, ''), item: effective((s.items ?? {}) as Schema) };
  if (typeOf(s) !== 'object' || depth > 1) return undefined;
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  const arrays = Object.keys(properties).filter((key) => typeOf(effective(properties[key]!)) === 'array');
  const key = arrays.find((k) => ITEM_KEYS.includes(k)) ?? arrays[0];
  if (key !== undefined) return itemsPath(properties[key]!, `${prefix}${key}.`, depth + 1);
  for (const [inner, child] of Object.entries(properties)) {
    const found = itemsPath(child, `${prefix}${inner}.`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Dotted paths of the number fields of an envelope, by name: where totals and the page go. */
function numberFields(schema: Schema, prefix = '', depth = 0, out: Record<string, string> = {}): Record<string, string> {
  const s = effective(schema);
  for (const [key, child] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    const type = typeOf(effective(child));
    if ((type === 'integer' || type === 'number') && !(key in out)) out[key] = `${prefix}${key}`;
    else if (type === 'object' && depth < 1) numberFields(child, `${prefix}${key}.`, depth + 1, out);
  }
  return out;
}

/** Links to pages in an envelope, by dotted path: `links.next`, `_links.next.href`, a top-level `next`. */
export function linkFields(answer: Schema): Record<string, LinkRelation> {
  const out: Record<string, LinkRelation> = {};
  const properties = (effective(answer).properties ?? {}) as Record<string, Schema>;
  for (const [key, child] of Object.entries(properties)) {
    const s = effective(child);
    if (LINK_NAMES[key] && typeOf(s) === 'string') out[key] = LINK_NAMES[key]!;
    if ((key === 'links' || key === '_links') && typeOf(s) === 'object') {
      for (const [name, link] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
        const relation = LINK_NAMES[name];
        if (!relation) continue;
        const l = effective(link);
        if (typeOf(l) === 'object' && ((l.properties ?? {}) as object) && 'href' in ((l.properties ?? {}) as object)) out[`${key}.${name}.href`] = relation;
        else if (typeOf(l) !== 'object') out[`${key}.${name}`] = relation;
      }
    }
  }
  return out;
}

/**
 * The paging and envelope of one list operation: its page parameter (a number, an offset or
 * a cursor; none when it declares none), its size parameter with its default and maximum
 * (seedhub's safety bound where the document sets none), where totals and links sit in the
 * answer, and response headers that carry the total. No parameter the document does not
 * declare is asked for.
 */
export function shapeOf(parameters: Schema[], answer: Schema, items: string, responseHeaders: readonly string[] = []): ApiShape {
  const query = parameters.filter((p) => p.in === 'query');
  const schemaOf = (p: Schema) => effective((p.schema ?? {}) as Schema);
  const page = query.find((p) => PAGE_NAMES.test(String(p.name)));
  const offset = query.find((p) => OFFSET_NAMES.test(String(p.name)));
  const cursor = query.find((p) => CURSOR_NAMES.test(String(p.name)));
  const size = query.find((p) => SIZE_NAMES.test(String(p.name)) && p !== page && p !== offset);
  const sizeSchema = size ? schemaOf(size) : {};
  const numbers = numberFields(answer);
  const find = (names: RegExp) => Object.entries(numbers).find(([key]) => names.test(key))?.[1];
  const pageField = page ? numbers[String(page.name)] ?? find(/^(page|pageNumber|currentPage)$/i) : undefined;
  const sizeField = size ? numbers[String(size.name)] ?? find(/^(limit|size|pageSize|perPage)$/i) : undefined;
  const firstPage = page ? (typeof schemaOf(page).minimum === 'number' ? schemaOf(page).minimum : typeof schemaOf(page).default === 'number' ? schemaOf(page).default : 1) : 1;
  const style: ApiShape['page'] = page
    ? { style: 'page', param: String(page.name), first: firstPage === 0 ? 0 : 1 }
    : offset ? { style: 'offset', param: String(offset.name) } : cursor ? { style: 'cursor', param: String(cursor.name) } : { style: 'none' };
  const max = typeof sizeSchema.maximum === 'number' ? Math.min(sizeSchema.maximum, SAFETY_MAX_PAGE) : SAFETY_MAX_PAGE;
  const links = linkFields(answer);
  const total = responseHeaders.find((h) => TOTAL_HEADER.test(h));
  return {
    page: style,
    size: {
      param: size ? String(size.name) : '',
      default: typeof sizeSchema.default === 'number' ? Math.min(sizeSchema.default, max) : style.style === 'none' ? max : Math.min(20, max),
      max,
    },
    envelope: {
      items,
      ...(pageField ? { page: pageField } : offset && numbers[String(offset.name)] ? { page: numbers[String(offset.name)]! } : {}),
      ...(sizeField ? { size: sizeField } : {}),
      ...(find(TOTAL_NAMES) ? { total: find(TOTAL_NAMES)! } : {}),
      ...(find(TOTAL_PAGES_NAMES) ? { totalPages: find(TOTAL_PAGES_NAMES)! } : {}),
      ...(Object.keys(links).length > 0 ? { links } : {}),
    },
    headers: { ...(total ? { total } : {}), link: style.style !== 'none' },
  };
}

/** Required fields of an envelope that are neither the records nor a known number: constants of their schema. */
function extraFields(answer: Schema, known: readonly (string | undefined)[], prefix = '', depth = 0, out: Record<string, unknown> = {}): Record<string, unknown> {
  const s = effective(answer);
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  for (const key of (s.required as string[] | undefined) ?? []) {
    const path = `${prefix}${key}`;
    const child = effective(properties[key] ?? {});
    if (known.includes(path)) continue;
    if (typeOf(child) === 'object' && depth < 2) extraFields(child, known, `${path}.`, depth + 1, out);
    else if (!known.some((k) => k?.startsWith(`${path}.`))) out[path] = constantOf(child);
  }
  return out;
}

/** A fixed value of a schema: its const, first enum value, default or example, else the plainest of its type. */
export function constantOf(schema: Schema): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('default' in schema) return schema.default;
  if ('example' in schema) return schema.example;
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'null':
      return null;
    default:
      return typeof schema.format === 'string' && schema.format === 'date' ? '2026-01-01' : 'seedhub';
  }
}

export function withExtras(api: ApiShape, answer: Schema): ApiShape {
  const { items, page, size, total, totalPages, links } = api.envelope;
  const extra = extraFields(answer, [items, page, size, total, totalPages, ...Object.keys(links ?? {}).map((l) => l.replace(/\.href$/, ''))]);
  return Object.keys(extra).length > 0 ? { ...api, envelope: { ...api.envelope, extra } } : api;
}
