// Routing: which school and collection a path names.
import type { Dataset } from '../generate/dataset.ts';

const COLLECTION_PATH = /^\/qt_(student|staff)\/school-api\/schools\/([^/]+)\/([^/]+)\/?$/;

export type Route =
  | { kind: 'index' }
  | { kind: 'collection'; centreCode: string; name: string }
  | { kind: 'unknown-school'; centreCode: string }
  | { kind: 'not-found' };

/** Matches a path (without query) against the dataset's schools and collections. */
export function route(dataset: Dataset, path: string): Route {
  if (path === '/' || path === '') return { kind: 'index' };
  const match = COLLECTION_PATH.exec(path);
  if (!match) return { kind: 'not-found' };
  const [, api, rawCode, segment] = match as unknown as [string, string, string, string];
  const collection = dataset.collections.find((c) => c.api === api && c.path === segment);
  if (!collection) return { kind: 'not-found' };
  const centreCode = safeDecode(rawCode);
  if (!dataset.school(centreCode)) return { kind: 'unknown-school', centreCode };
  return { kind: 'collection', centreCode, name: collection.name };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A known centre code that `code` was probably meant to be (`01690` or `169` for `1690`). */
export function didYouMean(dataset: Dataset, code: string): string | undefined {
  const digits = code.replace(/^0+/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return dataset.schools.find((s) => s.centreCode.replace(/^0+/, '') === digits)?.centreCode;
}

/** The path of a collection of a school. */
export function collectionPath(centreCode: string, api: string, path: string): string {
  return `/qt_${api}/school-api/schools/${centreCode}/${path}`;
}
