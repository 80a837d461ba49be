// A hub held to an OpenAPI document, end to end: every list read to its last page as the
// document pages it; every single item of the records found, and one that is not there;
// every list under a parent for the parents found; each declared filter asked once, and
// sort and fields where declared. Each answer is checked against the document's own schemas
// (required fields included, by ajv), errors against its error schemas; across answers,
// what seedhub reads of the document: identities unique, references resolving, an item
// equal to its record in the list, pages that tile, filters that keep exactly the records
// that match. It works on any hub that serves the document, seedhub or not.
import { createHash } from 'node:crypto';
import { contractOf } from '../contract/check.ts';
import { valuesOf } from '../hub/lookup.ts';
import { valueAt, type ApiShape } from '../model/api.ts';
import type { Entity } from '../model/types.ts';
import type { Bound } from './bindings.ts';
import type { OpenApiInput } from './load.ts';
import { analyse, type Plan } from './plan.ts';

export interface ConformanceOptions {
  document: OpenApiInput;
  baseUrl: string;
  /** Headers every request sends (a token, a required version header). */
  headers?: Readonly<Record<string, string>>;
  /** The tenant's values to crawl, when the document has a tenant parameter. */
  schools?: readonly string[];
  /** Records a page asks for where the document declares a size (default 7: pages that do not divide evenly). */
  pageSize?: number;
  /** Pages read at most per list, and items or parents tried per collection. */
  maxPages?: number;
  sample?: number;
}

export interface ConformanceReport {
  requests: number;
  /** Places where an answer breaks the document: URL, JSON pointer, message. */
  violations: { url: string; pointer: string; message: string }[];
  /** What does not hold across answers (identities, references, items, paging, filters). */
  findings: string[];
  /** Records read, per collection. */
  records: Record<string, number>;
  /** Operations asked, by path template. */
  operations: string[];
  /** Operations a crawl cannot reach, with why (an item whose IDs no list gives). */
  unreached: { path: string; why: string }[];
  /** SHA-256 of every answer's status and body, in the order asked: equal for equal hubs. */
  digest: string;
}

/** The URL of a template with its parameters filled. */
const fill = (path: string, values: Readonly<Record<string, string>>) => path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? ''));

/** The query of a page in an operation's own terms: page `n`, `size` records, after `cursor`, with `extra` parameters. */
function pageQuery(api: ApiShape, n: number, size: number, cursor: string | undefined, extra: Readonly<Record<string, string>> = {}): URLSearchParams {
  const query = new URLSearchParams(extra);
  if (api.page.style === 'page') query.set(api.page.param, String(n + api.page.first));
  if (api.page.style === 'offset') query.set(api.page.param, String(n * size));
  if (api.page.style === 'cursor' && cursor !== undefined) query.set(api.page.param, cursor);
  if (api.size.param !== '') query.set(api.size.param, String(size));
  return query;
}

const recordsIn = (api: ApiShape, body: unknown) => (api.envelope.items === '' ? body : valueAt(body, api.envelope.items)) as Entity[] | Entity | undefined;

/** Crawls a hub as the document describes it and reports every place it does not keep the document. */
export async function conform(options: ConformanceOptions): Promise<ConformanceReport> {
  const { document, baseUrl, headers = {}, maxPages = 50, sample = 5 } = options;
  const plan: Plan = analyse(document, {});
  const contract = contractOf(document as Parameters<typeof contractOf>[0]);
  const report: ConformanceReport = { requests: 0, violations: [], findings: [], records: {}, operations: [], unreached: [], digest: '' };
  const digest = createHash('sha256');
  const origin = new URL(baseUrl).origin;
  const asked = new Set<string>();
  const get = async (template: string, path: string, query?: URLSearchParams, expect = 200, judge = true): Promise<unknown> => {
    const url = `${baseUrl.replace(/\/$/, '')}${path}${query && query.size > 0 ? `?${query}` : ''}`;
    report.requests++;
    asked.add(template);
    const response = await fetch(url, { headers: { accept: 'application/json', ...headers } });
    const text = await response.text();
    // The hub's own address (in links) is not its data: the digest reads it as `{origin}`.
    digest.update(`${response.status} ${url.slice(baseUrl.length)}\n${text.split(origin).join('{origin}')}\n`);
    if (response.status !== expect) {
      report.violations.push({ url, pointer: '', message: `answered ${response.status}, not ${expect}: ${text.slice(0, 200)}` });
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      report.violations.push({ url, pointer: '', message: 'the answer is not JSON' });
      return undefined;
    }
    if (judge) for (const v of contract.check(path, body, expect)) report.violations.push({ url, ...v });
    return body;
  };
  const sizeOf = (api: ApiShape) => (api.size.param === '' ? api.size.default : Math.min(options.pageSize ?? 7, api.size.max));
  /** Every record of a list, to its last page (or `maxPages`), and whether the pages tile. */
  const crawl = async (bound: Bound, values: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> = {}): Promise<Entity[]> => {
    const { operation, collection } = bound;
    const { api } = operation;
    const size = sizeOf(api);
    const seen: Entity[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < maxPages; n++) {
      const body = await get(operation.path, fill(operation.path, values), pageQuery(api, n, size, cursor, extra));
      const records = recordsIn(api, body);
      if (!Array.isArray(records)) break;
      seen.push(...records);
      const identity = collection.identity?.field;
      cursor = identity && records.length > 0 ? String(records.at(-1)![identity]) : undefined;
      const total = api.envelope.total ? valueAt(body, api.envelope.total) : undefined;
      if (records.length < size || api.page.style === 'none' || (typeof total === 'number' && seen.length >= total)) {
        if (typeof total === 'number' && total !== seen.length) report.findings.push(`${operation.path}: total ${total}, but the pages held ${seen.length} records`);
        break;
      }
    }
    const identity = collection.identity?.field;
    if (identity) {
      const ids = seen.map((r) => String(r[identity]));
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      if (twice !== undefined) report.findings.push(`${operation.path}: ${identity} ${twice} is on two records (pages overlap, or identities repeat)`);
    }
    return seen;
  };
  const schools = plan.tenant ? [...(options.schools ?? [])] : [''];
  const topLists = plan.bound.filter((b) => b.operation.kind === 'list' && b.params.every((p) => p.binds !== 'parent'));
  for (const school of schools) {
    const tenant = plan.tenant ? { [plan.tenant.param]: school } : {};
    const byCollection = new Map<string, Entity[]>();
    // Lists that serve all of a collection, then those that serve some (`/students`), held to the first.
    for (const bound of [...topLists.filter((b) => !b.only), ...topLists.filter((b) => b.only)]) {
      const seen = await crawl(bound, tenant);
      const all = byCollection.get(bound.collection.name);
      if (!all) {
        byCollection.set(bound.collection.name, seen);
        report.records[bound.collection.name] = (report.records[bound.collection.name] ?? 0) + seen.length;
      } else if (bound.only && seen.length < maxPages * sizeOf(bound.operation.api)) {
        const { field, value } = bound.only;
        const expected = all.filter((r) => valuesOf(r, field).includes(value)).length;
        if (seen.length !== expected || seen.some((r) => !valuesOf(r, field).includes(value))) report.findings.push(`${bound.operation.path}: ${seen.length} records, but ${expected} of the collection's have ${field} ${value}`);
      }
    }
    const recordsOf = (name: string) => byCollection.get(name) ?? [];
    // References resolve to the records of their kind, and copy what they copy of them.
    for (const p of plan.planned) {
      for (const ref of [...p.references, ...(p.nested ?? [])]) {
        const target = plan.planned.find((t) => t.identity?.kind === ref.kind);
        if (!target) continue;
        const field = ref.key ?? target.identity!.field;
        const byValue = new Map(recordsOf(target.name).map((r) => [String(r[field]), r]));
        if (byValue.size === 0) continue;
        for (const record of recordsOf(p.name)) {
          for (const value of valuesOf(record, ref.via ? `${ref.field}.${ref.via}` : ref.field)) {
            const found = byValue.get(value);
            if (!found) {
              report.findings.push(`${p.name}.${ref.field}${ref.via ? `.${ref.via}` : ''} ${value} is not a ${ref.kind} (${target.name}.${field})`);
              continue;
            }
            for (const copied of ref.copies ?? []) {
              const held = valuesOf(record, `${ref.field}.${copied}`);
              if (!held.includes(String(found[copied]))) report.findings.push(`${p.name}.${ref.field}.${copied} of ${value} is not ${String(found[copied])}, as ${target.name} has it`);
            }
          }
        }
      }
    }
    for (const bound of plan.bound) {
      const { operation, collection, params } = bound;
      const records = recordsOf(collection.name).filter((r) => !bound.only || valuesOf(r, bound.only.field).includes(bound.only.value));
      // Single items equal their records in the list; an ID that is not there is a 404 in the document's error schema.
      if (operation.kind === 'item' && params.every((p) => p.binds !== 'parent')) {
        const identity = params.find((p) => p.binds === 'identity');
        const field = identity?.binds === 'identity' ? identity.field ?? collection.identity?.field : undefined;
        // An item with no identity in its path (`/store/inventory`) is the collection's one record.
        if (identity && records.length === 0) report.unreached.push({ path: operation.path, why: `no list serves ${collection.name}, so no crawl finds an ID to ask for` });
        for (const record of identity ? records.slice(0, sample) : [{}]) {
          const path = fill(operation.path, { ...tenant, ...(identity && field ? { [identity.name]: String(record[field]) } : {}) });
          const item = recordsIn(operation.api, await get(operation.path, path)) as Entity | undefined;
          if (!item || !identity) continue;
          const differ = Object.keys(record).find((key) => key in item && JSON.stringify(item[key]) !== JSON.stringify(record[key]));
          if (differ) report.findings.push(`${path}: ${differ} is ${JSON.stringify(item[differ])}, but ${JSON.stringify(record[differ])} in the list`);
        }
        if (identity && field && records.length > 0) await get(operation.path, fill(operation.path, { ...tenant, [identity.name]: 'seedhub-conformance-absent' }), undefined, 404);
      }
      // An item under a parent (`/accounts/{accountId}/transactions/{transactionId}`): one of each parent's records.
      if (operation.kind === 'item' && params.some((p) => p.binds === 'parent')) await itemsUnder(bound, tenant, recordsOf);
      // Lists under a parent hold only that parent's records.
      const parent = params.find((p) => p.binds === 'parent');
      if (operation.kind === 'list' && parent?.binds === 'parent') {
        const parentIdentity = plan.planned.find((p) => p.name === parent.collection)?.identity?.field;
        for (const record of recordsOf(parent.collection).slice(0, parentIdentity ? sample : 0)) {
          const body = await get(operation.path, fill(operation.path, { ...tenant, [parent.name]: String(record[parentIdentity!]) }), pageQuery(operation.api, 0, operation.api.size.max, undefined));
          const named = String(record[parent.key ?? parentIdentity!]);
          const children = recordsIn(operation.api, body);
          for (const child of Array.isArray(children) && parent.field ? children : []) {
            const holds = valuesOf(child, parent.field);
            if (!holds.includes(named)) report.findings.push(`${operation.path} for ${named}: a record whose ${parent.field} is ${holds.join(', ') || 'empty'}`);
          }
        }
      }
      if (operation.kind === 'list' && !parent) await queries(bound, records, tenant);
    }
  }

  /** Items under their parents: for a few parents, the first record each list under it holds, asked by its identity. */
  async function itemsUnder(bound: Bound, tenant: Readonly<Record<string, string>>, recordsOf: (name: string) => Entity[]): Promise<void> {
    const { operation, collection, params } = bound;
    const parent = params.find((p) => p.binds === 'parent');
    const identity = params.find((p) => p.binds === 'identity');
    const list = plan.bound.find((b) => b.operation.kind === 'list' && b.collection === collection && b.params.some((p) => p.binds === 'parent' && parent?.binds === 'parent' && p.collection === parent.collection));
    const field = identity?.binds === 'identity' ? identity.field ?? collection.identity?.field : undefined;
    if (parent?.binds !== 'parent' || !list || !identity || !field) return;
    const parentIdentity = plan.planned.find((p) => p.name === parent.collection)?.identity?.field;
    const listParent = list.params.find((p) => p.binds === 'parent')!;
    for (const record of recordsOf(parent.collection).slice(0, parentIdentity ? sample : 0)) {
      const id = String(record[parentIdentity!]);
      const children = recordsIn(list.operation.api, await get(list.operation.path, fill(list.operation.path, { ...tenant, [listParent.name]: id }), pageQuery(list.operation.api, 0, sizeOf(list.operation.api), undefined)));
      const child = Array.isArray(children) ? children[0] : undefined;
      if (!child) continue;
      const item = recordsIn(operation.api, await get(operation.path, fill(operation.path, { ...tenant, [parent.name]: id, [identity.name]: String(child[field]) }))) as Entity | undefined;
      const differ = item && Object.keys(child).find((key) => key in item && JSON.stringify(item[key]) !== JSON.stringify(child[key]));
      if (differ) report.findings.push(`${operation.path} for ${id}: ${differ} is ${JSON.stringify(item![differ])}, but ${JSON.stringify(child[differ])} in the list`);
    }
  }

  /** Each declared filter asked once, with a value a record has: exactly the records that hold it. Sort and fields likewise. */
  async function queries(bound: Bound, records: readonly Entity[], tenant: Readonly<Record<string, string>>): Promise<void> {
    const { operation } = bound;
    if (records.length === 0 || records.length >= maxPages * sizeOf(operation.api)) return;
    const path = fill(operation.path, tenant);
    for (const param of bound.query ?? []) {
      if (param.does === 'equals') {
        const value = valuesOf(records[0]!, param.field)[0];
        if (value === undefined || (param.values && !param.values.includes(value))) continue;
        const kept = await crawl(bound, tenant, { [param.name]: value });
        const expected = records.filter((r) => valuesOf(r, param.field).includes(value)).length;
        if (kept.length !== expected || kept.some((r) => !valuesOf(r, param.field).includes(value))) report.findings.push(`${operation.path}?${param.name}=${value}: ${kept.length} records, but ${expected} hold ${param.field} ${value}`);
      } else if (param.does === 'filter') {
        const field = Object.keys(records[0]!).find((k) => typeof records[0]![k] === 'string');
        if (!field) continue;
        const value = String(records[0]![field]);
        const kept = await crawl(bound, tenant, { [param.name]: `${field}='${value.replace(/'/g, "''")}'` });
        const expected = records.filter((r) => String(r[field]) === value).length;
        if (kept.length !== expected) report.findings.push(`${operation.path}?${param.name}=${field}='${value}': ${kept.length} records, but ${expected} have it`);
      } else if (param.does === 'sort') {
        const field = Object.keys(records[0]!).find((k) => typeof records[0]![k] === 'string' && k !== bound.collection.identity?.field);
        if (!field) continue;
        const order = bound.query?.find((q) => q.does === 'order');
        const body = await get(operation.path, path, pageQuery(operation.api, 0, sizeOf(operation.api), undefined, { [param.name]: field, ...(order ? { [order.name]: 'desc' } : {}) }));
        const page = recordsIn(operation.api, body);
        const values = Array.isArray(page) ? page.map((r) => String(r[field])) : [];
        const number = /^-?\d+(\.\d+)?$/;
        const sorted = [...values].sort((a, b) => (number.test(a) && number.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
        if (order) sorted.reverse();
        if (JSON.stringify(values) !== JSON.stringify(sorted)) report.findings.push(`${operation.path}?${param.name}=${field}: the page is not in ${order ? 'descending' : 'ascending'} order of ${field}`);
      } else if (param.does === 'fields') {
        const wanted = Object.keys(records[0]!).slice(0, 2);
        // Records of some fields leave out ones the schema requires: the answer is judged by its fields alone.
        const body = await get(operation.path, path, pageQuery(operation.api, 0, sizeOf(operation.api), undefined, { [param.name]: wanted.join(',') }), 200, false);
        const page = recordsIn(operation.api, body);
        if (Array.isArray(page) && page.some((r) => Object.keys(r).some((k) => !wanted.includes(k)))) report.findings.push(`${operation.path}?${param.name}=${wanted.join(',')}: records keep other fields`);
      }
    }
  }
  report.operations = plan.bound.map((b) => b.operation.path).filter((p) => asked.has(p));
  report.digest = digest.digest('hex');
  return report;
}
