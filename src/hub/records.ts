// The core answer for the records routes: a page of a collection (all its records, or a
// parent's), and one record by its identity. A parent or an identity the collection does not
// have is a 404 problem that names it; a record outside the parent the path names is not that
// parent's, so it is a 404 too.
import type { Dataset } from '../generate/dataset.ts';
import { setAt, type ApiShape, type Page } from '../model/api.ts';
import type { Operation } from '../model/operations.ts';
import type { Entity } from '../model/types.ts';
import { keyedStream, keyOf, rngOf } from '../generate/keyed-random.ts';
import { JSON_TYPE, type Answer } from './answer.ts';
import type { Lru } from './cache.ts';
import { etagOf } from './etag.ts';
import { identityField, positionOf, positionsNaming, valuesOf } from './lookup.ts';
import { cachedPage, freshPage } from './page-text.ts';
import { problem } from './problem.ts';
import { linker, linkHeader, selfUrl } from './links.ts';
import { keeps, keepsAll, project, select, selectionOf, type KnownFields } from './query.ts';
import { isPage, type RoutedRequest } from './request.ts';

type RecordsRoute = Extract<RoutedRequest['route'], { kind: 'collection' | 'item' }>;

const notFound = (detail: string, extra: Record<string, unknown>) => problem({ kind: 'not-found', status: 404, detail, extra });

/**
 * The positions of the records of the parents a path bound (every parent must exist), or
 * undefined when it bound none, or the 404 problem of a parent that is not there.
 */
function parentPositions(data: Dataset, route: RecordsRoute): readonly number[] | undefined | Answer {
  let positions: readonly number[] | undefined;
  for (const param of route.operation.params) {
    if (param.binds !== 'parent') continue;
    const id = route.parents[param.name]!;
    const parents = data.collection(route.centreCode, param.collection)!;
    const field = identityField(data, param.collection);
    // A parent is named by its identity, or by a resource ID of its own (Ed-Fi's `id` beside its natural key).
    const at = [...new Set([field, 'id', 'sourcedId', 'uuid'])].reduce<number | undefined>((found, f) => found ?? (f === undefined ? undefined : positionOf(parents, f, id)), undefined);
    if (at === undefined) return notFound(`No ${param.collection} record has ${field ?? param.name} "${id}".`, { parameter: param.name, value: id });
    const view = data.collection(route.centreCode, route.name)!;
    // What the children hold of their parent: its identity, or a natural key of its own, read
    // from the parent itself (the path may have named it by another ID of its own).
    const named = valuesOf(parents.slice(at, 1)[0]!, param.key ?? field ?? 'id')[0] ?? id;
    const naming = param.field ? positionsNaming(view, param.field, named) : sampleFor(view.count, keyOf(route.name, param.collection, id));
    positions = positions ? positions.filter((p) => naming.includes(p)) : naming;
  }
  return positions;
}

/** Whether the records of a collection have a field (a dotted path, judged by its first segment): by its schemas, else its first record. */
function knownFields(data: Dataset, centreCode: string, name: string): KnownFields {
  return (field) => {
    const first = field.split('.')[0]!;
    const schemas = data.model?.collections[name]?.schemas;
    if (schemas) return Object.hasOwn(schemas, first);
    const sample = data.collection(centreCode, name)!.slice(0, 1)[0];
    return sample !== undefined && Object.hasOwn(sample, first);
  };
}

/** A seeded few positions of `count` (one to three), for a parent whose records nothing names. */
function sampleFor(count: number, key: string): number[] {
  if (count === 0) return [];
  const rng = rngOf(keyedStream([key]));
  const wanted = Math.min(count, rng.int(1, 3));
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(rng.int(0, count - 1));
  return [...chosen].sort((a, b) => a - b);
}

/** One record in an item answer's envelope: itself, or under its path with the envelope's fixed fields and a link to itself. */
function itemBody(api: ApiShape, record: Entity, self: string): unknown {
  if (api.envelope.items === '') return record;
  const body: Record<string, unknown> = {};
  setAt(body, api.envelope.items, record);
  for (const [path, value] of Object.entries(api.envelope.extra ?? {})) setAt(body, path, value);
  for (const path of Object.keys(api.envelope.links ?? {})) setAt(body, path, self);
  return body;
}

/** Bytes of one page at most: a document whose records are huge is answered in pages that fit. */
export const PAGE_BYTES_MAX = 64 * 1024 * 1024;

const tooLargePage = (api: ApiShape, bytes: number): Answer =>
  problem({ kind: 'page-too-large', status: 400, detail: `This page would be ${Math.ceil(bytes / 1_048_576)} MiB, more than the ${PAGE_BYTES_MAX / 1_048_576} MiB a page may be; ask for fewer records${api.size.param ? ` (${api.size.param})` : ''}.`, extra: { bytes } });

/** The page a cursor asks for: the records after the one it names, or the 400 problem of a cursor the list does not have. */
function afterCursor(data: Dataset, route: Extract<RecordsRoute, { kind: 'collection' }>, page: Page, positions: readonly number[] | undefined): Page | Answer {
  if (page.cursor === undefined || route.operation.api.page.style !== 'cursor') return page;
  const field = identityField(data, route.name);
  const at = field === undefined ? undefined : positionOf(data.collection(route.centreCode, route.name)!, field, page.cursor);
  const index = at === undefined ? -1 : positions ? positions.indexOf(at) : at;
  if (index < 0) return problem({ kind: 'invalid-query', status: 400, detail: `${route.operation.api.page.param} "${page.cursor}" is not a record of this list.`, extra: { parameter: route.operation.api.page.param, value: page.cursor } });
  return { ...page, offset: index + 1 };
}

/** A page of a collection: through the shared cache when it is the whole collection of the configuration's data. */
export function listAnswer(dataset: Dataset, cache: Lru<unknown> | undefined, request: RoutedRequest, own: Dataset | undefined): Answer {
  const route = request.route as Extract<RecordsRoute, { kind: 'collection' }>;
  if (!isPage(request.page)) return request.page!;
  const data = own ?? dataset;
  const found = parentPositions(data, route);
  if (found && !Array.isArray(found)) return found as Answer;
  const chosen = selectionOf(route.operation, request.query, knownFields(data, route.centreCode, route.name));
  if (chosen && 'status' in chosen) return chosen;
  const view = data.collection(route.centreCode, route.name)!;
  const positions = chosen && !keepsAll(chosen) ? select(view, found as readonly number[] | undefined, chosen) : (found as readonly number[] | undefined);
  const page = afterCursor(data, route, request.page, positions);
  if (!isPage(page)) return page as Answer;
  const { api } = route.operation;
  const address = { centreCode: route.centreCode, name: route.name, page, api, operation: route.operation.path };
  const headers: Record<string, string> = { 'content-type': JSON_TYPE };
  // Links and header totals belong to this request's URL: such pages are not cached by their page alone.
  if (!api.envelope.links && !api.headers?.link && !api.headers?.total && !positions && !chosen && !own && cache) {
    const page = cachedPage(cache, dataset, address);
    return page.bytes > PAGE_BYTES_MAX ? tooLargePage(api, page.bytes) : { status: 200, headers, ...page };
  }
  const total = positions ? positions.length : data.collection(route.centreCode, route.name)!.count;
  const field = identityField(data, route.name);
  const linkTo = (records: readonly Entity[]) => linker(api, request, page, total, field === undefined || records.length === 0 ? undefined : valuesOf(records.at(-1)!, field)[0]);
  const { body, etag, records } = freshPage(data, address, positions, linkTo, chosen?.fields && ((record) => project(record, chosen.fields)));
  if (body.length > PAGE_BYTES_MAX) return tooLargePage(api, Buffer.byteLength(body));
  if (api.headers?.link) {
    const link = linkHeader(linkTo(records));
    if (link) headers.link = link;
  }
  if (api.headers?.total) headers[api.headers.total.toLowerCase()] = String(total);
  return { status: 200, headers, body, etag };
}

/** One record by its identity, within the parents the path bound. */
export function itemAnswer(dataset: Dataset, request: RoutedRequest, own: Dataset | undefined): Answer {
  const route = request.route as Extract<RecordsRoute, { kind: 'item' }>;
  const data = own ?? dataset;
  const operation: Operation = route.operation;
  const view = data.collection(route.centreCode, route.name)!;
  const named = operation.params.find((p) => p.binds === 'identity');
  const field = (named?.binds === 'identity' ? named.field : undefined) ?? identityField(data, route.name);
  // An item path with no identity in it is the collection's one record (`/store/inventory`).
  const position = route.id === undefined ? (view.count > 0 ? 0 : undefined) : field === undefined ? undefined : positionOf(view, field, route.id);
  const missing = () => notFound(route.id === undefined ? `${route.name} has no record.` : `No ${route.name} record has ${field ?? 'the ID'} "${route.id}".`, { value: route.id ?? null });
  if (position === undefined) return missing();
  const record = view.slice(position, 1)[0]!;
  const chosen = selectionOf(operation, request.query, knownFields(data, route.centreCode, route.name));
  if (chosen && 'status' in chosen) return chosen;
  // An item of a list that serves some records (`/students/{id}`) is one of those, or none.
  if (chosen && !keeps(chosen, record)) return missing();
  const parents = parentPositions(data, route);
  if (parents && !Array.isArray(parents)) return parents as Answer;
  for (const param of operation.params) {
    if (param.binds === 'parent' && param.field && !param.key && !valuesOf(record, param.field).includes(route.parents[param.name]!)) return missing();
  }
  const body = JSON.stringify(itemBody(operation.api, project(record, chosen?.fields), selfUrl(request)));
  return { status: 200, headers: { 'content-type': JSON_TYPE }, body, etag: etagOf(body) };
}
