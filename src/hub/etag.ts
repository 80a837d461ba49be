// Strong entity tags for the hub's answers. Pages are pure functions of the dataset and
// the request, so a hash of the body names its bytes in every process, on every run.
import { createHash } from 'node:crypto';

/** A strong ETag: a quoted SHA-1 (base64url) of the body's UTF-8 bytes. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * True when an `If-None-Match` header names `etag`: `*`, or any listed tag. A weak
 * validator (`W/"…"`) matches its strong twin, as RFC 9110 has for GET and HEAD.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === etag;
  });
}
