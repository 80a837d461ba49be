// The hub's one request handler: routing, paging, validation and errors, for every
// transport. It is pure: the same dataset and request give the same bytes.
import type { Dataset } from '../generate/dataset.ts';
import { QTEACHERS_API } from '../model/api.ts';
import { openApiDocument, type OpenApiDocument } from '../openapi/document.ts';
import { pageAt } from './pages.ts';
import { personRecords } from './person.ts';
import { etagOf, matchesIfNoneMatch } from './etag.ts';
import { pageBody, parsePage, type Page } from './paginate.ts';
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
  /** A collection page: assembled from cached record texts rather than cached whole. */
  page?: { centreCode: string; name: string; page: Page };
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
    page: { centreCode: found.centreCode, name: found.name, page },
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
   * Characters kept for repeated requests (record texts, page envelopes, whole answers),
   * keys and overhead counted (16,000,000 by default; 0 turns the cache off). Answers are
   * deterministic, so a cached one is the same bytes as a fresh one.
   */
  cacheChars?: number;
  /** Entries kept at most (16,384 by default), however small. */
  cacheEntries?: number;
}

const DEFAULT_CACHE_CHARS = 16_000_000;
const DEFAULT_CACHE_ENTRIES = 16_384;
/** What an entry costs beside its body and key: its headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD = 400;

/** A 200 answer to GET, with its ETag and length worked out once. */
interface Ready {
  headers: Record<string, string>;
  body: string;
  etag: string;
}

/**
 * Least recently used values by key, bounded by their total cost (characters, keys and
 * overhead counted) and their number. A value may grow after it is set (`grow`).
 */
class Lru<V> {
  private readonly entries = new Map<string, { value: V; cost: number; used: number }>();
  private size = 0;
  /** Counts every set and refresh: an entry's `used` says how recently it moved to the back. */
  private clock = 0;

  constructor(private readonly limit: number, private readonly most: number) {}

  get(key: string): V | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    // Moved to the back (most recent) only from the older half: a hit on a recent entry
    // costs a lookup, not a delete and an insert, and eviction order stays nearly LRU.
    if (this.clock - found.used > this.entries.size >> 1) {
      this.entries.delete(key);
      this.entries.set(key, found);
      found.used = ++this.clock;
    }
    return found.value;
  }

  set(key: string, value: V, cost: number): void {
    const total = cost + key.length + ENTRY_OVERHEAD;
    if (total > this.limit || this.most < 1) return;
    this.remove(key);
    this.entries.set(key, { value, cost: total, used: ++this.clock });
    this.size += total;
    this.evict();
  }

  /** Counts more cost against a value already held (a block of records that filled in). */
  grow(key: string, delta: number): void {
    const found = this.entries.get(key);
    if (!found) return;
    found.cost += delta;
    this.size += delta;
    this.evict();
  }

  get stats() {
    return { entries: this.entries.size, size: this.size };
  }

  private remove(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.size -= found.cost;
  }

  private evict(): void {
    for (const [oldest] of this.entries) {
      if (this.size <= this.limit && this.entries.size <= this.most) break;
      this.remove(oldest);
    }
  }
}

/** Records per block of serialised record texts: what a page reads and fills. */
const BLOCK = 256;
/** Marks where a page's records go in its serialised envelope. */
const RECORDS = '\u0000seedhub-records\u0000';
const RECORDS_JSON = JSON.stringify([RECORDS]);

/** A block of a collection's record texts, and each one's length in UTF-8 bytes. */
interface Block {
  texts: (string | undefined)[];
  bytes: Uint32Array;
}

/**
 * The JSON texts of records `offset` to `offset + count - 1` of a collection, each made
 * once and kept while the cache allows, and their total length in UTF-8 bytes.
 */
function recordTexts(cache: Lru<unknown>, dataset: Dataset, centreCode: string, name: string, offset: number, count: number): { texts: string[]; bytes: number } {
  const view = dataset.collection(centreCode, name)!;
  const texts = new Array<string>(count);
  let bytes = 0;
  let at = offset;
  const end = offset + count;
  while (at < end) {
    const first = at - (at % BLOCK);
    const key = `records\u0000${centreCode}\u0000${name}\u0000${first}`;
    let block = cache.get(key) as Block | undefined;
    if (!block) cache.set(key, (block = { texts: new Array<string | undefined>(BLOCK), bytes: new Uint32Array(BLOCK) }), BLOCK * 4);
    const stop = Math.min(end, first + BLOCK);
    while (at < stop) {
      const known = block.texts[at - first];
      if (known !== undefined) {
        texts[at - offset] = known;
        bytes += block.bytes[at - first]!;
        at++;
        continue;
      }
      // A run of records not made yet: made together, which is cheaper than one by one.
      let missing = at;
      while (missing < stop && block.texts[missing - first] === undefined) missing++;
      let added = 0;
      for (const [i, record] of view.slice(at, missing - at).entries()) {
        const text = JSON.stringify(record);
        const length = Buffer.byteLength(text);
        block.texts[at + i - first] = text;
        block.bytes[at + i - first] = length;
        texts[at + i - offset] = text;
        bytes += length;
        added += text.length;
      }
      cache.grow(key, added);
      at = missing;
    }
  }
  return { texts, bytes };
}

/**
 * What a page's answer holds besides its records, worked out on its first request and
 * cached under its canonical key: the envelope around the records, its length in UTF-8
 * bytes with the brackets and commas, and the ETag of the whole body.
 */
interface Frame {
  before: string;
  after: string;
  bytes: number;
  etag?: string;
}

function frameOf(dataset: Dataset, page: Page, total: number, count: number): Frame {
  const envelope = JSON.stringify(pageBody(dataset.api, page, [RECORDS], total));
  const at = envelope.indexOf(RECORDS_JSON);
  const before = envelope.slice(0, at);
  const after = envelope.slice(at + RECORDS_JSON.length);
  // Commas and brackets are one byte each; the envelope is short, so measured.
  return { before, after, bytes: Buffer.byteLength(before) + Buffer.byteLength(after) + Math.max(0, count - 1) + 2 };
}

/** A collection page's body, its length in bytes and its ETag: the envelope, with the records' texts put in place. */
function assembledPage(cache: Lru<unknown>, dataset: Dataset, key: string, { centreCode, name, page }: NonNullable<Plan['page']>): { body: string; bytes: number; etag: string } {
  const total = dataset.collection(centreCode, name)!.count;
  const count = Math.max(0, Math.min(page.size, total - page.offset));
  const records = count > 0 ? recordTexts(cache, dataset, centreCode, name, page.offset, count) : { texts: [], bytes: 0 };
  const frameKey = `frame\u0000${key}`;
  let frame = cache.get(frameKey) as Frame | undefined;
  const made = !frame;
  frame ??= frameOf(dataset, page, total, count);
  const body = `${frame.before}[${records.texts.join(',')}]${frame.after}`;
  if (frame.etag === undefined) frame.etag = etagOf(body);
  if (made) cache.set(frameKey, frame, frame.before.length + frame.after.length + frame.etag.length);
  return { body, bytes: frame.bytes + records.bytes, etag: frame.etag };
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
  // One bounded cache holds whole answers (the index, the document), blocks of record texts
  // that pages are assembled from, and pages' ETags.
  const cache = new Lru<unknown>(cacheChars, cacheEntries);
  const handle: Handle = (request) => {
    const method = request.method.toUpperCase();
    const readable = method === 'GET' || method === 'HEAD';
    const planned = plan(dataset, { ...request, method });
    let found: Ready | undefined;
    if (readable && planned.page && cacheChars > 0) {
      try {
        const { body, bytes, etag } = assembledPage(cache, dataset, planned.key!, planned.page);
        found = {
          body,
          etag,
          headers: { ...CORS, 'content-type': JSON_TYPE, etag, 'cache-control': CACHE_CONTROL, 'content-length': String(bytes) },
        };
      } catch (error) {
        // Only a broken model extension gets here; client input never does.
        const failed = problem({ kind: 'generation-failed', status: 500, detail: error instanceof Error ? error.message : String(error) });
        return { ...failed, headers: { ...CORS, ...failed.headers, 'content-length': String(Buffer.byteLength(failed.body)) } };
      }
    } else if (readable && planned.key !== undefined) found = cache.get(planned.key) as Ready | undefined;
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
      if (planned.key !== undefined) cache.set(planned.key, found, found.body.length);
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
