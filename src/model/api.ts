// How a hub's collections are addressed and paged: the route of each collection, the
// query parameters that choose a page, and where a page's records and totals sit in its
// body. QTeachers' shape is the default; a model built from an OpenAPI document brings
// its own (`page`/`limit`, `offset`/`limit`, an `items` array, `meta.total`...).

/** The placeholder for the school (the owner) in a route template. */
export const SCHOOL_PARAM = '{school}';

export interface ApiShape {
  /** The page: a page number (0- or 1-based) or an offset into the collection. */
  page: { style: 'page'; param: string; first: 0 | 1 } | { style: 'offset'; param: string };
  size: { param: string; default: number; max: number };
  /** Where things sit in a page's JSON body, as dotted paths (`data`, `navigation.totalRecords`). */
  envelope: {
    items: string;
    page?: string;
    size?: string;
    total?: string;
    totalPages?: string;
    /** Other fields the envelope must have, with the fixed value each gets. */
    extra?: Readonly<Record<string, unknown>>;
  };
}

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

/** The query string of page `page` (0-based) at `size` records a page, in a shape's own terms. */
export function pageQuery(api: ApiShape, page: number, size: number): URLSearchParams {
  const query = new URLSearchParams();
  query.set(api.page.param, String(api.page.style === 'offset' ? page * size : page + api.page.first));
  query.set(api.size.param, String(size));
  return query;
}

/**
 * Whether `code` is a value of a school path parameter's schema: its enum, its pattern,
 * its lengths, and digits when it is an integer. QTeachers' centre codes are 4 digits.
 */
export function schoolCodeFits(code: string, schema: Readonly<Record<string, unknown>> = { type: 'string', pattern: '^\\d{4}$' }): boolean {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).includes(code);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') {
    if (!/^-?\d+$/.test(code)) return false;
    const value = Number(code);
    return (typeof schema.minimum !== 'number' || value >= schema.minimum) && (typeof schema.maximum !== 'number' || value <= schema.maximum);
  }
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(code)) return false;
  if (typeof schema.minLength === 'number' && code.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && code.length > schema.maxLength) return false;
  return code.length > 0;
}
