// What a rule is, and the helpers every rule uses to read a crawl and word a finding.
import { where } from '../record-id.ts';
import type { Finding, PagedRow, CrawledSchool, Crawl } from '../types.ts';

export interface CheckOptions {
  /** The current school year; else each school's current enrolment-history rows tell it. */
  schoolYear?: number;
  /** Run only these rules (names from `RULES`). */
  rules?: readonly string[];
  /** Leave out these rules. */
  skip?: readonly string[];
}

export interface Rule {
  name: string;
  /** One line: what the rule asks of the data. */
  description: string;
  /** Findings over a whole crawl; endpoints a rule needs but the crawl lacks are skipped. */
  check(crawl: Crawl, options: CheckOptions): Finding[];
}

/** An endpoint's rows, or undefined when it was not crawled or not crawled to the end. */
export function rowsOf(school: CrawledSchool, endpoint: string): PagedRow[] | undefined {
  const crawled = school.endpoints[endpoint];
  return crawled?.complete ? crawled.rows : undefined;
}

/** A finding of `rule` about `school`'s `endpoint`, its message prefixed with where it is. */
export function finding(rule: string, school: CrawledSchool | string, endpoint: string, page: number | undefined, id: string | undefined, text: string): Finding {
  const centreCode = typeof school === 'string' ? school : school.centreCode;
  return {
    rule,
    centreCode,
    endpoint,
    ...(page === undefined ? {} : { page }),
    ...(id === undefined ? {} : { id }),
    message: `${where(centreCode, endpoint, page)}: ${text}`,
  };
}

/** Rows grouped by a field's value, in first-seen order. */
export function groupBy(rows: readonly PagedRow[], field: string): Map<string, PagedRow[]> {
  const groups = new Map<string, PagedRow[]>();
  for (const row of rows) {
    const key = String(row.record[field]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** A field as a string, or undefined when absent or null. */
export function text(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
