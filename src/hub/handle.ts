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
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, etag' };
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

function answer(dataset: Dataset, request: HubRequest): HubResponse {
  // The URL is a path and query; a base is prefixed, never resolved, so `//x` stays a path.
  const url = new URL(`http://seedhub.invalid${request.url.startsWith('/') ? '' : '/'}${request.url}`);
  const found = route(dataset, url.pathname);
  if (found.kind === 'not-found') {
    return problem({ kind: 'not-found', status: 404, detail: `No endpoint at ${url.pathname}. GET / lists the endpoints.` });
  }
  if (request.method === 'OPTIONS') {
    return { status: 204, headers: { allow: ALLOW, 'access-control-allow-methods': ALLOW, 'access-control-allow-headers': '*' }, body: '' };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem({ kind: 'method-not-allowed', status: 405, detail: `${request.method} is not supported; the hub is read-only.`, headers: { allow: ALLOW } });
  }
  if (found.kind === 'index') return index(dataset);
  if (found.kind === 'openapi') return json(documentOf(dataset));
  if (found.kind === 'page') return pageAt(found.path) ?? problem({ kind: 'not-found', status: 404, detail: `No page at ${found.path}. The pages are /docs and /explore.` });
  if (found.kind === 'person') {
    const centreCode = url.searchParams.get('centreCode') ?? '';
    const id = url.searchParams.get('id') ?? '';
    const person = personRecords(dataset, centreCode, id);
    return person ? json(person) : problem({ kind: 'not-found', status: 404, detail: `No student or staff member of school "${centreCode}" has ID "${id}".` });
  }
  if (found.kind === 'unknown-school') {
    const guess = didYouMean(dataset, found.centreCode);
    const hint = guess ? ` Did you mean "${guess}"? Centre codes are 4 digits, leading zeros included.` : ' GET / lists the schools.';
    const param = dataset.model?.schoolParam?.name;
    const named = param ? `${param} "${found.centreCode}"` : `centre code "${found.centreCode}"`;
    return problem({ kind: 'unknown-school', status: 404, detail: `No school has ${named}.${hint}`, extra: { centreCode: found.centreCode } });
  }
  const page = parsePage(url.searchParams, dataset.api);
  if ('status' in page) return page;
  const collection = dataset.collection(found.centreCode, found.name)!;
  const total = collection.count;
  const records = page.offset < total ? collection.slice(page.offset, page.size) : [];
  return json(pageBody(dataset.api, page, records, total));
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
   * Characters of answer bodies kept for repeated requests (8M by default; 0 turns the
   * cache off). Answers are deterministic, so a cached one is the same bytes as a fresh one.
   */
  cacheChars?: number;
}

const DEFAULT_CACHE_CHARS = 8_000_000;

/** A 200 answer to GET, with its ETag and length worked out once. */
interface Ready {
  headers: Record<string, string>;
  body: string;
  etag: string;
}

/** Least recently used answers by URL, bounded by the total length of their bodies. */
function answerCache(limit: number) {
  const entries = new Map<string, Ready>();
  let size = 0;
  return {
    get(url: string): Ready | undefined {
      const found = entries.get(url);
      if (found) {
        entries.delete(url);
        entries.set(url, found);
      }
      return found;
    },
    set(url: string, ready: Ready): void {
      if (ready.body.length > limit) return;
      entries.set(url, ready);
      size += ready.body.length;
      for (const [oldest, entry] of entries) {
        if (size <= limit) break;
        entries.delete(oldest);
        size -= entry.body.length;
      }
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
export function createHandler(dataset: Dataset, { cacheChars = DEFAULT_CACHE_CHARS }: HandlerOptions = {}): Handle {
  const cache = answerCache(cacheChars);
  return (request) => {
    const method = request.method.toUpperCase();
    const readable = method === 'GET' || method === 'HEAD';
    let found = readable ? cache.get(request.url) : undefined;
    if (!found) {
      let response: HubResponse;
      try {
        response = answer(dataset, { ...request, method });
      } catch (error) {
        // Only a broken model extension gets here; client input never does.
        response = problem({ kind: 'generation-failed', status: 500, detail: error instanceof Error ? error.message : String(error) });
      }
      if (response.status !== 200 || !readable) {
        const headers = { ...CORS, ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) };
        return { status: response.status, headers, body: method === 'HEAD' ? '' : response.body };
      }
      found = ready(response);
      cache.set(request.url, found);
    }
    if (matchesIfNoneMatch(header(request.headers, 'if-none-match'), found.etag)) {
      // 304 carries the validators but no body, and no content headers of a body it lacks.
      return { status: 304, headers: { ...CORS, etag: found.etag, 'cache-control': CACHE_CONTROL }, body: '' };
    }
    return { status: 200, headers: { ...found.headers }, body: method === 'HEAD' ? '' : found.body };
  };
}
