// Crawl and check in one call: what the CLI and the matchers run.
import { checkCrawl, type CheckOptions } from './checks.ts';
import { crawlHub, type CrawlOptions } from './crawl.ts';
import type { Finding, Crawl } from './types.ts';

/**
 * Crawls a hub and checks what it served.
 * @example const { findings } = await checkHub({ fetch, baseUrl: 'http://127.0.0.1:4010' })
 */
export async function checkHub(options: CrawlOptions & CheckOptions): Promise<{ crawl: Crawl; findings: Finding[] }> {
  const crawl = await crawlHub(options);
  return { crawl, findings: checkCrawl(crawl, options) };
}
