// `seedhub check`: crawl any running hub that speaks the API, print the findings, exit 1
// when there are any. QA can point it at a real data hub sandbox as well as at seedhub.
import { checkHub } from '../consistency/check-hub.ts';
import { CrawlError } from '../consistency/discover.ts';
import { PAGING } from '../hub/paginate.ts';
import { readFlags, schoolsFlag, UsageError, wholeNumber } from './args.ts';
import type { Io } from './io.ts';

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

/** `--schools`: centre codes only (a count means nothing to a hub that is already running). */
function centreCodes(value: string | undefined): string[] | undefined {
  const schools = schoolsFlag(value === undefined || value.includes(',') ? value : `${value},`);
  if (schools === undefined || typeof schools === 'number') return undefined;
  for (const code of schools) {
    if (!/^\d{4}$/.test(code)) {
      const hint = /^\d{1,3}$/.test(code) ? ` Did you mean "${code.padStart(4, '0')}"?` : '';
      throw new UsageError(`Failed to read --schools: centre code "${code}" is not 4 digits.${hint}`);
    }
  }
  return [...schools];
}

export async function check(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { url: { type: 'string' }, schools: { type: 'string' }, 'page-size': { type: 'string' } });
  const baseUrl = hubUrl(values.url);
  const schools = centreCodes(values.schools);
  const pageSize = wholeNumber('page-size', values['page-size']);
  if (pageSize !== undefined && (pageSize < 1 || pageSize > PAGING.maxPageSize)) {
    throw new UsageError(`Failed to read --page-size: ${pageSize} is not from 1 to ${PAGING.maxPageSize}.`);
  }
  let result: Awaited<ReturnType<typeof checkHub>>;
  try {
    result = await checkHub({ fetch, baseUrl, ...(schools ? { schools } : {}), ...(pageSize ? { pageSize } : {}) });
  } catch (error) {
    if (!(error instanceof CrawlError)) throw error;
    io.error(error.message);
    return 2;
  }
  const { crawl, findings } = result;
  for (const finding of findings) io.out(`${finding.message} (${finding.rule})`);
  const endpoints = crawl.schools.flatMap((s) => Object.values(s.endpoints));
  const records = endpoints.reduce((sum, e) => sum + e.rows.length, 0);
  io.out(`seedhub check: ${endpoints.length} endpoints, ${records} records, ${findings.length} findings`);
  return findings.length > 0 ? 1 : 0;
}
