// A request's choice of records, as its operation's declared query parameters say: which
// records (equality parameters, a filter expression, and the records the operation serves
// at all, such as OneRoster's `/students`), in what order (`sort`, `orderBy`), and which of
// their fields (`fields`). A value the document does not allow, or a field the records do
// not have, is a 400 problem that names the parameter. The positions a choice keeps are
// worked out once per view and kept (a few dozen choices per view).
import type { CollectionView } from '../generate/dataset.ts';
import type { Operation } from '../model/operations.ts';
import type { Entity } from '../model/types.ts';
import type { Answer } from './answer.ts';
import { compareValues, parseFilter, satisfies, type Expression } from './filter-expression.ts';
import { valuesOf } from './lookup.ts';
import { problem } from './problem.ts';

/** What a request chooses of its operation's records. */
export interface Selection {
  /** Records kept: each condition holds one of its values (or the expression holds). */
  where: { field: string; anyOf: readonly string[] }[];
  expression?: Expression;
  sort?: { field: string; descending: boolean };
  fields?: readonly string[];
  /** The selection's canonical text: how its kept positions are cached. */
  key: string;
}

const bad = (name: string, value: unknown, why: string): Answer =>
  problem({ kind: 'invalid-query', status: 400, detail: `${name} ${why}.`, extra: { parameter: name, value } });

/** The fields a collection's records have, dotted paths checked by their first segment. */
export type KnownFields = (field: string) => boolean;

/** The selection a request makes, undefined when it makes none, or the 400 problem of a bad parameter. */
export function selectionOf(operation: Operation, query: URLSearchParams, known: KnownFields): Selection | undefined | Answer {
  const where: Selection['where'] = operation.only ? [{ field: operation.only.field, anyOf: [operation.only.value] }] : [];
  const selection: Selection = { where, key: '' };
  let order: string | undefined;
  for (const param of operation.query ?? []) {
    const asked = query.getAll(param.name);
    // A parameter the request leaves out takes its default, as the document says (`status=available`).
    const given = asked.length === 0 && param.does === 'equals' && param.default !== undefined ? [param.default] : asked;
    if (given.length === 0 || param.does === 'ignored') continue;
    if (given.length > 1 && param.does !== 'equals') return bad(param.name, given, `is given ${given.length} times; give it once`);
    const value = given[0]!;
    switch (param.does) {
      case 'equals': {
        const values = param.list ? given.flatMap((v) => v.split(',')) : given;
        if (!param.list && values.length > 1) return bad(param.name, given, `is given ${values.length} times; give it once`);
        if (param.all !== undefined && values.includes(param.all)) break;
        for (const v of values) {
          if (param.values && !param.values.includes(v)) return bad(param.name, v, `must be one of ${param.values.slice(0, 12).join(', ')}; got "${v}"`);
          if (param.type === 'number' && !/^-?\d+(\.\d+)?$/.test(v)) return bad(param.name, v, `must be a number, got "${v}"`);
          if (param.type === 'boolean' && v !== 'true' && v !== 'false') return bad(param.name, v, `must be true or false, got "${v}"`);
        }
        where.push({ field: param.field, anyOf: values });
        break;
      }
      case 'filter': {
        const parsed = parseFilter(value);
        if (typeof parsed === 'string') return bad(param.name, value, parsed);
        const unknown = parsed.flat().find((p) => !known(p.field));
        if (unknown) return bad(param.name, value, `names ${unknown.field}, which the records do not have`);
        selection.expression = parsed;
        break;
      }
      case 'sort':
        if (!known(value)) return bad(param.name, value, `names ${value}, which the records do not have`);
        selection.sort = { field: value, descending: false };
        break;
      case 'order':
        if (!/^(asc|desc)$/i.test(value)) return bad(param.name, value, `must be asc or desc, got "${value}"`);
        order = value.toLowerCase();
        break;
      case 'fields': {
        const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
        const unknown = fields.find((f) => !known(f));
        if (unknown) return bad(param.name, value, `names ${unknown}, which the records do not have`);
        if (fields.length > 0) selection.fields = fields;
        break;
      }
      default:
    }
  }
  if (selection.sort && order === 'desc') selection.sort.descending = true;
  if (where.length === 0 && !selection.expression && !selection.sort && !selection.fields) return undefined;
  selection.key = JSON.stringify([where, selection.expression ?? null, selection.sort ?? null]);
  return selection;
}

/** Whether a selection keeps every record in collection order (it only picks fields). */
export const keepsAll = (selection: Selection): boolean => selection.where.length === 0 && !selection.expression && !selection.sort;

/** Whether one record is kept by a selection. */
export function keeps(selection: Selection, record: Entity): boolean {
  for (const { field, anyOf } of selection.where) {
    const held = valuesOf(record, field);
    if (!anyOf.some((wanted) => held.some((v) => compareValues(v, wanted) === 0))) return false;
  }
  return !selection.expression || satisfies(selection.expression, (field) => valuesOf(record, field));
}

const kept = new WeakMap<CollectionView, Map<string, readonly number[]>>();
/** Choices kept per view. */
const KEPT_PER_VIEW = 64;

/** The positions of `view` (or of `within`, a parent's) that a selection keeps, in its order. */
export function select(view: CollectionView, within: readonly number[] | undefined, selection: Selection): readonly number[] {
  let ofView = kept.get(view);
  if (!ofView) kept.set(view, (ofView = new Map()));
  const key = `${selection.key}\u0000${within ? within.join(',') : '*'}`;
  const known = ofView.get(key);
  if (known) return known;
  const positions = within ?? Array.from({ length: view.count }, (_, i) => i);
  const records = view.slice(0, view.count);
  let out = positions.filter((at) => keeps(selection, records[at]!));
  if (selection.sort) {
    const { field, descending } = selection.sort;
    const first = (at: number) => valuesOf(records[at]!, field)[0];
    // Stable: records that sort alike keep their collection order; those without the field last.
    out = out.map((at) => [at, first(at)] as const).sort(([a, x], [b, y]) => {
      if (x === undefined || y === undefined) return x === y ? a - b : x === undefined ? 1 : -1;
      return (descending ? -compareValues(x, y) : compareValues(x, y)) || a - b;
    }).map(([at]) => at);
  }
  if (ofView.size >= KEPT_PER_VIEW) ofView.delete(ofView.keys().next().value!);
  ofView.set(key, out);
  return out;
}

/** A record with only the fields asked for, in its own order. */
export function project(record: Entity, fields: readonly string[] | undefined): Entity {
  if (!fields) return record;
  const wanted = new Set(fields);
  return Object.fromEntries(Object.entries(record).filter(([key]) => wanted.has(key)));
}
