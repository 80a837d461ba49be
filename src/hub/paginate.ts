// A request's paging parameters, in the terms of the dataset's API shape (QTeachers:
// `navigationPage`, 0-based, and `navigationPageSize`), validated strictly: the page, or the
// 400 problem that names the bad parameter. The shape and the envelope are the model's
// (model/api.ts).
import { PAGING, QTEACHERS_API, type ApiShape, type Page } from '../model/api.ts';
import { problem } from './problem.ts';
import type { HubResponse } from './types.ts';

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

/** The requested page, or a 400 problem naming the bad parameter. A cursor's page is placed once the cursor is found. */
export function parsePage(query: URLSearchParams, api: ApiShape = QTEACHERS_API): Page | HubResponse {
  const size = api.size.param === '' ? api.size.default : parameter(query, api.size.param, api.size.default, 1, api.size.max);
  if (typeof size !== 'number') return size;
  if (api.page.style === 'none') return { offset: 0, size, number: 0 };
  if (api.page.style === 'cursor') {
    const values = query.getAll(api.page.param);
    if (values.length > 1) return problem({ kind: 'invalid-query', status: 400, detail: `${api.page.param} is given ${values.length} times; give it once.`, extra: { parameter: api.page.param, value: values } });
    return { offset: 0, size, number: 0, ...(values[0] ? { cursor: values[0] } : {}) };
  }
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
