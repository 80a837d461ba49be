// Crawling one endpoint page by page, and the checks on the paging itself: totals agree
// on every page, no record is served twice, the count matches, a page past the end is empty.
import { createHash } from 'node:crypto';
import { pageQuery, QTEACHERS_API, valueAt, type ApiShape } from '../model/api.ts';
import type { Contract } from '../contract/check.ts';
import { readJson, type HubFetch } from './http.ts';
import { recordId, where } from './record-id.ts';
import type { Finding, PagedRow, Row } from './types.ts';

export interface EndpointTarget {
  centreCode: string;
  endpoint: string;
  /** The endpoint's absolute URL, without paging parameters. */
  url: string;
  /** How the hub pages (QTeachers' by default). */
  api?: ApiShape;
  /** An OpenAPI contract every page's body is held to: each place it breaks is a `contract` finding. */
  contract?: Contract;
}

export interface EndpointCrawl {
  rows: PagedRow[];
  totalRecords?: number;
  complete: boolean;
  findings: Finding[];
}

/** Records a crawl may still keep, shared by all its endpoints; `spent` once a crawl ran out. */
export interface Budget {
  records: number;
  spent: boolean;
}

/** A short, fixed-size key of a record: what duplicates are found by, without keeping every record's JSON twice. */
const keyOf = (record: unknown) => createHash('sha1').update(JSON.stringify(record)).digest('base64');

/** The URL of page `page` (0-based) at `size` records a page. */
export function pageUrl(url: string, page: number, size: number, api: ApiShape = QTEACHERS_API): string {
  const target = new URL(url);
  for (const [name, value] of pageQuery(api, page, size)) target.searchParams.set(name, value);
  return target.href;
}

/** The JSON pointer of the records array of an envelope: `data.items` → `/data/items`. */
const itemsPointer = (items: string) => (items === '' ? '' : `/${items.split('.').join('/')}`);

/** The record a JSON pointer of a page body falls in, if it falls in one. */
function recordAt(data: readonly unknown[], prefix: string, pointer: string): Row | undefined {
  if (!pointer.startsWith(`${prefix}/`)) return undefined;
  const index = Number(pointer.slice(prefix.length + 1).split('/')[0]);
  const record = Number.isInteger(index) ? data[index] : undefined;
  return typeof record === 'object' && record !== null ? (record as Row) : undefined;
}

interface Totals {
  totalRecords: number;
  totalPages: number;
}

/** The totals a page states, where the API shape puts them; a shape without total pages has them worked out. */
function totalsOf(body: unknown, api: ApiShape, size: number): Totals | undefined {
  if (!api.envelope.total) return undefined;
  const totalRecords = valueAt(body, api.envelope.total);
  const totalPages = api.envelope.totalPages ? valueAt(body, api.envelope.totalPages) : typeof totalRecords === 'number' ? Math.ceil(totalRecords / size) : undefined;
  return typeof totalRecords === 'number' && typeof totalPages === 'number' ? { totalRecords, totalPages } : undefined;
}

/**
 * Every page of one endpoint at `size` records a page, at most `maxPages` pages.
 * `checkPastEnd` also asks for the page after the last and expects `200` with `data: []`.
 */
export async function crawlEndpoint(fetch: HubFetch, target: EndpointTarget, size: number, maxPages: number, checkPastEnd: boolean, budget: Budget = { records: Infinity, spent: false }): Promise<EndpointCrawl> {
  const { centreCode, endpoint } = target;
  const api = target.api ?? QTEACHERS_API;
  const items = api.envelope.items;
  const note = checkPastEnd ? '' : ` (page size ${size})`;
  const findings: Finding[] = [];
  const find = (rule: string, page: number, text: string, id?: string) =>
    findings.push({ rule, centreCode, endpoint, page, ...(id === undefined ? {} : { id }), message: `${where(centreCode, endpoint, page)}${note}: ${text}` });
  const rows: PagedRow[] = [];
  const seen = new Map<string, number>();
  let first: Totals | undefined;
  let page = 0;
  for (; ; page++) {
    if (page >= maxPages) {
      find('paging-limit', page, `stopped after ${maxPages} pages; the endpoint may page forever (raise maxPages for a bigger hub)`);
      return { rows, totalRecords: first?.totalRecords, complete: false, findings };
    }
    const read = await readJson(fetch, pageUrl(target.url, page, size, api));
    const body = read.ok ? read.body : undefined;
    const data = valueAt(body, items);
    if (!read.ok || !Array.isArray(data)) {
      find('http-status', page, read.ok ? `the answer has no "${items}" array` : `GET ${read.reason}`);
      return { rows, totalRecords: first?.totalRecords, complete: false, findings };
    }
    if (target.contract && checkPastEnd) {
      for (const { pointer, message } of target.contract.check(new URL(target.url).pathname, body)) {
        const record = recordAt(data, itemsPointer(items), pointer);
        const id = record ? recordId(record) : undefined;
        find('contract', page, `${id ? `${id} ` : ''}at ${pointer || '/'}: ${message}`, id);
      }
    }
    const totals = totalsOf(body, api, size);
    if (!totals && api.envelope.total) find('paging-totals', page, `${[api.envelope.total, api.envelope.totalPages].filter(Boolean).join(' and ')} ${api.envelope.totalPages ? 'are' : 'is'} missing or not numbers`);
    else if (!totals) {
      // A shape without totals: nothing to hold the pages to.
    } else if (!first) {
      first = totals;
      const pages = Math.ceil(totals.totalRecords / size);
      if (totals.totalPages !== pages) find('paging-totals', page, `totalPages ${totals.totalPages} is not ${pages} for ${totals.totalRecords} records of ${size} a page`);
    } else if (totals.totalRecords !== first.totalRecords || totals.totalPages !== first.totalPages) {
      find('paging-totals', page, `totalRecords ${totals.totalRecords} and totalPages ${totals.totalPages} disagree with page 0 (${first.totalRecords}, ${first.totalPages})`);
    }
    if (data.length > budget.records) {
      // Only the first crawl to run out says so; the rest stop quietly.
      if (!budget.spent) find('crawl-limit', page, `stopped: the crawl has kept its limit of records (raise maxRecords, or --max-records, for a bigger hub)`);
      budget.spent = true;
      return { rows, totalRecords: first?.totalRecords, complete: false, findings };
    }
    budget.records -= data.length;
    for (const record of data as Row[]) {
      const key = keyOf(record);
      const earlier = seen.get(key);
      if (earlier !== undefined) find('paging-duplicate', page, `record ${recordId(record)} is also on page ${earlier}`, recordId(record));
      else seen.set(key, page);
      rows.push({ page, record });
    }
    const last = data.length < size || (first !== undefined && page + 1 >= first.totalPages);
    if (last) break;
  }
  if (first && rows.length !== first.totalRecords) {
    find('paging-count', page, `${rows.length} records on ${page + 1} pages, but totalRecords is ${first.totalRecords}`);
  }
  if (checkPastEnd) {
    const past = Math.max(page + 1, first?.totalPages ?? 0);
    const read = await readJson(fetch, pageUrl(target.url, past, size, api));
    const data = read.ok ? valueAt(read.body, items) : undefined;
    if (!read.ok) find('paging-past-end', past, `a page past the end ${read.reason}, not 200 with ${items} []`);
    else if (!Array.isArray(data) || data.length > 0) {
      find('paging-past-end', past, `a page past the end has ${Array.isArray(data) ? `${data.length} records` : `no "${items}" array`}, not ${items} []`);
    }
  }
  return { rows, totalRecords: first?.totalRecords, complete: true, findings };
}

/** A finding when two crawls at different page sizes did not serve the same list. */
export function comparePageSizes(target: EndpointTarget, main: EndpointCrawl, mainSize: number, other: EndpointCrawl, otherSize: number): Finding[] {
  const a = main.rows.map((r) => JSON.stringify(r.record));
  const b = other.rows.map((r) => JSON.stringify(r.record));
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  if (at === a.length && at === b.length) return [];
  const describe = (rows: PagedRow[]) => (rows[at] ? recordId(rows[at]!.record) : 'the end');
  const page = Math.floor(at / mainSize);
  return [{
    rule: 'paging-page-size',
    centreCode: target.centreCode,
    endpoint: target.endpoint,
    page,
    message: `${where(target.centreCode, target.endpoint, page)}: pages of ${mainSize} and of ${otherSize} differ at record ${at} (${describe(main.rows)} against ${describe(other.rows)}; ${a.length} against ${b.length} records)`,
  }];
}
