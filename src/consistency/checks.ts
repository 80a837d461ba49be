// The checks: pure functions from a crawl to Findings, one rule at a time.
// A rule whose endpoints were not crawled (or not to the end) is skipped, not failed.
import { historyCurrent, historyOverlap } from './rules/history.ts';
import { duplicateId, missingRecords, orphanEnrolmentId, orphanStaffId, photoCount } from './rules/ids.ts';
import { codeSet, leadingZeros } from './rules/formats.ts';
import { privacyEmail, privacyPhone } from './rules/privacy.ts';
import { identityUnique, orphanReference } from './rules/references.ts';
import { codeLabel, refIdLinks, refIdUnique } from './rules/refs.ts';
import type { CheckOptions, Rule } from './rules/rule.ts';
import { siblingConsistency, untaughtClass, yearLevelAge } from './rules/students.ts';
import type { Finding, Crawl } from './types.ts';

export type { CheckOptions, Rule } from './rules/rule.ts';

const ALL: readonly Rule[] = [
  orphanEnrolmentId, orphanStaffId, duplicateId, photoCount, missingRecords, historyOverlap, historyCurrent,
  yearLevelAge, untaughtClass, siblingConsistency, leadingZeros, codeSet, codeLabel, privacyPhone, privacyEmail,
  refIdUnique, refIdLinks, identityUnique, orphanReference,
];

/**
 * The rules of a model of its own: its identities and references, and privacy (which reads
 * field names only). QTeachers' rules name its endpoints and fields, so they do not apply.
 */
const OWN_MODEL_RULES = new Set([identityUnique, orphanReference, privacyPhone, privacyEmail].map((rule) => rule.name));

/** The rules that apply to a crawl: a model of its own's, or QTeachers'. */
const rulesFor = (crawl: Crawl) => ALL.filter((rule) => (crawl.references ? OWN_MODEL_RULES.has(rule.name) : rule !== identityUnique && rule !== orphanReference));

/** Every data rule `checkCrawl` applies, by name, with a one-line description. */
export const RULES: Readonly<Record<string, string>> = Object.fromEntries(ALL.map((rule) => [rule.name, rule.description]));

/** The rules of the crawl itself (HTTP answers and paging), found by `crawlHub`. */
export const PAGING_RULES: Readonly<Record<string, string>> = {
  'http-status': 'every page answers 200 with a JSON body that has a "data" array',
  'paging-totals': 'navigation.totalRecords and totalPages are present, agree on every page, and totalPages = ceil(totalRecords / page size)',
  'paging-duplicate': 'no record is served on two pages (or twice on one)',
  'paging-count': 'the pages hold exactly totalRecords records',
  'paging-page-size': 'the pages at a second page size concatenate to the same list',
  'paging-past-end': 'a page past the end answers 200 with data []',
  'paging-limit': 'the endpoint ends within the crawl\'s page limit',
  'crawl-limit': 'the crawl kept no more than maxRecords records in all; it stopped there, and said so',
  'no-schools': 'GET / lists at least one school to check',
  contract: 'with a contract (seedhub check --openapi): every page answers as the OpenAPI document says, to the JSON pointer',
};

/** A rule by name, for running or testing one on its own. */
export function ruleNamed(name: string): Rule {
  const rule = ALL.find((r) => r.name === name);
  if (!rule) throw new Error(`[seedhub] Failed to find rule "${name}": no such rule. Known rules: ${Object.keys(RULES).join(', ')}.`);
  return rule;
}

/**
 * All findings about a crawl: the crawl's own (paging) first, then each rule's. A crawl
 * with `references` (a model of its own) is checked by its identities and references.
 * @example checkCrawl(await crawlHub({ fetch, baseUrl })).map((f) => f.message)
 */
export function checkCrawl(crawl: Crawl, options: CheckOptions = {}): Finding[] {
  const wanted = (name: string) => (!options.rules || options.rules.includes(name)) && !options.skip?.includes(name);
  for (const name of [...(options.rules ?? []), ...(options.skip ?? [])]) {
    if (!(name in RULES) && !(name in PAGING_RULES)) ruleNamed(name);
  }
  return [
    ...crawl.findings.filter((f) => wanted(f.rule)),
    ...rulesFor(crawl).filter((rule) => wanted(rule.name)).flatMap((rule) => rule.check(crawl, options)),
  ];
}
