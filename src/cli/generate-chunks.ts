// What `seedhub generate` cuts its work into: for each school, each kind of owner (students,
// staff, or a model's own) with all of its collections; a shard's contiguous run of those
// owners; and chunks of that run, each turned into text wherever it is made (in this thread
// or a worker). Every record is a pure function of the options, so a chunk's text is the same
// bytes in any thread, and the files are the chunks' texts written in order.
import { createDataset, type Dataset } from '../generate/dataset.ts';
import type { Model } from '../model/types.ts';
import type { HubOptions } from '../options.ts';

export const FORMATS = ['json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export const CHUNKS = {
  /**
   * Owners per chunk: each owner is built once, for all of its collections. A chunk's
   * records live until its text is made; 250 owners' worth mostly die young, where 1,000
   * owners' outlived the young generation and grew the heap (peak RSS of one thread
   * writing 8,000 students: 294 MB at 1,000, 182 MB at 250, no slower).
   */
  owners: 250,
  /**
   * Owners after which a maker starts from a fresh dataset. A dataset caches up to 20,000
   * entities per school for random access; writing owners in order never needs an old one,
   * and a cache that large would keep each thread's heap (and its garbage collection) big.
   */
  freshAfter: 250,
} as const;

/** `--shard i/n`: the `index`-th (1-based) of `count` slices of every school's owners. */
export interface Shard {
  index: number;
  count: number;
}

/** One kind of owner of one school: its collections, and the owners this shard writes. */
export interface OwnerGroup {
  centreCode: string;
  kind: string;
  collections: string[];
  from: number;
  to: number;
}

/** A run of one group's owners: the unit of work of a thread. */
export interface Chunk {
  /** The index of its group, in writing order. */
  group: number;
  centreCode: string;
  kind: string;
  collections: string[];
  from: number;
  to: number;
}

/** A chunk as text, per collection in the chunk's order: its records, and how many there are. */
export interface ChunkText {
  texts: (string | Uint8Array)[];
  counts: number[];
}

/**
 * Owners `from..to-1` of shard `index` of `count`: contiguous, so shard files concatenated in
 * order are the whole file. Shards differ in size by at most one owner.
 */
export function shardRange(owners: number, { index, count }: Shard): { from: number; to: number } {
  return { from: Math.floor(((index - 1) * owners) / count), to: Math.floor((index * owners) / count) };
}

/** Every school's kinds of owner in writing order (QTeachers: students, then staff), with the shard's owners. */
export function ownerGroups(dataset: Dataset, shard: Shard = { index: 1, count: 1 }): OwnerGroup[] {
  return dataset.schools.flatMap(({ centreCode }) => {
    const views = dataset.collections.map(({ name }) => ({ name, owners: dataset.collection(centreCode, name)!.owners }));
    const kinds = [...new Set(views.flatMap(({ owners }) => (owners ? [owners.kind] : [])))];
    return kinds.map((kind): OwnerGroup => {
      const mine = views.filter(({ owners }) => owners?.kind === kind);
      return { centreCode, kind, collections: mine.map(({ name }) => name), ...shardRange(mine[0]!.owners!.count, shard) };
    });
  });
}

/** A group's owners in chunks; a group with no owners is one empty chunk, so its files are still written. */
export function chunksOf(groups: readonly OwnerGroup[], size: number = CHUNKS.owners): Chunk[] {
  return groups.flatMap(({ from, to, ...group }, index) => {
    const starts = Array.from({ length: Math.max(1, Math.ceil((to - from) / size)) }, (_, i) => from + i * size);
    return starts.map((start): Chunk => ({ group: index, ...group, from: start, to: Math.min(start + size, to) }));
  });
}

/** Records as text: NDJSON lines, or JSON array items joined by `,\n` (the writer puts what goes before the first). */
export function serialize(records: readonly unknown[], format: Format): string {
  return format === 'ndjson' ? records.map((record) => `${JSON.stringify(record)}\n`).join('') : records.map((record) => JSON.stringify(record)).join(',\n');
}

/**
 * Makes chunks' texts from the options and model (undefined: QTeachers). `first` is a dataset
 * already made from them, to use before the first fresh one.
 */
export function chunkMaker(options: HubOptions, model: Model | undefined, format: Format, first?: Dataset) {
  let dataset = first;
  let owners = 0;
  return (chunk: Chunk): ChunkText => {
    if (!dataset || owners >= CHUNKS.freshAfter) {
      dataset = createDataset(options, model);
      owners = 0;
    }
    owners += chunk.to - chunk.from;
    const made: ChunkText = { texts: [], counts: [] };
    // One collection's records at a time: only their text is kept.
    for (const name of chunk.collections) {
      const records = dataset.collection(chunk.centreCode, name)!.owners!.records(chunk.from, chunk.to);
      made.texts.push(serialize(records, format));
      made.counts.push(records.length);
    }
    return made;
  };
}
