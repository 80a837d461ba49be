// Routing: which operation a path names, and what its parameters bound (the school, a
// record's identity, a parent's identity), from each operation's template
// (`/qt_student/school-api/schools/{school}/students`, `/classes/{id}`, `/schools/{id}/classes`).
// A literal segment wins over a parameter at the same place: `/accounts/direct-debits` is that
// list, not the account "direct-debits".
import type { Dataset } from '../generate/dataset.ts';
import { routeOf } from '../model/api.ts';
import type { Operation } from '../model/operations.ts';

export type Route =
  | { kind: 'index' }
  | { kind: 'openapi' }
  | { kind: 'html'; path: string }
  | { kind: 'person' }
  /** A page of a collection; `parents` are the parent identities the path bound, by parameter. */
  | { kind: 'collection'; centreCode: string; name: string; operation: Operation; parents: Readonly<Record<string, string>> }
  /** One record of a collection, by its identity. */
  | { kind: 'item'; centreCode: string; name: string; operation: Operation; id?: string; parents: Readonly<Record<string, string>> }
  | { kind: 'unknown-school'; centreCode: string }
  | { kind: 'not-found' };

interface Matcher {
  operation: Operation;
  /** The template's segments: a literal, or the name of the parameter there. */
  segments: ({ literal: string } | { param: string })[];
}

/** Matchers per dataset, built once, the most literal first at each place. */
const matchers = new WeakMap<Dataset, Matcher[]>();

function matchersOf(dataset: Dataset): Matcher[] {
  let found = matchers.get(dataset);
  if (!found) {
    found = dataset.operations.map((operation) => ({
      operation,
      segments: operation.path.split('/').slice(1).map((s) => (/^\{[^}]+\}$/.test(s) ? { param: s.slice(1, -1) } : { literal: s })),
    }));
    // Stable: among templates that differ only where one has a parameter, the literal one first.
    const shape = (m: Matcher) => m.segments.map((s) => ('literal' in s ? '0' : '1')).join('');
    found = found.map((m, i) => ({ m, i })).sort((a, b) => (shape(a.m) < shape(b.m) ? -1 : shape(a.m) > shape(b.m) ? 1 : a.i - b.i)).map(({ m }) => m);
    matchers.set(dataset, found);
  }
  return found;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The values a path gives a template's parameters, or undefined when it does not fit. */
function fit(matcher: Matcher, segments: readonly string[]): Record<string, string> | undefined {
  if (matcher.segments.length !== segments.length) return undefined;
  const bound: Record<string, string> = {};
  for (const [i, part] of matcher.segments.entries()) {
    const given = segments[i]!;
    if ('literal' in part) {
      if (part.literal !== given) return undefined;
    } else {
      const value = safeDecode(given);
      if (value === '') return undefined;
      bound[part.param] = value;
    }
  }
  return bound;
}

/** Matches a path (without query; a trailing slash allowed) against the dataset's operations. */
export function route(dataset: Dataset, path: string): Route {
  if (path === '/' || path === '') return { kind: 'index' };
  if (path === '/openapi.json') return { kind: 'openapi' };
  if (path === '/explore/api/person') return { kind: 'person' };
  if (/^\/(docs|explore)(\/|$)/.test(path)) return { kind: 'html', path };
  const segments = path.split('/').slice(1);
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  for (const matcher of matchersOf(dataset)) {
    const bound = fit(matcher, segments);
    if (!bound) continue;
    const { operation } = matcher;
    let centreCode = dataset.schools[0]?.centreCode ?? '';
    let id: string | undefined;
    const parents: Record<string, string> = {};
    for (const param of operation.params) {
      const value = bound[param.name];
      if (value === undefined) continue;
      if (param.binds === 'school') centreCode = value;
      else if (param.binds === 'identity') id = value;
      else parents[param.name] = value;
    }
    if (!dataset.school(centreCode)) return { kind: 'unknown-school', centreCode };
    const name = operation.collection;
    if (operation.kind === 'item') return { kind: 'item', centreCode, name, operation, ...(id === undefined ? {} : { id }), parents };
    return { kind: 'collection', centreCode, name, operation, parents };
  }
  return { kind: 'not-found' };
}

/** A known centre code that `code` was probably meant to be (`01690` or `169` for `1690`). */
export function didYouMean(dataset: Dataset, code: string): string | undefined {
  const digits = code.replace(/^0+/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return dataset.schools.find((s) => s.centreCode.replace(/^0+/, '') === digits)?.centreCode;
}

/** The path of a collection of a school. */
export function collectionPath(centreCode: string, route: string): string {
  return routeOf(route, centreCode);
}
