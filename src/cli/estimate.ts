// How big a `generate` run is before it starts: about how many records, and how many bytes.
import type { Dataset } from '../generate/dataset.ts';

/** Schools and owners per school sampled: a mean within a few per cent, at any size, in milliseconds. */
const SAMPLE = { schools: 4, owners: 25 } as const;
/** Bytes between records: `,\n` in a JSON array, `\n` in NDJSON. */
const SEPARATOR = { json: 2, ndjson: 1 } as const;

export interface RunEstimate {
  records: number;
  bytes: number;
}

/** `count` indexes spread evenly over `0..total - 1`: a sample that is not all from one end. */
const spread = (total: number, count: number) => Array.from({ length: Math.min(total, count) }, (_, i) => Math.floor((i * total) / Math.min(total, count)));

/**
 * About how many records and bytes `generate` writes for `dataset`. Counting a collection
 * exactly builds every owner (a student's rows depend on the student), as slow as writing it;
 * so owners spread over a few schools are generated, and their records per owner and bytes per
 * record scaled to every owner of every school.
 */
export function estimateRun(dataset: Dataset, format: keyof typeof SEPARATOR): RunEstimate {
  const schools = spread(dataset.schools.length, SAMPLE.schools).map((i) => dataset.schools[i]!.centreCode);
  let records = 0;
  let bytes = 0;
  for (const { name } of dataset.collections) {
    for (const code of schools) {
      const view = dataset.collection(code, name)!;
      const owners = view.owners;
      // A collection of no owner's (none in QTeachers) is counted outright.
      const sample = owners ? spread(owners.count, SAMPLE.owners).flatMap((i) => owners.records(i, i + 1)) : view.slice(0, Math.min(view.count, SAMPLE.owners));
      const sampled = owners ? Math.min(owners.count, SAMPLE.owners) : sample.length;
      if (sample.length === 0) continue;
      const count = owners ? (sample.length / sampled) * owners.count : view.count;
      const perRecord = sample.reduce((sum, record) => sum + Buffer.byteLength(JSON.stringify(record)), 0) / sample.length + SEPARATOR[format];
      records += count / schools.length;
      bytes += (count * perRecord) / schools.length;
    }
  }
  const scale = dataset.schools.length;
  return { records: Math.round(records * scale), bytes: Math.round(bytes * scale) };
}

/** `about 12,400,000 records, 9.8 GB`: three significant figures, decimal units. */
export function describeEstimate({ records, bytes }: RunEstimate): string {
  const size = bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1e6))} MB`;
  return `about ${Number(records.toPrecision(3)).toLocaleString('en-US')} records, ${size}`;
}
