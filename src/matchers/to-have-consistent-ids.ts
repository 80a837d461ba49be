// `await expect(hub).toHaveConsistentIds()`: crawls the live hub through the test's
// transport and checks every consistency rule over what it served.
import type { MatcherReturnType } from '@playwright/test';
import { checkHub } from '../consistency/check-hub.ts';
import type { CheckOptions } from '../consistency/checks.ts';
import type { CrawlOptions } from '../consistency/crawl.ts';
import type { HubFetch } from '../consistency/http.ts';
import { attachFindings, findingsResult, plural } from './report.ts';

/** Anything with a base URL and a way to GET from it: the `hub` fixture, or any hub that speaks the API. */
export interface CrawlTarget {
  baseURL: string;
  fetch?: HubFetch;
}

export type ConsistencyOptions = Omit<CrawlOptions, 'fetch' | 'baseUrl'> & CheckOptions;

interface MatcherContext {
  isNot: boolean;
  utils: { printReceived(value: unknown): string };
}

export async function toHaveConsistentIds(this: MatcherContext, target: CrawlTarget, options: ConsistencyOptions = {}): Promise<MatcherReturnType> {
  const name = 'toHaveConsistentIds';
  const fetchVia: HubFetch = target.fetch ?? ((url) => fetch(url));
  const { crawl, findings } = await checkHub({ ...options, fetch: fetchVia, baseUrl: target.baseURL });
  if (!this.isNot) attachFindings('seedhub-findings.json', findings);
  const records = crawl.schools.reduce((sum, s) => sum + Object.values(s.endpoints).reduce((n, e) => n + e.rows.length, 0), 0);
  const scope = `${plural(crawl.schools.length, 'school')}, ${plural(records, 'record')} at ${target.baseURL}`;
  return findingsResult({ name, call: ['expect(hub)', ''], findings, noun: 'finding', scope, noneFound: `Expected findings, but the crawl of ${scope} found none.` });
}
