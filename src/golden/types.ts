// The shapes of a golden file's manifest and of a drift report.
import type { CollectionRoute, SchoolSummary } from '../generate/dataset.ts';
import type { ApiShape } from '../model/api.ts';
import type { ModelReferences } from '../model/types.ts';
import type { Operation } from '../model/operations.ts';
import type { ResolvedOptions } from '../options.ts';

/** A collection of a school as the manifest records it. */
export interface CollectionDigest {
  count: number;
  /** SHA-256 (hex) of the records, each as `JSON.stringify(record) + "\n"`. */
  sha256: string;
}

/** What a golden file holds before its records: enough to replay and to verify it. */
export interface GoldenManifest {
  /** Versions of the packages that shape the data, read from their package.json. */
  versions: Record<string, string>;
  /** The resolved hub options the records were generated from. */
  options: ResolvedOptions;
  collections: CollectionRoute[];
  /** Paging and envelope, for a model that is not QTeachers. */
  api?: ApiShape;
  /** Identities and references, for a model that is not QTeachers. */
  references?: ModelReferences;
  /** The operations, for a model that names its own (one from an OpenAPI document). */
  operations?: Operation[];
  /** The schools as `GET /` lists them. */
  schools: SchoolSummary[];
  /** Per school, per collection: record count and checksum. */
  digests: Record<string, Record<string, CollectionDigest>>;
}

/** One changed field of one record. */
export interface FieldChange {
  field: string;
  /** JSON of the value in the golden, or undefined when the field is new. */
  from: string | undefined;
  /** JSON of the value generated today, or undefined when the field is gone. */
  to: string | undefined;
}

/** Drift in one collection of one school. */
export interface CollectionDrift {
  centreCode: string;
  /** The collection's endpoint path, e.g. `students` or `staff/photos`. */
  endpoint: string;
  collection: string;
  /** Records in both, by record ID (`4650086998`, `4650086998 C-4650-086998-1`, or `4650086998 #2`). */
  changed: { id: string; fields: FieldChange[] }[];
  added: string[];
  removed: string[];
  /** The same records in another order (or another key order). */
  reordered: boolean;
}

export interface DriftReport {
  file: string;
  /** True when today's generator makes exactly the golden's data. */
  clean: boolean;
  /** Packages whose installed version is not the manifest's (reported, not drift by itself). */
  versions: { name: string; golden: string | undefined; installed: string | undefined }[];
  /** Schools added or removed, or whose `GET /` summary changed. */
  schools: { centreCode: string; change: 'added' | 'removed' | 'changed'; fields?: FieldChange[] }[];
  /** Collections (endpoints) added or removed. */
  collections: { name: string; change: 'added' | 'removed' }[];
  drift: CollectionDrift[];
  /** How to re-record the golden with the options it was recorded with: a command, or for a model made in code, what to do. */
  rerecord: string;
}
