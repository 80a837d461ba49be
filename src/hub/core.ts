// The hub's own answer to a routed request: the index, the contract, the pages for people,
// one person's records, and the pages of the collections, or the problem a request is (an
// unknown path or school, bad paging, a method the hub does not take). It is pure: the same
// dataset and request give the same bytes. Whole answers, record texts and page envelopes are
// kept in one bounded cache, shared by every test of a configuration.
import type { Dataset } from '../generate/dataset.ts';
import { QTEACHERS_API } from '../model/api.ts';
import { openApiDocument, type OpenApiDocument } from '../contract/document.ts';
import { json, type Answer } from './answer.ts';
import { Lru } from './cache.ts';
import { etagOf } from './etag.ts';
import { htmlAt } from './html.ts';
import { personRecords } from './person.ts';
import { problem } from './problem.ts';
import { itemAnswer, listAnswer } from './records.ts';
import type { RoutedRequest } from './request.ts';
import { collectionPath, didYouMean } from './routes.ts';

const ALLOW = 'GET, HEAD, OPTIONS';
/** Request headers a preflight may name: tokens only, so nothing else is echoed back. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9a-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9a-z-]+)*$/i;

export interface CoreOptions {
  /**
   * Characters kept for repeated requests (record texts, page envelopes, whole answers),
   * keys and overhead counted (16,000,000 by default; 0 turns the cache off).
   */
  cacheChars?: number;
  /** Entries kept at most (16,384 by default), however small. */
  cacheEntries?: number;
}

export const CORE_DEFAULTS = { cacheChars: 16_000_000, cacheEntries: 16_384 } as const;

/** What a step may ask of the core answer beyond the request. */
export interface CoreView {
  /** The data to read instead of the configuration's: a test's own view, never cached. */
  data?: Dataset;
  /** The contract says the hub asks for a bearer token. */
  auth?: boolean;
}

export interface Core {
  readonly dataset: Dataset;
  answer(request: RoutedRequest, view?: CoreView): Answer;
  /** How many entries the cache holds, and their size in characters. */
  readonly stats: { entries: number; size: number };
}

function index(dataset: Dataset): Answer {
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
      endpoints: Object.fromEntries(dataset.collections.map((c) => [c.name, collectionPath(school.centreCode, c.route)])),
    })),
  });
}

/** A whole answer, made once and kept: the hub's index and its contract. */
interface Whole {
  answer: Answer;
  etag: string;
}

/** The hub's answer to GET or HEAD of a known route; with no cache (`cacheChars: 0`), everything is made afresh. */
function read(dataset: Dataset, cache: Lru<unknown> | undefined, request: RoutedRequest, view: CoreView): Answer {
  const { route } = request;
  const whole = (key: string, make: () => Answer): Answer => {
    let kept = cache?.get(key) as Whole | undefined;
    if (!kept) {
      const answer = make();
      kept = { answer, etag: etagOf(answer.body) };
      cache?.set(key, kept, answer.body.length);
    }
    return { ...kept.answer, etag: kept.etag };
  };
  const tagged = (answer: Answer): Answer => (answer.status === 200 ? { ...answer, etag: etagOf(answer.body) } : answer);
  switch (route.kind) {
    case 'index':
      return whole('index', () => index(dataset));
    case 'openapi':
      return whole(view.auth ? 'openapi-auth' : 'openapi', () => json(documentOf(dataset, view.auth === true)));
    case 'html':
      return tagged(htmlAt(route.path) ?? problem({ kind: 'not-found', status: 404, detail: `No page at ${route.path}. The pages are /docs and /explore.` }));
    case 'person': {
      const centreCode = request.query.get('centreCode') ?? '';
      const id = request.query.get('id') ?? '';
      const person = personRecords(view.data ?? dataset, centreCode, id);
      return tagged(person ? json(person) : problem({ kind: 'not-found', status: 404, detail: `No student or staff member of school "${centreCode}" has ID "${id}".` }));
    }
    case 'collection':
      return listAnswer(dataset, cache, request, view.data);
    case 'item':
      return itemAnswer(dataset, request, view.data);
    default:
      return unroutable(dataset, request);
  }
}

/** The problem a request is when its route is not the hub's. */
function unroutable(dataset: Dataset, request: RoutedRequest): Answer {
  const { route } = request;
  if (route.kind === 'unknown-school') {
    const guess = didYouMean(dataset, route.centreCode);
    const hint = guess ? ` Did you mean "${guess}"? Centre codes are 4 digits, leading zeros included.` : ' GET / lists the schools.';
    const param = dataset.model?.schoolParam?.name;
    const named = param ? `${param} "${route.centreCode}"` : `centre code "${route.centreCode}"`;
    return problem({ kind: 'unknown-school', status: 404, detail: `No school has ${named}.${hint}`, extra: { centreCode: route.centreCode } });
  }
  return problem({ kind: 'not-found', status: 404, detail: `No endpoint at ${request.path}. GET / lists the endpoints.` });
}

/** The OpenAPI document of each dataset, built on first request. */
const documents = new WeakMap<Dataset, Map<boolean, OpenApiDocument>>();
function documentOf(dataset: Dataset, auth: boolean): OpenApiDocument {
  let byAuth = documents.get(dataset);
  if (!byAuth) documents.set(dataset, (byAuth = new Map()));
  let document = byAuth.get(auth);
  if (!document) byAuth.set(auth, (document = openApiDocument(dataset, auth ? { auth: true } : {})));
  return document;
}

/**
 * The core answer over a dataset, with its bounded cache.
 * @example createCore(createDataset()).answer(routeRequest(dataset, { method: 'GET', url: '/' }))
 */
export function createCore(dataset: Dataset, { cacheChars = CORE_DEFAULTS.cacheChars, cacheEntries = CORE_DEFAULTS.cacheEntries }: CoreOptions = {}): Core {
  const cache = cacheChars > 0 ? new Lru<unknown>(cacheChars, cacheEntries) : undefined;
  return {
    dataset,
    get stats() {
      return cache?.stats ?? { entries: 0, size: 0 };
    },
    answer(request, view = {}) {
      if (request.route.kind === 'not-found') return unroutable(dataset, request);
      if (request.method === 'OPTIONS') {
        // A preflight is answered for the headers it asks about, named: `*` does not cover Authorization.
        const asked = request.headers['access-control-request-headers']?.trim();
        const headers: Record<string, string> = { allow: ALLOW, 'access-control-allow-methods': ALLOW, 'access-control-max-age': '600', vary: 'Access-Control-Request-Headers' };
        if (asked && HEADER_LIST.test(asked)) headers['access-control-allow-headers'] = asked;
        return { status: 204, headers, body: '' };
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return problem({ kind: 'method-not-allowed', status: 405, detail: `${request.method} is not supported; the hub is read-only.`, headers: { allow: ALLOW } });
      }
      try {
        return read(dataset, cache, request, view);
      } catch (error) {
        // Only a broken model extension gets here; client input never does.
        return problem({ kind: 'generation-failed', status: 500, detail: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
