// A HAR 1.2 of every page of every endpoint, for Playwright's `routeFromHAR`. Its entries
// are the handler's own answers, so the bytes are the hub's. No clock is read: every entry
// carries the same fixed start time, so a HAR of the same dataset is the same file.
import type { Dataset } from '../generate/dataset.ts';
import { createHandler } from '../hub/pipeline.ts';
import { pageQuery } from '../model/api.ts';
import { collectionPath } from '../hub/routes.ts';
import { writeAtomic } from '../write-atomic.ts';
import { dataVersions } from '../generate/versions.ts';

/** Where the HAR says the hub is, unless `--har-base` says otherwise. */
export const DEFAULT_HAR_BASE = 'http://127.0.0.1:4010';
/** The start time of every entry: fixed, so recordings do not churn. */
const STARTED = '2026-01-01T00:00:00.000Z';

/**
 * The paths a HAR holds: `/`, then per school and endpoint the bare path (page 0) and
 * `?navigationPage=N&navigationPageSize=100` for every page and the first page past the end.
 */
export function* harPaths(dataset: Dataset): Generator<string> {
  yield '/';
  const size = dataset.api.size.default;
  for (const { centreCode } of dataset.schools) {
    for (const c of dataset.collections) {
      const path = collectionPath(centreCode, c.route);
      yield path;
      const pages = Math.ceil(dataset.collection(centreCode, c.name)!.count / size);
      for (let page = 0; page <= pages; page++) yield `${path}?${pageQuery(dataset.api, page, size).toString()}`;
    }
  }
}

function entry(base: string, path: string, handle: ReturnType<typeof createHandler>): string {
  const url = `${base.replace(/\/$/, '')}${path}`;
  const response = handle({ method: 'GET', url: path });
  const query = [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  const har = {
    startedDateTime: STARTED,
    time: 0,
    request: { method: 'GET', url, httpVersion: 'HTTP/1.1', cookies: [], headers: [], queryString: query, headersSize: -1, bodySize: 0 },
    response: {
      status: response.status,
      statusText: response.status === 200 ? 'OK' : '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: Object.entries(response.headers).map(([name, value]) => ({ name, value })),
      content: { size: Buffer.byteLength(response.body), mimeType: response.headers['content-type'] ?? 'application/json', text: response.body },
      redirectURL: '',
      headersSize: -1,
      bodySize: Buffer.byteLength(response.body),
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
  return JSON.stringify(har);
}

function* harChunks(dataset: Dataset, base: string): Generator<string> {
  const handle = createHandler(dataset);
  const creator = { name: 'seedhub', version: dataVersions().seedhub ?? 'unknown' };
  yield `{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"entries":[`;
  let first = true;
  for (const path of harPaths(dataset)) {
    yield `${first ? '\n' : ',\n'}${entry(base, path, handle)}`;
    first = false;
  }
  yield '\n]}}\n';
}

/** The HAR of a dataset as text, its URLs under `base` (e.g. `http://127.0.0.1:4010`). */
export function recordHar(dataset: Dataset, base = DEFAULT_HAR_BASE): string {
  return [...harChunks(dataset, base)].join('');
}

/** Streams the HAR of a dataset to `path`, atomically. */
export async function writeHar(dataset: Dataset, path: string, base = DEFAULT_HAR_BASE): Promise<void> {
  await writeAtomic(path, () => harChunks(dataset, base));
}
