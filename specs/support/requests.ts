// Spec helpers: call a handler or an HTTP server and read the answer.
import { createDataset, createHandler, type HubOptions, type HubResponse } from 'seedhub/core';

export interface Navigation {
  navigationPage: number;
  navigationPageSize: number;
  totalRecords: number;
  totalPages: number;
}

export interface PageBody {
  data: Record<string, unknown>[];
  navigation: Navigation;
}

/** A handler over a fresh dataset. */
export function handlerFor(options: HubOptions = {}) {
  return createHandler(createDataset(options));
}

/** GET through a handler. */
export function get(handle: ReturnType<typeof createHandler>, url: string): HubResponse & { json: () => PageBody } {
  const response = handle({ method: 'GET', url });
  return { ...response, json: () => JSON.parse(response.body) as PageBody };
}

/** Every endpoint path of a school. */
export const ENDPOINTS = [
  'qt_student/school-api/schools/{code}/students',
  'qt_student/school-api/schools/{code}/photos',
  'qt_student/school-api/schools/{code}/flags',
  'qt_student/school-api/schools/{code}/addresses',
  'qt_student/school-api/schools/{code}/parents',
  'qt_student/school-api/schools/{code}/emergency-contacts',
  'qt_student/school-api/schools/{code}/enrolment-history',
  'qt_staff/school-api/schools/{code}/staff',
  'qt_staff/school-api/schools/{code}/photos',
] as const;

export const endpoint = (template: string, code: string) => `/${template.replace('{code}', code)}`;

/** Every record of an endpoint, page by page, through any `fetch`-like reader. */
export async function crawl(read: (url: string) => Promise<PageBody>, path: string, pageSize: number) {
  const records: Record<string, unknown>[] = [];
  const navigations: Navigation[] = [];
  for (let page = 0; ; page++) {
    const body = await read(`${path}?navigationPage=${page}&navigationPageSize=${pageSize}`);
    navigations.push(body.navigation);
    records.push(...body.data);
    if (body.data.length < pageSize) break;
  }
  return { records, navigations };
}
