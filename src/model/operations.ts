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

/**
 * What one declared query parameter does: chooses records whose `field` (a dotted path) holds
 * one of the values given (`status=sold`, `tags=a,b`; `all` means no choice; `default` is
 * the value of a request that gives none), a filter
 * expression (OneRoster's `filter=status='active' AND grades='09'`), the field to sort by
 * and its direction, the fields each record keeps; or nothing, and why.
 */
export type QueryParam =
  | { name: string; does: 'equals'; field: string; type: 'string' | 'number' | 'boolean'; list?: boolean; values?: readonly string[]; all?: string; default?: string }
  | { name: string; does: 'filter' }
  | { name: string; does: 'sort' }
  | { name: string; does: 'order' }
  | { name: string; does: 'fields' }
  | { name: string; does: 'ignored'; why: string };

/** A credential an operation accepts: one of the document's security schemes, as the sandbox checks it. */
export interface SecurityScheme {
  /** The document's name for it (`oauth2_auth`). */
  name: string;
  /** `bearer` is HTTP bearer, OAuth 2 and OpenID Connect alike: a token the sandbox issued. */
  type: 'bearer' | 'basic' | 'apiKey';
  /** Where an API key goes, and under what name. */
  in?: 'header' | 'query' | 'cookie';
  param?: string;
  /** OAuth 2: the path of the sandbox's token endpoint (client credentials), and the scopes the operation needs. */
  tokenPath?: string;
  scopes?: readonly string[];
}

/**
 * An error answer in the document's own schema: a body with the problem's parts put in its
 * slots (`errors.0.detail` holds the detail), for answers of `status` (`404`, `4XX`, `default`).
 */
export interface ErrorShape {
  status: string;
  mediaType: string;
  body: unknown;
  slots: readonly { path: string; holds: 'status' | 'code' | 'title' | 'detail' }[];
}

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
  /** Its declared query parameters, other than paging: what each does. */
  query?: readonly QueryParam[];
  /**
   * The records it serves of its collection, when not all: those whose `field` holds
   * `value` (OneRoster's `/students` are the users whose `roles.role` is `student`).
   */
  only?: { field: string; value: string };
  /** What it asks of a caller: any one of these sets of credentials, each of all its schemes. */
  security?: readonly (readonly SecurityScheme[])[];
  /** Request headers it requires (lower case): a request without one is a 400. */
  requires?: readonly string[];
  /** Headers its answers carry: the request's own value when it sent one (`x-fapi-interaction-id`), else `value`. */
  headers?: readonly { name: string; value: string }[];
  /** Its error answers, in the document's schema. */
  errors?: readonly ErrorShape[];
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
