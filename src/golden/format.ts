// The golden file format: one JSON document laid out for git. The manifest comes first,
// pretty-printed; then the records, school by school and collection by collection, one
// record per line, keys in the model's order (the order the hub serves them in). A change
// of one field is a one-line diff.
//
//   {
//   "format": "seedhub-golden",
//   "version": 1,
//   "manifest": { ...versions, options, collections, schools, digests... },
//   "records": {
//   "4650": {
//   "students": [
//   {"enrolmentId":"4650086998",...},
//   ...
//   ]
//   }
//   }
//   }
import { createHash } from 'node:crypto';
import type { Entity } from '../model/types.ts';
import type { GoldenManifest } from './types.ts';

export const GOLDEN_FORMAT = 'seedhub-golden';
export const GOLDEN_VERSION = 1;

/** A record as one line: exactly the bytes the hub serves for it. */
export function recordLine(record: Entity): string {
  return JSON.stringify(record);
}

/** A running SHA-256 over record lines, as the manifest's digests are computed. */
export function digester() {
  const hash = createHash('sha256');
  let count = 0;
  return {
    add(line: string) {
      hash.update(`${line}\n`);
      count++;
    },
    digest: () => ({ count, sha256: hash.digest('hex') }),
  };
}

/** The lines before the records. */
export function header(manifest: GoldenManifest): string {
  return `{\n"format": "${GOLDEN_FORMAT}",\n"version": ${GOLDEN_VERSION},\n"manifest": ${JSON.stringify(manifest, null, 2)},\n"records": {\n`;
}
