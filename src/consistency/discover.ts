// Which schools and endpoints to crawl: from the hub's index (`GET /`), from the caller,
// or, for a hub without an index, the QTeachers model's paths.
import type { SchoolFacts } from './types.ts';
import { collectionPath } from '../hub/routes.ts';
import { routeTemplate } from '../model/extend.ts';
import { qteachers } from '../model/qteachers/index.ts';
import type { ApiShape } from '../model/api.ts';
import type { ModelReferences } from '../model/types.ts';
import { asObject, readJson, type HubFetch } from './http.ts';

/** The crawl could not start: the URL is unreachable or does not answer like a hub. */
export class CrawlError extends Error {
  override name = 'CrawlError';
}

export interface SchoolTarget extends SchoolFacts {
  /** Endpoint name to absolute URL. */
  endpoints: Record<string, string>;
}

/** QTeachers' route templates by endpoint name: what a hub without an index is crawled at. */
const QTEACHERS_ROUTES = Object.fromEntries(Object.entries(qteachers.collections).map(([name, spec]) => [name, routeTemplate(spec)]));

function defaultEndpoints(centreCode: string, routes: Readonly<Record<string, string>> = QTEACHERS_ROUTES): Record<string, string> {
  return Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, collectionPath(centreCode, route)]));
}

function schoolOf(value: unknown, routes?: Readonly<Record<string, string>>): SchoolTarget | undefined {
  const school = asObject(value);
  if (!school || typeof school.centreCode !== 'string') return undefined;
  const endpoints = Object.entries(asObject(school.endpoints) ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  const yearLevels = Array.isArray(school.yearLevels) ? school.yearLevels.map(String) : undefined;
  return {
    centreCode: school.centreCode,
    ...(typeof school.schoolName === 'string' ? { schoolName: school.schoolName } : {}),
    ...(yearLevels ? { yearLevels } : {}),
    ...(typeof school.refId === 'string' ? { refId: school.refId } : {}),
    ...(typeof school.suburb === 'string' ? { suburb: school.suburb } : {}),
    endpoints: endpoints.length > 0 ? Object.fromEntries(endpoints) : defaultEndpoints(school.centreCode, routes),
  };
}

/**
 * The schools to crawl with their endpoint URLs. Throws `CrawlError` when no schools are
 * given and `GET /` does not list any.
 */
export async function discover(fetch: HubFetch, baseUrl: string, schools?: readonly string[], only?: readonly string[], routes?: Readonly<Record<string, string>>): Promise<{ schools: SchoolTarget[]; api?: ApiShape; references?: ModelReferences; indexed: boolean }> {
  const read = await readJson(fetch, new URL('/', baseUrl).href);
  const api = read.ok ? apiOf(asObject(read.body)?.api) : undefined;
  const references = read.ok ? referencesOf(asObject(read.body)?.references) : undefined;
  const listed = read.ok && Array.isArray(asObject(read.body)?.schools) ? (asObject(read.body)!.schools as unknown[]).map((school) => schoolOf(school, routes)) : undefined;
  if (!schools && !listed) {
    const reason = read.ok ? 'answered JSON without a "schools" list' : read.reason;
    throw new CrawlError(`[seedhub] Failed to crawl ${baseUrl}: GET / ${reason}. Is it a hub that speaks the seedhub API? Check the URL, or give the centre codes to crawl.`);
  }
  const known = (listed ?? []).filter((s): s is SchoolTarget => s !== undefined);
  const chosen = schools
    ? schools.map((code) => known.find((s) => s.centreCode === code) ?? { centreCode: code, endpoints: defaultEndpoints(code, routes) })
    : known;
  const targets = chosen.map((school) => {
    const entries = Object.entries(school.endpoints).filter(([name]) => !only || only.includes(name));
    return { ...school, endpoints: Object.fromEntries(entries.map(([name, path]) => [name, new URL(path, baseUrl).href])) };
  });
  return { schools: targets, ...(api ? { api } : {}), ...(references ? { references } : {}), indexed: listed !== undefined };
}

/** The identities and references a seedhub index states for a model of its own, when well formed. */
function referencesOf(value: unknown): ModelReferences | undefined {
  const stated = asObject(value);
  const list = (items: unknown) => (Array.isArray(items) ? items.map(asObject) : []).filter((i) => i && ['collection', 'field', 'kind'].every((k) => typeof i[k] === 'string')) as ModelReferences['identities'];
  if (!stated || !Array.isArray(stated.identities)) return undefined;
  return { identities: list(stated.identities), references: list(stated.references) };
}

/** The paging a seedhub index states for a model of its own, when it is well formed. */
function apiOf(value: unknown): ApiShape | undefined {
  const api = asObject(value);
  const page = asObject(api?.page);
  const size = asObject(api?.size);
  const envelope = asObject(api?.envelope);
  if (!page || !size || !envelope || typeof page.param !== 'string' || typeof size.param !== 'string' || typeof envelope.items !== 'string') return undefined;
  return api as unknown as ApiShape;
}
