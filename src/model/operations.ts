// The operations a hub serves: each a path template, the collection it reads, whether it
// answers a page of records or one record, and what each of its path parameters takes (the
// school, the record's own identity, or the identity of the record its records belong to).
// A QTeachers-style model names none: its operations are one list per collection, at the
// collection's route, under its school. A model from an OpenAPI document names its own.
import { QTEACHERS_API, SCHOOL_PARAM, type ApiShape } from './api.ts';

/** What one path parameter of an operation takes. */
export type ParamBinding =
  /** The school (tenant) whose records these are. */
  | { name: string; binds: 'school' }
  /** The served record's identity (or its `field`, when the path names it by another, such as `username`). */
  | { name: string; binds: 'identity'; field?: string }
  /**
   * The identity of a record of `collection`; the operation serves the records whose `field`
   * (a dotted path) refers to it: holds its identity, or its `key` field (a natural key). With
   * no field (nothing refers to the parent), each parent's records are a seeded few of them.
   */
  | { name: string; binds: 'parent'; collection: string; field: string; key?: string };

export interface Operation {
  /** The route template, `{name}` for each parameter (`{school}` for QTeachers' school). */
  path: string;
  /** The collection whose records it answers with. */
  collection: string;
  kind: 'list' | 'item';
  /** Each path parameter, in the order the path has them. */
  params: readonly ParamBinding[];
  /** How a list is paged and enveloped; for one record, where it sits in the answer (`envelope.items`). */
  api: ApiShape;
  /** The document's name for it (`getClasses`), for messages and the start-up table. */
  id?: string;
}

/** The parameter names of a route template, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function templateParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** The QTeachers-style operations of collections that name none: one list each, at its route, under its school. */
export function listOperationsOf(collections: readonly { name: string; route: string }[], api: ApiShape = QTEACHERS_API): Operation[] {
  return collections.map(({ name, route }) => ({
    path: route,
    collection: name,
    kind: 'list',
    params: route.includes(SCHOOL_PARAM) ? [{ name: SCHOOL_PARAM.slice(1, -1), binds: 'school' }] : [],
    api,
  }));
}
