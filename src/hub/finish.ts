// The one place an answer becomes a response: CORS, the length, the entity tag and its
// cache rule, a 304 for a revalidation that matches, and no body for HEAD (which keeps the
// GET's length). Every step before it deals only in what its answer is.
import type { Answer } from './answer.ts';
import { matchesIfNoneMatch } from './etag.ts';
import type { RoutedRequest } from './request.ts';
import type { HubResponse } from './types.ts';

/** Every response may be read by a page of any origin: the hub holds only synthetic data. */
export const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, etag, vary, www-authenticate, retry-after, link, x-total-count, total-count' };
/**
 * Answers are deterministic for a running hub, but a hub may restart with other options
 * on the same port: caches must revalidate (cheaply, by ETag) rather than reuse blindly.
 */
const CACHE_CONTROL = 'no-cache';

/** The transport's response to `request`: `answer`, finished. */
export function finish(answer: Answer, request: RoutedRequest): HubResponse {
  const timing = answer.delayMs ? { delayMs: answer.delayMs } : {};
  // A scenario's reset: the transport drops the connection, nothing is sent.
  if (answer.reset) return { status: 0, headers: {}, body: '', reset: true, ...timing };
  const bytes = answer.bytes ?? Buffer.byteLength(answer.body);
  let headers: Record<string, string>;
  if (answer.etag !== undefined && answer.status === 200) {
    if (matchesIfNoneMatch(request.headers['if-none-match'], answer.etag)) {
      // 304 carries the validators but no body, and no content headers of a body it lacks.
      const validators: Record<string, string> = { ...CORS, etag: answer.etag, 'cache-control': CACHE_CONTROL };
      if (answer.headers.vary !== undefined) validators.vary = answer.headers.vary;
      return { status: 304, headers: validators, body: '', ...timing };
    }
    headers = { ...CORS, ...answer.headers, etag: answer.etag, 'cache-control': CACHE_CONTROL, 'content-length': String(bytes) };
  } else {
    headers = { ...CORS, ...answer.headers, 'content-length': String(bytes) };
  }
  return { status: answer.status, headers, body: request.method === 'HEAD' ? '' : answer.body, ...timing };
}

/**
 * An answer given outside the pipeline, for a request that is no hub's to route (a refusal
 * of Node's parser, a request that names no test): CORS and its length, as every answer has.
 */
export function finishOutside(answer: Answer): HubResponse {
  return { status: answer.status, headers: { ...CORS, ...answer.headers, 'content-length': String(answer.bytes ?? Buffer.byteLength(answer.body)) }, body: answer.body };
}
