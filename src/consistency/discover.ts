// Which schools and endpoints to crawl: from the hub's index (`GET /`), from the caller,
// or, for a hub without an index, the QTeachers model's paths.
import { collectionPath } from '../hub/routes.ts';
import { routeTemplate } from '../model/extend.ts';
import { qteachers } from '../model/qteachers/index.ts';
import type { ApiShape } from '../model/api.ts';
import { asObject, readJson, type HubFetch } from './http.ts';

/** The crawl could not start: the URL is unreachable or does not answer like a hub. */
export class CrawlError extends Error {
  override name = 'CrawlError';
}

export interface SchoolTarget {
  centreCode: string;
  schoolName?: string;
  yearLevels?: readonly string[];
  /** The school's SIF RefId (SchoolInfo), when the index gives it. */
  refId?: string;
  suburb?: string;
  /** Endpoint name to absolute URL. */
  endpoints: Record<string, string>;
}

function defaultEndpoints(centreCode: string): Record<string, string> {
  return Object.fromEntries(Object.entries(qteachers.collections).map(([name, spec]) => [name, collectionPath(centreCode, routeTemplate(spec))]));
}

function schoolOf(value: unknown): SchoolTarget | undefined {
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
    endpoints: endpoints.length > 0 ? Object.fromEntries(endpoints) : defaultEndpoints(school.centreCode),
  };
}

/**
 * The schools to crawl with their endpoint URLs. Throws `CrawlError` when no schools are
 * given and `GET /` does not list any.
 */
export async function discover(fetch: HubFetch, baseUrl: string, schools?: readonly string[], only?: readonly string[]): Promise<{ schools: SchoolTarget[]; api?: ApiShape }> {
  const read = await readJson(fetch, new URL('/', baseUrl).href);
  const api = read.ok ? apiOf(asObject(read.body)?.api) : undefined;
  const listed = read.ok && Array.isArray(asObject(read.body)?.schools) ? (asObject(read.body)!.schools as unknown[]).map(schoolOf) : undefined;
  if (!schools && !listed) {
    const reason = read.ok ? 'answered JSON without a "schools" list' : read.reason;
    throw new CrawlError(`[seedhub] Failed to crawl ${baseUrl}: GET / ${reason}. Is it a hub that speaks the seedhub API? Check the URL, or give the centre codes to crawl.`);
  }
  const known = (listed ?? []).filter((s): s is SchoolTarget => s !== undefined);
  const chosen = schools
    ? schools.map((code) => known.find((s) => s.centreCode === code) ?? { centreCode: code, endpoints: defaultEndpoints(code) })
    : known;
  const targets = chosen.map((school) => {
    const entries = Object.entries(school.endpoints).filter(([name]) => !only || only.includes(name));
    return { ...school, endpoints: Object.fromEntries(entries.map(([name, path]) => [name, new URL(path, baseUrl).href])) };
  });
  return { schools: targets, ...(api ? { api } : {}) };
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
