// Paging: `navigationPage` (0-based) and `navigationPageSize`, validated strictly, and
// the navigation block that tells a client where it is.
import { problem } from './problem.ts';
import type { HubResponse } from './types.ts';

/** Paging defaults and bounds, documented in docs/api.md. */
export const PAGING = {
  defaultPage: 0,
  defaultPageSize: 100,
  maxPageSize: 1000,
  /** Page numbers above this are refused rather than silently treated as past the end. */
  maxPage: 1_000_000_000,
} as const;

export interface Page {
  navigationPage: number;
  navigationPageSize: number;
}

export interface Navigation extends Page {
  totalRecords: number;
  totalPages: number;
}

function parameter(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number | HubResponse {
  const values = query.getAll(name);
  if (values.length === 0) return fallback;
  const bad = (why: string) =>
    problem({ kind: 'invalid-query', status: 400, detail: `${name} ${why}.`, extra: { parameter: name, value: values.length > 1 ? values : values[0] } });
  if (values.length > 1) return bad(`is given ${values.length} times; give it once`);
  const raw = values[0]!;
  if (!/^\d+$/.test(raw)) return bad(`must be a whole number from ${min} to ${max}, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) return bad(`must be from ${min} to ${max}, got ${raw}`);
  return value;
}

/** The requested page, or a 400 problem naming the bad parameter. */
export function parsePage(query: URLSearchParams): Page | HubResponse {
  const navigationPage = parameter(query, 'navigationPage', PAGING.defaultPage, 0, PAGING.maxPage);
  if (typeof navigationPage !== 'number') return navigationPage;
  const navigationPageSize = parameter(query, 'navigationPageSize', PAGING.defaultPageSize, 1, PAGING.maxPageSize);
  if (typeof navigationPageSize !== 'number') return navigationPageSize;
  return { navigationPage, navigationPageSize };
}

/** The navigation block for a page of a collection of `totalRecords`. */
export function navigation(page: Page, totalRecords: number): Navigation {
  return { ...page, totalRecords, totalPages: Math.ceil(totalRecords / page.navigationPageSize) };
}
