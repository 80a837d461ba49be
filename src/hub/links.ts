// Links between the pages of a list, as the document's paging names them: URLs of the
// request's own origin and path, with its other query parameters kept and the page
// parameter set for each relation (self, first, prev, next, last). They go in the envelope
// where the document has links, and in an RFC 8288 `Link` header.
import type { ApiShape, LinkRelation, Page } from '../model/api.ts';
import type { RoutedRequest } from './request.ts';

/** The origin a request came to: its Host header over plain HTTP, or seedhub's virtual one. */
function originOf(request: RoutedRequest): string {
  const host = request.headers.host;
  return host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : 'http://seedhub.test';
}

/** The URL a request asked for, at the origin it came to. */
export const selfUrl = (request: RoutedRequest): string => `${originOf(request)}${request.path}${request.query.size > 0 ? `?${request.query}` : ''}`;

/**
 * The URL of each page a relation names, or null where there is none (no `prev` on the
 * first page); a cursor API's `next` starts after the page's last record, `lastId`.
 */
export function linker(api: ApiShape, request: RoutedRequest, page: Page, total: number, lastId: string | undefined): (relation: LinkRelation) => string | null {
  const base = `${originOf(request)}${request.path}`;
  const pages = Math.max(1, Math.ceil(total / page.size));
  const index = Math.floor(page.offset / page.size);
  const at = (query: URLSearchParams) => `${base}${query.size > 0 ? `?${query}` : ''}`;
  const withPage = (n: number) => {
    const query = new URLSearchParams(request.query);
    if (api.page.style === 'page') query.set(api.page.param, String(n + api.page.first));
    if (api.page.style === 'offset') query.set(api.page.param, String(n * page.size));
    return at(query);
  };
  return (relation) => {
    if (relation === 'self') return at(request.query);
    if (api.page.style === 'cursor') {
      if (relation !== 'next' || lastId === undefined || page.offset + page.size >= total) return relation === 'first' ? withPage(0) : null;
      const query = new URLSearchParams(request.query);
      query.set(api.page.param, lastId);
      return at(query);
    }
    if (api.page.style === 'none') return relation === 'first' || relation === 'last' ? at(request.query) : null;
    if (relation === 'first') return withPage(0);
    if (relation === 'last') return withPage(pages - 1);
    if (relation === 'prev') return index > 0 ? withPage(Math.min(index, pages) - 1) : null;
    return index + 1 < pages ? withPage(index + 1) : null;
  };
}

/** An RFC 8288 `Link` header of the pages that exist. */
export function linkHeader(linkTo: (relation: LinkRelation) => string | null): string {
  return (['first', 'prev', 'next', 'last'] as const).map((rel) => [rel, linkTo(rel)] as const).filter(([, url]) => url).map(([rel, url]) => `<${url}>; rel="${rel}"`).join(', ');
}
