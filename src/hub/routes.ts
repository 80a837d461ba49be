// Routing: which school and collection a path names, from each collection's route
// template (`/qt_student/school-api/schools/{school}/students`, or a model's own).
import type { Dataset } from '../generate/dataset.ts';
import { routeOf, SCHOOL_PARAM } from '../model/api.ts';

export type Route =
  | { kind: 'index' }
  | { kind: 'openapi' }
  | { kind: 'html'; path: string }
  | { kind: 'person' }
  | { kind: 'collection'; centreCode: string; name: string }
  | { kind: 'unknown-school'; centreCode: string }
  | { kind: 'not-found' };

interface Matcher {
  name: string;
  /** The template's segments; `null` where the school goes. */
  segments: (string | null)[];
}

/** Matchers per dataset, built once: the collections' templates, split into segments. */
const matchers = new WeakMap<Dataset, Matcher[]>();

function matchersOf(dataset: Dataset): Matcher[] {
  let found = matchers.get(dataset);
  if (!found) {
    found = dataset.collections.map(({ name, route }) => ({ name, segments: route.split('/').slice(1).map((s) => (s === SCHOOL_PARAM ? null : s)) }));
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

/** Matches a path (without query; a trailing slash allowed) against the dataset's schools and collections. */
export function route(dataset: Dataset, path: string): Route {
  if (path === '/' || path === '') return { kind: 'index' };
  if (path === '/openapi.json') return { kind: 'openapi' };
  if (path === '/explore/api/person') return { kind: 'person' };
  if (/^\/(docs|explore)(\/|$)/.test(path)) return { kind: 'html', path };
  const segments = path.split('/').slice(1);
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  for (const { name, segments: template } of matchersOf(dataset)) {
    if (template.length !== segments.length) continue;
    let school: string | undefined;
    const fits = template.every((part, i) => {
      if (part !== null) return part === segments[i];
      school = safeDecode(segments[i]!);
      return school !== '';
    });
    if (!fits) continue;
    if (school === undefined) return { kind: 'collection', centreCode: dataset.schools[0]?.centreCode ?? '', name };
    if (!dataset.school(school)) return { kind: 'unknown-school', centreCode: school };
    return { kind: 'collection', centreCode: school, name };
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
