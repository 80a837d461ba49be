// A collection page's text, assembled from cached record texts: each record is serialised
// once and kept (in blocks of 256) while the cache allows, and the page's envelope, length
// and ETag are kept under the page's canonical key. The bytes are those of serialising the
// whole page at once (specs/hub/assembly.spec.ts).
import type { Dataset } from '../generate/dataset.ts';
import { cacheKey, type Lru } from './cache.ts';
import { etagOf } from './etag.ts';
import { pageBody, type ApiShape, type LinkRelation, type Page } from '../model/api.ts';
import type { Entity } from '../model/types.ts';

/** Records per block of serialised record texts: what a page reads and fills. */
const BLOCK = 256;
/** Marks where a page's records go in its serialised envelope. */
const RECORDS = '\u0000seedhub-records\u0000';
const RECORDS_JSON = JSON.stringify([RECORDS]);

/** A block of a collection's record texts, and each one's length in UTF-8 bytes. */
interface Block {
  texts: (string | undefined)[];
  bytes: Uint32Array;
}

/** Which page of which collection, enveloped how: what a page's text is made from. */
export interface PageAddress {
  centreCode: string;
  name: string;
  page: Page;
  /** The operation's paging and envelope, and its path, which tells two operations of one collection apart. */
  api: ApiShape;
  operation: string;
}

/**
 * The JSON texts of records `offset` to `offset + count - 1` of a collection, each made
 * once and kept while the cache allows, and their total length in UTF-8 bytes.
 */
function recordTexts(cache: Lru<unknown>, dataset: Dataset, centreCode: string, name: string, offset: number, count: number): { texts: string[]; bytes: number } {
  const view = dataset.collection(centreCode, name)!;
  const texts = new Array<string>(count);
  let bytes = 0;
  let at = offset;
  const end = offset + count;
  while (at < end) {
    const first = at - (at % BLOCK);
    const key = cacheKey('records', centreCode, name, first);
    let block = cache.get(key) as Block | undefined;
    if (!block) cache.set(key, (block = { texts: new Array<string | undefined>(BLOCK), bytes: new Uint32Array(BLOCK) }), BLOCK * 4);
    const stop = Math.min(end, first + BLOCK);
    while (at < stop) {
      const known = block.texts[at - first];
      if (known !== undefined) {
        texts[at - offset] = known;
        bytes += block.bytes[at - first]!;
        at++;
        continue;
      }
      // A run of records not made yet: made together, which is cheaper than one by one.
      let missing = at;
      while (missing < stop && block.texts[missing - first] === undefined) missing++;
      let added = 0;
      for (const [i, record] of view.slice(at, missing - at).entries()) {
        const text = JSON.stringify(record);
        const length = Buffer.byteLength(text);
        block.texts[at + i - first] = text;
        block.bytes[at + i - first] = length;
        texts[at + i - offset] = text;
        bytes += length;
        added += text.length;
      }
      cache.grow(key, added);
      at = missing;
    }
  }
  return { texts, bytes };
}

/**
 * What a page's answer holds besides its records, worked out on its first request and
 * cached under its canonical key: the envelope around the records, its length in UTF-8
 * bytes with the brackets and commas, and the ETag of the whole body.
 */
interface Frame {
  before: string;
  after: string;
  bytes: number;
  etag?: string;
}

function frameOf(api: ApiShape, page: Page, total: number, count: number): Frame {
  const envelope = JSON.stringify(pageBody(api, page, [RECORDS], total));
  const at = envelope.indexOf(RECORDS_JSON);
  const before = envelope.slice(0, at);
  const after = envelope.slice(at + RECORDS_JSON.length);
  // Commas and brackets are one byte each; the envelope is short, so measured.
  return { before, after, bytes: Buffer.byteLength(before) + Buffer.byteLength(after) + Math.max(0, count - 1) + 2 };
}

/** The canonical cache key of a page: school, collection, offset and size, whatever the URL spelled. */
export const pageKey = ({ centreCode, name, page, operation }: PageAddress) => cacheKey('page', operation, centreCode, name, page.offset, page.size);

/** A collection page's body, its length in bytes and its ETag: the envelope, with the records' texts put in place. */
export function cachedPage(cache: Lru<unknown>, dataset: Dataset, address: PageAddress): { body: string; bytes: number; etag: string } {
  const { centreCode, name, page } = address;
  const total = dataset.collection(centreCode, name)!.count;
  const count = Math.max(0, Math.min(page.size, total - page.offset));
  const records = count > 0 ? recordTexts(cache, dataset, centreCode, name, page.offset, count) : { texts: [], bytes: 0 };
  const frameKey = cacheKey('frame', pageKey(address));
  let frame = cache.get(frameKey) as Frame | undefined;
  const made = !frame;
  frame ??= frameOf(address.api, page, total, count);
  const body = `${frame.before}[${records.texts.join(',')}]${frame.after}`;
  if (frame.etag === undefined) frame.etag = etagOf(body);
  if (made) cache.set(frameKey, frame, frame.before.length + frame.after.length + frame.etag.length);
  return { body, bytes: frame.bytes + records.bytes, etag: frame.etag };
}

/**
 * A page serialised whole, with nothing cached: of `dataset`'s collection, or of the records
 * at `positions` of it (a parent's records, or those a query chose), each in the `shape` the
 * query asked for; for a test's own view of the data, or a cache of 0.
 */
export function freshPage(dataset: Dataset, { centreCode, name, page, api }: PageAddress, positions?: readonly number[], linkTo?: Linker, shape?: (record: Entity) => Entity): { body: string; etag: string; records: Entity[] } {
  const collection = dataset.collection(centreCode, name)!;
  const total = positions ? positions.length : collection.count;
  const wanted = page.offset < total ? (positions ? positions.slice(page.offset, page.offset + page.size) : undefined) : [];
  const records = wanted ? wanted.map((at) => collection.slice(at, 1)[0]!) : collection.slice(page.offset, page.size);
  const body = JSON.stringify(pageBody(api, page, shape ? records.map(shape) : records, total, linkTo?.(records)));
  return { body, etag: etagOf(body), records };
}

/** Links for a page, once its records are known (a cursor's next link starts after the last). */
export type Linker = (records: readonly Entity[]) => (relation: LinkRelation) => string | null;
