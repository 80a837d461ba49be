// The hub's one request handler: routing, paging, validation and errors, for every
// transport. It is pure: the same dataset and request give the same bytes.
import type { Dataset } from '../generate/dataset.ts';
import { QTEACHERS_API } from '../model/api.ts';
import { openApiDocument, type OpenApiDocument } from '../openapi/document.ts';
import { pageAt } from './pages.ts';
import { personRecords } from './person.ts';
import { etagOf, matchesIfNoneMatch } from './etag.ts';
import { pageBody, parsePage } from './paginate.ts';
import { problem } from './problem.ts';
import { collectionPath, didYouMean, route } from './routes.ts';
import type { Handle, HubRequest, HubResponse } from './types.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const ALLOW = 'GET, HEAD, OPTIONS';
/** Every response may be read by a page of any origin: the hub holds only synthetic data. */
export const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, etag, vary, www-authenticate, retry-after' };
/**
 * Answers are deterministic for a running hub, but a hub may restart with other options
 * on the same port: caches must revalidate (cheaply, by ETag) rather than reuse blindly.
 */
const CACHE_CONTROL = 'no-cache';

function json(body: unknown): HubResponse {
  return { status: 200, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(body) };
}

/** The OpenAPI document of each dataset, built on first request. */
const documents = new WeakMap<Dataset, OpenApiDocument>();
function documentOf(dataset: Dataset): OpenApiDocument {
  let document = documents.get(dataset);
  if (!document) documents.set(dataset, (document = openApiDocument(dataset)));
  return document;
}

function index(dataset: Dataset): HubResponse {
  return json({
    name: 'seedhub',
    seed: dataset.options.seed,
    // A model of its own pages its own way: a crawler reads how here.
    ...(dataset.api === QTEACHERS_API ? {} : { api: dataset.api }),
    // Its identities and references: what a crawler checks its records against.
    ...(dataset.references ? { references: dataset.references } : {}),
    links: { openapi: '/openapi.json', docs: '/docs', explore: '/explore' },
    schools: dataset.schools.map((school) => ({
      ...school,
      endpoints: Object.fromEntries(
        dataset.collections.map((c) => [c.name, collectionPath(school.centreCode, c.route)]),
      ),
    })),
  });
}

/**
 * What a request asks for: the answer, and the key it is cached under when it can be. The
 * key is canonical, not the URL: a page is named by school, collection, offset and size, so
 * a parameter the contract does not know (ignored, as most APIs do) never makes a new entry.
 */
interface Plan {
  key?: string;
  run(): HubResponse;
}

/** The path and query of a request target; an absolute-form target (`http://host/x`) is read as its path, as servers do. */
export function targetOf(url: string): URL {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      const absolute = new URL(url);
      return new URL(`http://seedhub.invalid${absolute.pathname}${absolute.search}`);
    } catch {
      // Not a URL after all: read as a path below.
    }
  }
  // A base is prefixed, never resolved, so `//x` stays a path.
  return new URL(`http://seedhub.invalid${url.startsWith('/') ? '' : '/'}${url}`);
}

/** Request headers a preflight may name: tokens only, so nothing else is echoed back. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9a-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9a-z-]+)*$/i;

function plan(dataset: Dataset, request: HubRequest): Plan {
  const url = targetOf(request.url);
  const found = route(dataset, url.pathname);
  const now = (response: HubResponse): Plan => ({ run: () => response });
  if (found.kind === 'not-found') {
    return now(problem({ kind: 'not-found', status: 404, detail: `No endpoint at ${url.pathname}. GET / lists the endpoints.` }));
  }
  if (request.method === 'OPTIONS') {
    // A preflight is answered for the headers it asks about, named: `*` does not cover Authorization.
    const asked = header(request.headers, 'access-control-request-headers')?.trim();
    const headers: Record<string, string> = { allow: ALLOW, 'access-control-allow-methods': ALLOW, 'access-control-max-age': '600', vary: 'Access-Control-Request-Headers' };
    if (asked && HEADER_LIST.test(asked)) headers['access-control-allow-headers'] = asked;
    return now({ status: 204, headers, body: '' });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return now(problem({ kind: 'method-not-allowed', status: 405, detail: `${request.method} is not supported; the hub is read-only.`, headers: { allow: ALLOW } }));
  }
  if (found.kind === 'index') return { key: 'index', run: () => index(dataset) };
  if (found.kind === 'openapi') return { key: 'openapi', run: () => json(documentOf(dataset)) };
  if (found.kind === 'page') return now(pageAt(found.path) ?? problem({ kind: 'not-found', status: 404, detail: `No page at ${found.path}. The pages are /docs and /explore.` }));
  if (found.kind === 'person') {
    const centreCode = url.searchParams.get('centreCode') ?? '';
    const id = url.searchParams.get('id') ?? '';
    return {
      run: () => {
        const person = personRecords(dataset, centreCode, id);
        return person ? json(person) : problem({ kind: 'not-found', status: 404, detail: `No student or staff member of school "${centreCode}" has ID "${id}".` });
      },
    };
  }
  if (found.kind === 'unknown-school') {
    const guess = didYouMean(dataset, found.centreCode);
    const hint = guess ? ` Did you mean "${guess}"? Centre codes are 4 digits, leading zeros included.` : ' GET / lists the schools.';
    const param = dataset.model?.schoolParam?.name;
    const named = param ? `${param} "${found.centreCode}"` : `centre code "${found.centreCode}"`;
    return now(problem({ kind: 'unknown-school', status: 404, detail: `No school has ${named}.${hint}`, extra: { centreCode: found.centreCode } }));
  }
  const page = parsePage(url.searchParams, dataset.api);
  if ('status' in page) return now(page);
  return {
    key: `page\u0000${found.centreCode}\u0000${found.name}\u0000${page.offset}\u0000${page.size}`,
    run: () => {
      const collection = dataset.collection(found.centreCode, found.name)!;
      const total = collection.count;
      const records = page.offset < total ? collection.slice(page.offset, page.size) : [];
      return json(pageBody(dataset.api, page, records, total));
    },
  };
}

/** A request header by name, whatever case the transport gave it in. */
function header(headers: HubRequest['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

export interface HandlerOptions {
  /**
   * Characters of answers kept for repeated requests, keys and headers counted (8M by
   * default; 0 turns the cache off). Answers are deterministic, so a cached one is the same
   * bytes as a fresh one.
   */
  cacheChars?: number;
  /** Answers kept at most (4096 by default), however small. */
  cacheEntries?: number;
}

const DEFAULT_CACHE_CHARS = 8_000_000;
const DEFAULT_CACHE_ENTRIES = 4096;
/** What an entry costs beside its body and key: its headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD = 400;

/** A 200 answer to GET, with its ETag and length worked out once. */
interface Ready {
  headers: Record<string, string>;
  body: string;
  etag: string;
}

/** Least recently used answers by canonical key, bounded by their total size and their number. */
function answerCache(limit: number, most: number) {
  const entries = new Map<string, Ready>();
  let size = 0;
  const cost = (key: string, ready: Ready) => key.length + ready.body.length + ENTRY_OVERHEAD;
  return {
    get(key: string): Ready | undefined {
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found);
      }
      return found;
    },
    set(key: string, ready: Ready): void {
      if (cost(key, ready) > limit || most < 1) return;
      entries.set(key, ready);
      size += cost(key, ready);
      for (const [oldest, entry] of entries) {
        if (size <= limit && entries.size <= most) break;
        entries.delete(oldest);
        size -= cost(oldest, entry);
      }
    },
    /** Entries and their total size, for specs and benchmarks. */
    get stats() {
      return { entries: entries.size, size };
    },
  };
}

function ready(response: HubResponse): Ready {
  const etag = etagOf(response.body);
  const headers = { ...CORS, ...response.headers, etag, 'cache-control': CACHE_CONTROL, 'content-length': String(Buffer.byteLength(response.body)) };
  return { headers, body: response.body, etag };
}

/**
 * The hub's request handler over a dataset.
 * @example const handle = createHandler(createDataset()); handle({ method: 'GET', url: '/' })
 */
export function createHandler(dataset: Dataset, { cacheChars = DEFAULT_CACHE_CHARS, cacheEntries = DEFAULT_CACHE_ENTRIES }: HandlerOptions = {}): Handle {
  const cache = answerCache(cacheChars, cacheEntries);
  const handle: Handle = (request) => {
    const method = request.method.toUpperCase();
    const readable = method === 'GET' || method === 'HEAD';
    const planned = plan(dataset, { ...request, method });
    let found = readable && planned.key !== undefined ? cache.get(planned.key) : undefined;
    if (!found) {
      let response: HubResponse;
      try {
        response = planned.run();
      } catch (error) {
        // Only a broken model extension gets here; client input never does.
        response = problem({ kind: 'generation-failed', status: 500, detail: error instanceof Error ? error.message : String(error) });
      }
      if (response.status !== 200 || !readable) {
        const headers = { ...CORS, ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) };
        return { status: response.status, headers, body: method === 'HEAD' ? '' : response.body };
      }
      found = ready(response);
      if (planned.key !== undefined) cache.set(planned.key, found);
    }
    if (matchesIfNoneMatch(header(request.headers, 'if-none-match'), found.etag)) {
      // 304 carries the validators but no body, and no content headers of a body it lacks.
      return { status: 304, headers: { ...CORS, etag: found.etag, 'cache-control': CACHE_CONTROL }, body: '' };
    }
    return { status: 200, headers: { ...found.headers }, body: method === 'HEAD' ? '' : found.body };
  };
  cacheStats.set(handle, () => cache.stats);
  return handle;
}

/** The answer cache of each handler, for specs and benchmarks that hold it to its bounds. */
const cacheStats = new WeakMap<Handle, () => { entries: number; size: number }>();

/** How many answers a handler keeps, and their size in characters (keys and overhead counted). */
export function cacheStatsOf(handle: Handle): { entries: number; size: number } | undefined {
  return cacheStats.get(handle)?.();
}
