// Paging, in the terms of the dataset's API shape (QTeachers: `navigationPage`, 0-based,
// and `navigationPageSize`), validated strictly, and the envelope that tells a client where
// it is.
import { QTEACHERS_API, setAt, type ApiShape } from '../model/api.ts';
import { problem } from './problem.ts';
import type { HubResponse } from './types.ts';

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
export function parsePage(query: URLSearchParams, api: ApiShape = QTEACHERS_API): Page | HubResponse {
  const size = parameter(query, api.size.param, api.size.default, 1, api.size.max);
  if (typeof size !== 'number') return size;
  if (api.page.style === 'offset') {
    const offset = parameter(query, api.page.param, 0, 0, PAGING.maxPage);
    if (typeof offset !== 'number') return offset;
    return { offset, size, number: offset };
  }
  const first = api.page.first;
  const number = parameter(query, api.page.param, first, first, PAGING.maxPage);
  if (typeof number !== 'number') return number;
  return { offset: (number - first) * size, size, number };
}

/** A page's body: its records and the totals, where the API shape puts them. */
export function pageBody(api: ApiShape, page: Page, records: readonly unknown[], total: number): Record<string, unknown> | unknown[] {
  const { envelope } = api;
  // A bare array when the records are the whole answer.
  if (envelope.items === '') return [...records];
  const body: Record<string, unknown> = {};
  setAt(body, envelope.items, records);
  if (envelope.page) setAt(body, envelope.page, page.number);
  if (envelope.size) setAt(body, envelope.size, page.size);
  if (envelope.total) setAt(body, envelope.total, total);
  if (envelope.totalPages) setAt(body, envelope.totalPages, Math.ceil(total / page.size));
  for (const [path, value] of Object.entries(envelope.extra ?? {})) setAt(body, path, value);
  return body;
}
