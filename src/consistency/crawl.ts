// The crawl: every page of every endpoint of every school, through any fetch, into a
// Crawl that the pure checks read. Paging faults and failed answers become findings.
import type { ApiShape } from '../model/api.ts';
import type { ModelReferences } from '../model/types.ts';
import type { Contract } from '../contract/check.ts';
import { discover } from './discover.ts';
import type { HubFetch } from './http.ts';
import { comparePageSizes, crawlEndpoint, type Budget, type EndpointTarget } from './paging.ts';
import type { CrawledEndpoint, Finding, CrawledSchool, Crawl } from './types.ts';

/** The crawl's defaults, documented in docs/consistency.md. */
export const CRAWL_DEFAULTS = {
  pageSize: 100,
  /** A second, different page size: its pages must concatenate to the same list. */
  comparePageSize: 7,
  /** Pages per endpoint and pass: a broken hub that never ends cannot loop the crawl forever. */
  maxPages: 10_000,
  /** Records kept in all (they are what the rules read): bounds the crawl's memory. */
  maxRecords: 250_000,
} as const;

export interface CrawlOptions {
  /** Global `fetch`, `(url) => request.get(url)` of Playwright, or `handlerFetch(handle)`. */
  fetch: HubFetch;
  /** The hub's origin, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** Centre codes to crawl; all the schools that `GET /` lists when absent. */
  schools?: readonly string[];
  pageSize?: number;
  /** `false` skips the second crawl at another page size. */
  comparePageSize?: number | false;
  maxPages?: number;
  /** Records to keep in all before the crawl stops (a `crawl-limit` finding): bounds memory. */
  maxRecords?: number;
  /** Endpoint names to crawl (`students`, `staff-photos`...); all when absent. */
  endpoints?: readonly string[];
  /** How the hub pages; else what its index says, else QTeachers' paging. */
  api?: ApiShape;
  /**
   * A model of its own's identities and references, for a hub without a seedhub index (`GET /`
   * listing the schools); a seedhub hub states its own (none for QTeachers).
   */
  references?: ModelReferences;
  /** Endpoint name → route template (`{school}` for the school), for a hub whose index does not list them. */
  routes?: Readonly<Record<string, string>>;
  /** An OpenAPI contract (`contractOf(document)`) every page is held to: breaks are `contract` findings. */
  contract?: Contract;
}

/** A page size other than `main` that keeps the comparison crawl within `maxPages`. */
function otherSize(wanted: number, main: number, records: number, maxPages: number): number {
  let size = Math.max(wanted, Math.ceil(records / maxPages));
  if (size === main) size = main > 1 ? main - 1 : main + 1;
  return size;
}

async function crawlOne(fetch: HubFetch, target: EndpointTarget, options: Required<Omit<CrawlOptions, 'schools' | 'endpoints' | 'api' | 'references' | 'routes' | 'contract' | 'maxRecords'> & { budget: Budget }>) {
  const main = await crawlEndpoint(fetch, target, options.pageSize, options.maxPages, true, options.budget);
  const findings: Finding[] = [...main.findings];
  if (options.comparePageSize !== false && main.complete) {
    const size = otherSize(options.comparePageSize, options.pageSize, main.rows.length, options.maxPages);
    // The second pass is compared and dropped, so it is held to the first pass's size (or the
    // total the hub states), not to the budget; its page limit bounds it either way.
    const records = Math.max(main.rows.length, main.totalRecords ?? 0) + size;
    const other = await crawlEndpoint(fetch, target, size, options.maxPages, false, { records, spent: true });
    findings.push(...other.findings);
    if (other.complete) findings.push(...comparePageSizes(target, main, options.pageSize, other, size));
  }
  const crawl: CrawledEndpoint = {
    path: new URL(target.url).pathname,
    ...(main.totalRecords === undefined ? {} : { totalRecords: main.totalRecords }),
    rows: main.rows,
    complete: main.complete,
  };
  return { crawl, findings };
}

/**
 * Crawls a hub through `fetch`: every page of every endpoint of every school.
 * @example const crawl = await crawlHub({ fetch, baseUrl: server.url }); checkCrawl(crawl)
 */
export async function crawlHub(options: CrawlOptions): Promise<Crawl> {
  const settings = {
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    pageSize: options.pageSize ?? CRAWL_DEFAULTS.pageSize,
    comparePageSize: options.comparePageSize ?? CRAWL_DEFAULTS.comparePageSize,
    maxPages: options.maxPages ?? CRAWL_DEFAULTS.maxPages,
    budget: { records: options.maxRecords ?? CRAWL_DEFAULTS.maxRecords, spent: false },
  };
  const { schools: targets, api: indexApi, references: indexReferences, indexed } = await discover(options.fetch, options.baseUrl, options.schools, options.endpoints, options.routes);
  const api = options.api ?? indexApi;
  const references = indexReferences ?? (indexed ? undefined : options.references);
  // A hub that caps its page size below the default is crawled at its cap, unless told otherwise.
  if (options.pageSize === undefined && api && api.size.max < settings.pageSize) settings.pageSize = api.size.max;
  const schools: CrawledSchool[] = [];
  const findings: Finding[] = [];
  if (targets.length === 0) {
    findings.push({ rule: 'no-schools', centreCode: '', endpoint: '', message: `${new URL('/', options.baseUrl).href}: GET / lists no schools, so there is nothing to check` });
  }
  for (const school of targets) {
    // Endpoints of a school are crawled side by side; results keep the index's order.
    const crawled = await Promise.all(
      Object.entries(school.endpoints).map(async ([endpoint, url]) => [endpoint, await crawlOne(options.fetch, { centreCode: school.centreCode, endpoint, url, ...(api ? { api } : {}), ...(options.contract ? { contract: options.contract } : {}) }, settings)] as const),
    );
    for (const [, result] of crawled) findings.push(...result.findings);
    const { endpoints: _urls, ...about } = school;
    schools.push({ ...about, endpoints: Object.fromEntries(crawled.map(([endpoint, result]) => [endpoint, result.crawl])) });
  }
  return { baseUrl: options.baseUrl, pageSize: settings.pageSize, schools, findings, ...(references ? { references } : {}) };
}
