// The shapes the consistency crawl and checks share: what was crawled (a Crawl) and
// what is wrong with it (Findings).
import type { SchoolSummary } from '../generate/dataset.ts';
import { STAFF_ID, STUDENT_ID } from '../model/qteachers/ids.ts';
import type { ModelReferences } from '../model/types.ts';

/** A record as served: a plain JSON object. */
export type Row = Record<string, unknown>;

/** One problem, precise enough to act on: which rule, school, endpoint, page and ID. */
export interface Finding {
  /** A rule name from `RULES` (or `PAGING_RULES`, `SUT_RULES`). */
  rule: string;
  centreCode: string;
  /** The endpoint's name as `GET /` lists it (`parents`, `staff-photos`), or `sut`. */
  endpoint: string;
  /** The 0-based page the record was served on, at the crawl's page size. */
  page?: number;
  /** The ID the finding is about (an enrolmentId, staffId or record ID). */
  id?: string;
  /** For `compareWithHub`: the 0-based position of the row in the rows given. */
  row?: number;
  /** Short and exact: `1690 /parents page 3: enrolmentId 9900012345A is not a student of 1690`. */
  message: string;
}

/** A record and the page it came from. */
export interface PagedRow {
  page: number;
  record: Row;
}

/** Everything crawled from one endpoint of one school, at the crawl's main page size. */
export interface CrawledEndpoint {
  /** The path the endpoint was crawled at, e.g. `/qt_student/school-api/schools/1690/parents`. */
  path: string;
  /** `navigation.totalRecords` of the first page, when there was one. */
  totalRecords?: number;
  rows: PagedRow[];
  /** False when a page failed or the page limit cut the crawl short. */
  complete: boolean;
}

/** What a check knows of a school besides its records: from the hub's index (or the dataset), when it says. */
export type SchoolFacts = Pick<SchoolSummary, 'centreCode' | 'schoolName' | 'yearLevels' | 'refId' | 'suburb'>;

export interface CrawledSchool extends SchoolFacts {
  /** By endpoint name; an endpoint the hub does not serve is absent. */
  endpoints: Record<string, CrawledEndpoint>;
}

/** What a crawl saw: per school and endpoint, the records and their pages, plus the paging findings. */
export interface Crawl {
  baseUrl: string;
  pageSize: number;
  schools: CrawledSchool[];
  /** Findings of the crawl itself (HTTP answers and paging); `checkCrawl` repeats them first. */
  findings: Finding[];
  /**
   * A model of its own (from the hub's index, or given): its identities and references.
   * With them, the checks are the model's own (identities unique, references resolve).
   */
  references?: ModelReferences;
}

/** The owner ID fields: a student's and a staff member's. */
export const ID_FIELDS = [STUDENT_ID, STAFF_ID] as const;
export type IdField = (typeof ID_FIELDS)[number];
