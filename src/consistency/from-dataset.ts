// A Crawl read straight from a Dataset, without HTTP: for checking generated data,
// and for comparing a system under test with the hub in the same process.
import { allRecords, type Dataset, type SchoolSummary } from '../generate/dataset.ts';
import { collectionPath } from '../hub/routes.ts';
import { CRAWL_DEFAULTS } from './crawl.ts';
import type { Crawl, Row, SchoolFacts } from './types.ts';

export interface DatasetCrawlOptions {
  /** Centre codes to include; all when absent. */
  schools?: readonly string[];
  /** Collections to include; all when absent. */
  endpoints?: readonly string[];
  /** The page size that `page` numbers refer to. */
  pageSize?: number;
}

/** The facts of a school summary a check reads, those it has. */
function factsOf(school: SchoolSummary): SchoolFacts {
  const facts: SchoolFacts = { centreCode: school.centreCode };
  for (const key of ['schoolName', 'yearLevels', 'refId', 'suburb'] as const) if (school[key]) Object.assign(facts, { [key]: school[key] });
  return facts;
}

/**
 * Every record of a dataset as a crawl, paged as the hub would serve it.
 * @example checkCrawl(crawlOfDataset(createDataset({ seed: 'demo' })))
 */
export function crawlOfDataset(dataset: Dataset, options: DatasetCrawlOptions = {}): Crawl {
  const pageSize = options.pageSize ?? CRAWL_DEFAULTS.pageSize;
  const schools = dataset.schools.filter((s) => !options.schools || options.schools.includes(s.centreCode));
  return {
    baseUrl: 'dataset:',
    pageSize,
    findings: [],
    ...(dataset.references ? { references: dataset.references } : {}),
    schools: schools.map((school) => ({
      ...factsOf(school),
      endpoints: Object.fromEntries(
        dataset.collections
          .filter((c) => !options.endpoints || options.endpoints.includes(c.name))
          .map((c) => {
            const view = dataset.collection(school.centreCode, c.name)!;
            const rows = (allRecords(view) as Row[]).map((record, i) => ({ page: Math.floor(i / pageSize), record }));
            return [c.name, { path: collectionPath(school.centreCode, c.route), totalRecords: view.count, rows, complete: true }];
          }),
      ),
    })),
  };
}
