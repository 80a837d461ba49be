// A Crawl read straight from a Dataset, without HTTP: for checking generated data,
// and for comparing a system under test with the hub in the same process.
import { allRecords, type Dataset } from '../generate/dataset.ts';
import { collectionPath } from '../hub/routes.ts';
import { CRAWL_DEFAULTS } from './crawl.ts';
import type { Row, Crawl } from './types.ts';

export interface DatasetCrawlOptions {
  /** Centre codes to include; all when absent. */
  schools?: readonly string[];
  /** Collections to include; all when absent. */
  endpoints?: readonly string[];
  /** The page size that `page` numbers refer to. */
  pageSize?: number;
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
      centreCode: school.centreCode,
      ...(school.schoolName ? { schoolName: school.schoolName } : {}),
      ...(school.yearLevels ? { yearLevels: school.yearLevels } : {}),
      ...(school.refId ? { refId: school.refId } : {}),
      ...(school.suburb ? { suburb: school.suburb } : {}),
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
