// The GET operations of an OpenAPI document, each read for what it answers: a page of
// records (a list), or one record (an item; a path that ends in a parameter, or an answer
// that is one object), which record schema that is (its `$ref`, so that `/classes`,
// `/classes/{id}` and `/schools/{id}/classes` are known to serve one collection), where the
// record or records sit in the answer, and the operation's own paging and parameters. What a
// document has that cannot be served is listed with the reason, operation by operation.
import { OpenApiError } from '../errors.ts';
import type { ApiShape } from '../model/api.ts';
import { declaredOf, type Declared } from './declared.ts';
import { answerSchema, itemsPath, linkFields, shapeOf, withExtras } from './envelope.ts';
import { pointerTo, resolveRefs, type OpenApiInput } from './load.ts';
import { effective, typeOf, type Schema } from './values.ts';

export interface ReadOperation {
  path: string;
  /** Where the operation is in the document, for messages. */
  at: string;
  id?: string;
  kind: 'list' | 'item';
  /** The schema of one record (resolved), as this operation answers it. */
  item: Schema;
  /** Which record schema it is: its `$ref`, or a name from the path when it has none. */
  recordKey: string;
  /** How it pages (lists) and where the records or the record sit. */
  api: ApiShape;
  pathParams: { name: string; schema: Schema }[];
  /** Query parameters, resolved. */
  query: Schema[];
  /** `x-seedhub-count` and `x-seedhub-owner` of the operation or its record schema. */
  count?: number;
  owner?: string;
  /** Its security, required headers, answer headers and error schemas (declared.ts). */
  declared: Declared;
}

export interface NotServed {
  method: string;
  path: string;
  why: string;
}

/** Records per owner that `x-seedhub-count` may ask for: totals stay exact (2^53) for a million owners. */
export const MAX_COUNT = 1_000_000_000;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** A schema with its `$ref` followed (and a lone `allOf: [$ref]`), and the ref it came from. */
function deref(document: OpenApiInput, schema: unknown): { schema: Schema; ref?: string } {
  let current = schema as Schema | undefined;
  let ref: string | undefined;
  for (let hops = 0; hops < 16 && current && typeof current === 'object'; hops++) {
    if (typeof current.$ref === 'string') {
      ref = current.$ref;
      current = pointerTo(document, current.$ref) as Schema | undefined;
    } else if (Array.isArray(current.allOf) && current.allOf.length === 1 && Object.keys(current).length === 1) {
      current = current.allOf[0] as Schema;
    } else break;
  }
  return { schema: current ?? {}, ...(ref ? { ref } : {}) };
}

/** The raw (unresolved) 200 JSON schema of an operation. */
function rawAnswer(document: OpenApiInput, operation: Record<string, unknown>): unknown {
  const responses = deref(document, operation.responses).schema as Record<string, unknown>;
  const ok = deref(document, responses?.['200'] ?? responses?.['2XX']).schema as { content?: Record<string, { schema?: unknown }> };
  const type = ok?.content && Object.keys(ok.content).find((t) => t.includes('json'));
  return type ? ok.content![type]!.schema : undefined;
}

/** The names of the headers an operation's 200 answer declares. */
function responseHeaders(document: OpenApiInput, operation: Record<string, unknown>): string[] {
  const responses = deref(document, operation.responses).schema as Record<string, unknown>;
  const ok = deref(document, responses?.['200'] ?? responses?.['2XX']).schema as { headers?: Record<string, unknown> };
  return Object.keys(ok?.headers ?? {});
}

/** The raw schema at a dotted path of an answer schema: how the records' `$ref` is found. */
function rawAt(document: OpenApiInput, schema: unknown, path: string): unknown {
  let current = schema;
  for (const key of path ? path.split('.') : []) current = (deref(document, current).schema.properties as Record<string, unknown> | undefined)?.[key];
  return current;
}

/** Where one record sits in an item answer: the answer itself, or a property that holds it (`class`, `data`). */
function itemPath(document: OpenApiInput, raw: unknown, last: string | undefined): string | undefined {
  const { schema, ref } = deref(document, raw);
  if (typeOf(effective(schema)) !== 'object') return undefined;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const objects = Object.keys(properties).filter((key) => typeOf(effective(resolveRefs(document, properties[key], '#') as Schema)) === 'object');
  // An answer of `{ data: {...}, links, meta }` or `{ class: {...} }` wraps its record; one
  // that is the record has its own fields, of which few or none are objects.
  // A named schema of its own (`ResponseAccountById`) still wraps when it is no more than that.
  const named = objects.find((key) => key === 'data' || key === 'item' || (last !== undefined && last.toLowerCase().startsWith(key.toLowerCase())));
  if (named !== undefined && (!ref || Object.keys(properties).length <= 3)) return named;
  if (objects.length === 1 && Object.keys(properties).length <= 3 && !ref) return objects[0];
  return '';
}

/** The item shape of an operation: no paging, the record where it sits, a link to itself, the envelope's other fields fixed. */
function itemApi(answer: Schema, at: string): ApiShape {
  const self = Object.entries(linkFields(answer)).filter(([, relation]) => relation === 'self');
  return withExtras({
    page: { style: 'page', param: 'page', first: 1 },
    size: { param: 'limit', default: 1, max: 1 },
    envelope: { items: at, ...(self.length > 0 ? { links: Object.fromEntries(self) } : {}) },
  }, answer);
}

/** Every GET operation of a document that answers JSON records, and what is not served. */
export function readOperations(document: OpenApiInput): { operations: ReadOperation[]; notServed: NotServed[]; notes: string[] } {
  const notes = new Set<string>();
  const paths = document.paths;
  if (typeof paths !== 'object' || paths === null) throw new OpenApiError('Failed to read the OpenAPI document at #/paths: it has no paths.');
  const operations: ReadOperation[] = [];
  const notServed: NotServed[] = [];
  for (const [path, rawItem] of Object.entries(paths as Record<string, unknown>)) {
    const at = `#/paths/${escape(path)}`;
    const item = resolveRefs(document, rawItem, at) as Record<string, unknown>;
    for (const method of METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const where = `${at}/${method}`;
      if (operation['x-seedhub-skip'] === true) {
        notServed.push({ method: method.toUpperCase(), path, why: 'marked x-seedhub-skip' });
        continue;
      }
      if (method !== 'get') {
        notServed.push({ method: method.toUpperCase(), path, why: 'a write or other non-GET operation (the hub is read-only)' });
        continue;
      }
      const raw = rawAnswer(document, ((deref(document, rawItem).schema as Record<string, unknown>).get as Record<string, unknown> | undefined) ?? operation);
      const answer = answerSchema(document, operation, where);
      const parameters = [...((item.parameters as Schema[]) ?? []), ...((operation.parameters as Schema[]) ?? [])];
      const pathParams = parameters.filter((p) => p.in === 'path').map((p) => ({ name: String(p.name), schema: effective((p.schema ?? {}) as Schema) }));
      for (const name of (path.match(/\{([^}]+)\}/g) ?? []).map((m) => m.slice(1, -1))) if (!pathParams.some((p) => p.name === name)) pathParams.push({ name, schema: { type: 'string' } });
      const query = parameters.filter((p) => p.in === 'query');
      if (!answer) {
        notServed.push({ method: 'GET', path, why: 'no JSON 200 answer' });
        continue;
      }
      const segments = path.split('/').filter(Boolean);
      const endsInParam = segments.length > 0 && /^\{.+\}$/.test(segments.at(-1)!);
      const literal = segments.filter((s) => !s.startsWith('{'));
      const listAt = typeOf(effective(answer)) === 'array' ? { path: '', item: effective((effective(answer).items ?? {}) as Schema) } : endsInParam ? undefined : itemsPath(answer);
      const count = (operation['x-seedhub-count'] ?? (listAt?.item ?? answer)['x-seedhub-count']) as number | undefined;
      const owner = (operation['x-seedhub-owner'] ?? (listAt?.item ?? answer)['x-seedhub-owner']) as string | undefined;
      if (count !== undefined && (!Number.isInteger(count) || count < 0 || count > MAX_COUNT)) {
        throw new OpenApiError(`Failed to read the OpenAPI document at ${where}: x-seedhub-count must be a whole number from 0 to ${MAX_COUNT.toLocaleString('en-AU')}, got ${JSON.stringify(count)}.`);
      }
      const extras = { declared: declaredOf(document, operation, parameters, where, notes), ...(typeof operation.operationId === 'string' ? { id: operation.operationId } : {}), ...(typeof count === 'number' ? { count } : {}), ...(typeof owner === 'string' ? { owner } : {}) };
      if (listAt) {
        if (typeOf(listAt.item) !== 'object') {
          notServed.push({ method: 'GET', path, why: `its list holds ${typeOf(listAt.item) ?? 'untyped values'}, not records (objects)` });
          continue;
        }
        const ref = deref(document, (deref(document, rawAt(document, raw, listAt.path)).schema as Schema).items).ref;
        operations.push({ path, at: where, kind: 'list', item: listAt.item, recordKey: ref ?? `path:${literal.at(-1) ?? 'records'}`, api: withExtras(shapeOf(parameters, answer, listAt.path, responseHeaders(document, operation)), answer), pathParams, query, ...extras });
        continue;
      }
      const place = itemPath(document, raw, literal.at(-1));
      if (place === undefined) {
        notServed.push({ method: 'GET', path, why: `its answer is ${typeOf(effective(answer)) ?? 'untyped'}, not a record (an object) or a list of them` });
        continue;
      }
      const record = effective(resolveRefs(document, rawAt(document, raw, place), where) as Schema);
      const ref = deref(document, rawAt(document, raw, place)).ref;
      operations.push({ path, at: where, kind: 'item', item: record, recordKey: ref ?? `path:${literal.at(-1) ?? 'record'}`, api: itemApi(answer, place), pathParams, query, ...extras });
    }
  }
  if (operations.length === 0) throw new OpenApiError('Failed to read the OpenAPI document at #/paths: it has no GET operation that answers JSON records (a list of them, or one).');
  return { operations, notServed, notes: [...notes] };
}
