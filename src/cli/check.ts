// `seedhub check`: crawl any running hub that speaks the API, print the findings, exit 1
// when there are any. QA can point it at a real data hub sandbox as well as at seedhub.
import { checkHub } from '../consistency/check-hub.ts';
import { CRAWL_DEFAULTS } from '../consistency/crawl.ts';
import { FETCH_LIMITS, limitedFetch } from '../consistency/http.ts';
import { CrawlError } from '../consistency/discover.ts';
import { PAGING } from '../model/api.ts';
import { readFlags, schoolsHint, schoolsOption, UsageError, wholeNumber } from './args.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';
import { schoolCodeFits } from '../options.ts';
import { routeTemplate } from '../model/extend.ts';
import type { Model } from '../model/types.ts';
import { contractOf } from '../contract/check.ts';

function hubUrl(value: string | undefined): string {
  if (!value) throw new UsageError('Failed to check: --url URL is required, e.g. --url http://127.0.0.1:4010.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`Failed to read --url: "${value}" is not a URL. Give one such as http://127.0.0.1:4010.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`Failed to read --url: "${value}" is not http or https.`);
  return url.href;
}

/**
 * `--centres` (or the old `--schools LIST`): codes only, since a count means nothing to a hub
 * that is already running: 4-digit centre codes, or values of the `--openapi` document's
 * school parameter. The hint for `--schools` comes once the codes are known to be good.
 */
function centreCodes(values: { schools?: string; centres?: string }, io: Io, model?: Model): string[] | undefined {
  // Before `--centres`, check read any `--schools` as codes: it still does.
  const flag = values.centres !== undefined ? 'centres' : 'schools';
  const given = schoolsOption(values.schools === undefined ? undefined : `${values.schools},`, values.centres).schools;
  if (given === undefined || typeof given === 'number') return undefined;
  if (given.length === 0) throw new UsageError(`Failed to read --${flag}: no centre codes given. Give one or more, e.g. --centres 4650,0220.`);
  for (const code of given) {
    const param = model?.schoolParam;
    if (param && !schoolCodeFits(code, param.schema)) throw new UsageError(`Failed to read --${flag}: ${param.name} "${code}" is not a value of its schema ${JSON.stringify(param.schema)}.`);
    if (!param && !/^\d{4}$/.test(code)) {
      const hint = /^\d{1,3}$/.test(code) ? ` Did you mean "${code.padStart(4, '0')}"?` : '';
      throw new UsageError(`Failed to read --${flag}: centre code "${code}" is not 4 digits.${hint}`);
    }
  }
  if (flag === 'schools') io.error(schoolsHint(given));
  return [...given];
}

/** The school values a document itself gives (its enum or examples), not generated ones. */
function documentSchools(model: Model | undefined): string[] {
  const schema = model?.schoolParam?.schema;
  if (!schema) return [];
  const listed = Array.isArray(schema.enum) ? schema.enum : [...(Array.isArray(schema.examples) ? schema.examples : []), ...(schema.example !== undefined ? [schema.example] : [])];
  return [...new Set(listed.map(String))];
}

/** A whole number flag within bounds, or its default. */
function bounded(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  const given = wholeNumber(flag, value);
  if (given === undefined) return fallback;
  if (given < min || given > max) throw new UsageError(`Failed to read --${flag}: ${given} is not from ${min} to ${max}.`);
  return given;
}

/** What a hub that cannot be trusted is allowed: time per request, body size, records and pages. */
function crawlLimits(values: { timeout?: string; 'max-body'?: string; 'max-records'?: string; 'max-pages'?: string }) {
  return {
    fetch: {
      timeoutMs: bounded('timeout', values.timeout, FETCH_LIMITS.timeoutMs / 1000, 1, 3600) * 1000,
      maxBytes: bounded('max-body', values['max-body'], FETCH_LIMITS.maxBytes / 1024 / 1024, 1, 4096) * 1024 * 1024,
    },
    crawl: {
      maxRecords: bounded('max-records', values['max-records'], CRAWL_DEFAULTS.maxRecords, 1, 100_000_000),
      maxPages: bounded('max-pages', values['max-pages'], CRAWL_DEFAULTS.maxPages, 1, 10_000_000),
    },
  };
}

export async function check(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, {
    url: { type: 'string' }, schools: { type: 'string' }, centres: { type: 'string' }, 'page-size': { type: 'string' }, ...OPENAPI_FLAG,
    timeout: { type: 'string' }, 'max-body': { type: 'string' }, 'max-records': { type: 'string' }, 'max-pages': { type: 'string' },
  });
  const limits = crawlLimits(values);
  const baseUrl = hubUrl(values.url);
  const contract = values.openapi === undefined ? undefined : await openApiModel(values.openapi, io, 'quiet');
  const schools = centreCodes(values, io, contract?.model);
  const pageSize = wholeNumber('page-size', values['page-size']);
  if (pageSize !== undefined && (pageSize < 1 || pageSize > PAGING.maxPageSize)) {
    throw new UsageError(`Failed to read --page-size: ${pageSize} is not from 1 to ${PAGING.maxPageSize}.`);
  }
  // With a contract: its paging, routes, identities and references for a hub without a
  // seedhub index, and every page held to its schemas.
  const model = contract?.model;
  const checker = contract ? contractOf(contract.document) : undefined;
  const byContract = model && checker ? {
    contract: checker,
    ...(model.api ? { api: model.api } : {}),
    ...(model.references ? { references: model.references } : {}),
    routes: Object.fromEntries(Object.entries(model.collections).map(([name, spec]) => [name, routeTemplate(spec)])),
  } : {};
  const fetch = limitedFetch(limits.fetch);
  const run = (codes?: readonly string[]) => checkHub({ fetch, baseUrl, ...(codes ? { schools: codes } : {}), ...(pageSize ? { pageSize } : {}), ...limits.crawl, ...byContract });
  let result: Awaited<ReturnType<typeof checkHub>>;
  try {
    try {
      result = await run(schools);
    } catch (error) {
      // A hub without an index: the schools the document names, if it names any.
      const named = documentSchools(model);
      if (!(error instanceof CrawlError) || schools || named.length === 0) throw error;
      io.out(`seedhub check: ${baseUrl} lists no schools; checking those the document names: ${named.join(', ')}`);
      result = await run(named);
    }
  } catch (error) {
    if (!(error instanceof CrawlError)) throw error;
    io.error(error.message);
    return 2;
  }
  const { crawl, findings } = result;
  for (const finding of findings) io.out(`${finding.message} (${finding.rule})`);
  // Patterns RE2 cannot run are said, not silently passed.
  for (const pattern of checker?.unchecked ?? []) io.out(`note: the document's pattern ${JSON.stringify(pattern)} was not checked: RE2, which keeps every check linear in time, cannot run it (lookarounds, backreferences)`);
  const endpoints = crawl.schools.flatMap((s) => Object.values(s.endpoints));
  const records = endpoints.reduce((sum, e) => sum + e.rows.length, 0);
  io.out(`seedhub check: ${endpoints.length} endpoints, ${records} records, ${findings.length} findings`);
  return findings.length > 0 ? 1 : 0;
}
