// A request, parsed once: its method, path and query, its headers by lower-case name, the
// route it takes (which school and collection, or the index, the contract, a page for
// people) and, for a collection, the page it asks for. Every step reads these; none parses
// the URL or looks a header up again.
import type { Dataset } from '../generate/dataset.ts';
import type { Page } from '../model/api.ts';
import { parsePage } from './paginate.ts';
import { route, type Route } from './routes.ts';
import type { HubRequest, HubResponse } from './types.ts';

export interface RoutedRequest {
  /** As the transport gave it: the log and the faults' counts name requests by it. */
  readonly raw: HubRequest;
  /** Upper-case. */
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The path and query, as `url.pathname + url.search`. */
  readonly target: string;
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  readonly route: Route;
  /** A collection's requested page, or the 400 problem that its paging parameters are. */
  readonly page?: Page | HubResponse;
}

/** The path and query of a request target; an absolute-form target (`http://host/x`) is read as its path, as servers do. */
export function targetOf(url: string): URL {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      const absolute = new URL(url);
      return new URL(`http://seedhub.invalid${absolute.pathname}${absolute.search}`);
    } catch {
      // Not a URL after all: read as a path below.
    }
  }
  // A base is prefixed, never resolved, so `//x` stays a path.
  return new URL(`http://seedhub.invalid${url.startsWith('/') ? '' : '/'}${url}`);
}

/** Header values by lower-case name; a header given twice in two cases keeps the first. */
export function lowerCaseHeaders(headers: HubRequest['headers']): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string') continue;
    const key = name.toLowerCase();
    if (!Object.hasOwn(lower, key)) lower[key] = value;
  }
  return lower;
}

/** `raw` routed over `dataset`'s schools and collections. */
export function routeRequest(dataset: Dataset, raw: HubRequest): RoutedRequest {
  const url = targetOf(raw.url);
  const found = route(dataset, url.pathname);
  return {
    raw,
    method: raw.method.toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    target: `${url.pathname}${url.search}`,
    headers: lowerCaseHeaders(raw.headers),
    route: found,
    ...(found.kind === 'collection' ? { page: parsePage(url.searchParams, found.operation.api) } : {}),
  };
}

/** Whether a parsed page is a page, not the problem its parameters were. */
export const isPage = (page: RoutedRequest['page']): page is Page => page !== undefined && !('status' in page);
