// How a hub's collections are addressed and paged: the route of each collection, the
// query parameters that choose a page, and where a page's records and totals sit in its
// body. QTeachers' shape is the default; a model built from an OpenAPI document brings
// its own (`page`/`limit`, `offset`/`limit`, an `items` array, `meta.total`...).

/** The placeholder for the school (the owner) in a route template. */
export const SCHOOL_PARAM = '{school}';

export interface ApiShape {
  /**
   * The page: a page number (0- or 1-based), an offset into the collection, a cursor (the
   * identity of the record before the page: `starting_after`), or none (the whole list).
   */
  page:
    | { style: 'page'; param: string; first: 0 | 1 }
    | { style: 'offset'; param: string }
    | { style: 'cursor'; param: string }
    | { style: 'none' };
  /** The page size; `param` is '' when the document declares none (every page is `default` records). */
  size: { param: string; default: number; max: number };
  /** Where things sit in a page's JSON body, as dotted paths (`data`, `navigation.totalRecords`). */
  envelope: {
    items: string;
    page?: string;
    size?: string;
    total?: string;
    totalPages?: string;
    /** Links to pages, by dotted path: `links.next` → `next` (URLs of this request's origin). */
    links?: Readonly<Record<string, LinkRelation>>;
    /** Other fields the envelope must have, with the fixed value each gets. */
    extra?: Readonly<Record<string, unknown>>;
  };
  /** Response headers of a page: the total under its name (`X-Total-Count`), and RFC 8288 `Link`. */
  headers?: { total?: string; link?: boolean };
}

export type LinkRelation = 'self' | 'first' | 'prev' | 'next' | 'last';

/** QTeachers: `navigationPage` (0-based) and `navigationPageSize`, `{ data, navigation }`. */
export const QTEACHERS_API: ApiShape = {
  page: { style: 'page', param: 'navigationPage', first: 0 },
  size: { param: 'navigationPageSize', default: 100, max: 1000 },
  envelope: {
    items: 'data',
    page: 'navigation.navigationPage',
    size: 'navigation.navigationPageSize',
    total: 'navigation.totalRecords',
    totalPages: 'navigation.totalPages',
  },
};

/** A QTeachers route: `/qt_{api}/school-api/schools/{school}/{path}`. */
export function qteachersRoute(api: string, path: string): string {
  return `/qt_${api}/school-api/schools/${SCHOOL_PARAM}/${path}`;
}

/** A route template with the school filled in. */
export function routeOf(template: string, school: string): string {
  return template.replace(SCHOOL_PARAM, encodeURIComponent(school));
}

/** A value at a dotted path of a parsed body, or undefined. */
export function valueAt(body: unknown, path: string): unknown {
  if (path === '') return body;
  let value = body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Sets a value at a dotted path of `target`, making the objects on the way. */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let object = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof object[key] !== 'object' || object[key] === null) object[key] = {};
    object = object[key] as Record<string, unknown>;
  }
  object[keys.at(-1)!] = value;
}

/**
 * The query string of page `page` (0-based) at `size` records a page, in a shape's own terms.
 * A list without paging, or paged by cursor, has only its first page here (and its size).
 */
export function pageQuery(api: ApiShape, page: number, size: number): URLSearchParams {
  const query = new URLSearchParams();
  if (api.page.style === 'offset') query.set(api.page.param, String(page * size));
  else if (api.page.style === 'page') query.set(api.page.param, String(page + api.page.first));
  if (api.size.param !== '') query.set(api.size.param, String(size));
  return query;
}

/** QTeachers' paging defaults and bounds, documented in docs/api.md. */
export const PAGING = {
  defaultPage: 0,
  defaultPageSize: QTEACHERS_API.size.default,
  maxPageSize: QTEACHERS_API.size.max,
  /** Page numbers above this are refused rather than silently treated as past the end. */
  maxPage: 1_000_000_000,
} as const;

/** A requested page: the first record's offset, the page size, and the page number as the client counts. */
export interface Page {
  offset: number;
  size: number;
  /** The page number in the API's own count (0- or 1-based), or the offset for an offset API. */
  number: number;
  /** A cursor API's cursor: the identity of the record the page starts after. */
  cursor?: string;
}

/**
 * A page's body: its records and the totals, where the API shape puts them, and the links
 * `linkTo` makes (a URL for a relation, or null: no such page).
 */
export function pageBody(api: ApiShape, page: Page, records: readonly unknown[], total: number, linkTo?: (relation: LinkRelation) => string | null): Record<string, unknown> | unknown[] {
  const { envelope } = api;
  // A bare array when the records are the whole answer.
  if (envelope.items === '') return [...records];
  const body: Record<string, unknown> = {};
  setAt(body, envelope.items, records);
  if (envelope.page) setAt(body, envelope.page, page.number);
  if (envelope.size) setAt(body, envelope.size, page.size);
  if (envelope.total) setAt(body, envelope.total, total);
  if (envelope.totalPages) setAt(body, envelope.totalPages, Math.ceil(total / page.size));
  for (const [path, relation] of Object.entries(envelope.links ?? {})) {
    // A page that does not exist (no next after the last) has no link: the field is left out.
    const url = linkTo?.(relation);
    if (url) setAt(body, path, url);
  }
  for (const [path, value] of Object.entries(envelope.extra ?? {})) setAt(body, path, value);
  return body;
}
