// The shape of a model: entities (the truth about a school, its people and classes) and
// collections (the endpoints' views of that truth). A model is data: ordered maps of
// field generators. It has no randomness of its own; generation hands every generator a
// keyed stream for exactly its (seed, school, entity or collection, index, field).
import type { Faker } from '@faker-js/faker';
import type { ResolvedOptions, SchoolParam } from '../options.ts';
import type { ApiShape } from './api.ts';
import type { Operation } from './operations.ts';
import { QTEACHERS_OWNERS } from './qteachers/ids.ts';

/** Random helpers over one keyed stream. */
export interface Rng {
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One item of `[value, weight]` pairs, by weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** A version-4 UUID: what Faker's `string.uuid()` makes from the same stream, draw for draw. */
  uuid(): string;
}

/** A generated thing: a plain object whose keys follow the model's field order. */
export type Entity = Readonly<Record<string, unknown>>;

/** What every field generator is given. */
export interface BaseContext {
  /** Faker (en_AU vocabulary) drawing from this field's own stream. */
  faker: Faker;
  /** The same stream, as small helpers. */
  rng: Rng;
  options: ResolvedOptions;
  /** The fields of this entity or record computed so far, in model order. */
  record: Entity;
  /** Another entity of the same school, e.g. `entity('student', 3)`. */
  entity(kind: string, index: number | string): Entity;
  /** An auxiliary stream of this school named by `parts`, for decisions shared by several records. */
  keyed(...parts: (string | number)[]): Rng;
  /**
   * The image of `index` under a keyed permutation of [0, n) named `name`: unique IDs by
   * construction. Scope `school` (the default) keys it by centre code, `hub` by the seed only.
   */
  permute(name: string, n: number, index: number, scope?: 'school' | 'hub'): number;
}

/** The context of a field of an entity. */
export interface EntityContext extends BaseContext {
  /** The school; for the school entity itself, its centre code only. */
  school: Entity;
  /** The entity's index within its school (a number, or a compound key such as `"12.1"`). */
  index: number | string;
}

/** The context of a field of a collection record. */
export interface RecordContext extends BaseContext {
  school: Entity;
  /** The student or staff member this record belongs to. */
  owner: Entity;
  ownerIndex: number;
  /** The record's position among its owner's records (0 for one-per-owner collections). */
  index: number;
}

export type EntityField = (ctx: EntityContext) => unknown;
export type RecordField = (ctx: RecordContext) => unknown;

/** An entity kind: its fields, computed in order. */
export interface EntitySpec {
  fields: Readonly<Record<string, EntityField>>;
}

/** A kind of record owner: QTeachers' `student` and `staff`, or a model's own. */
export type OwnerKind = string;

/** An owner kind: the field that identifies one, repeated on each of its records, and how many a school has. */
export interface OwnerSpec {
  idField: string;
  /** How many a school has: from the options, or from the school entity itself (its own size). */
  count(options: ResolvedOptions, school?: Entity): number;
  /** The count when it is the same for any options: the OpenAPI document states it (`x-seedhub-count`). */
  fixedCount?: number;
}

/**
 * A field's JSON Schema (2020-12), with two words of seedhub's own: `codeSet` names the
 * SIF AU code set a coded field draws from, and `nullable: true` lets it be null. The
 * OpenAPI document and the contract checks turn both into plain JSON Schema.
 */
export type FieldSchema = Readonly<Record<string, unknown>> & { readonly codeSet?: string; readonly nullable?: boolean };

/**
 * An endpoint. QTeachers' are `/qt_{api}/school-api/schools/{centreCode}/{path}`; `route`
 * (a template with `{school}`) gives any other.
 */
export interface CollectionSpec {
  api: string;
  path: string;
  /** The route template, e.g. `/api/v2/campuses/{school}/learners`; QTeachers' by default. */
  route?: string;
  /** Whose records these are; each record carries the owner's ID and centre code. */
  owner: OwnerKind;
  /** Records per owner; one when absent. */
  count?: (ctx: Omit<RecordContext, 'index' | 'record'>) => number;
  /** Records per owner when every owner has the same number: the OpenAPI document states it (`x-seedhub-count`). */
  fixedCount?: number;
  fields: Readonly<Record<string, RecordField>>;
  /** The JSON Schema of each field, for the OpenAPI document; a field without one is described from the data. */
  schemas?: Readonly<Record<string, FieldSchema>>;
}

/** A whole model: a `school` entity, an entity for each owner kind, and the collections. */
export interface Model {
  entities: Readonly<Record<string, EntitySpec>>;
  collections: Readonly<Record<string, CollectionSpec>>;
  /** The owner kinds; QTeachers' `student` and `staff` when absent. */
  owners?: Readonly<Record<string, OwnerSpec>>;
  /** Routes, paging and envelope; QTeachers' when absent. */
  api?: ApiShape;
  /** Whether collection records lead with the owner's ID and the centre code (QTeachers does). */
  ownerFields?: boolean;
  /** Which fields are identities and which refer to them: for a model of its own, its consistency checks. */
  references?: ModelReferences;
  /** School (owner) values the model's document names, used before generated centre codes. */
  schoolCodes?: readonly string[];
  /** The path parameter that names the school in the model's own document, and its schema. */
  schoolParam?: SchoolParam;
  /** Bounds the options must keep within, e.g. an ID pattern with only so many values. */
  limits?: readonly ModelLimit[];
  /** What the hub serves, operation by operation; one list per collection at its route when absent. */
  operations?: readonly Operation[];
  /**
   * The OpenAPI document the model was made from (as read: slips repaired, Swagger 2.0
   * converted): what the hub publishes as `/openapi.json`, with seedhub's additions.
   */
  document?: Readonly<Record<string, unknown>>;
}

/** A bound of a model: `needed` of something (for these options and schools) must not pass `capacity`. */
export interface ModelLimit {
  /** What is bounded, for the message: `learnerId values (pattern ^L[0-9]{6}$)`. */
  what: string;
  capacity: number;
  needed(options: ResolvedOptions, schools: number): number;
  /** The option to change when it is passed. */
  hint: string;
}

/** The identities of a model's collections, and the fields that refer to them. */
export interface ModelReferences {
  identities: { collection: string; field: string; kind: string }[];
  references: ModelReference[];
}

/**
 * A field that refers to records of `kind`: holds its identity, or a reference object (its
 * `via` property holds it: `{ sourcedId, href }`), or an array of them (`many`), or the
 * target's `key` field instead of its identity (a natural key).
 */
export interface ModelReference {
  collection: string;
  /** The field, or a dotted path into a field's objects (`roles.org`: `roles: [{ org }]`). */
  field: string;
  kind: string;
  via?: string;
  key?: string;
  many?: boolean;
}

/** The values a record's reference holds: one, or each of an array, read through its objects. */
export function referencedValues(record: Entity, reference: Pick<ModelReference, 'field' | 'via' | 'many'>): unknown[] {
  // A dotted field is a reference inside a field's objects (`roles.org`): every array on the way is each of its items.
  const [first, ...rest] = reference.field.split('.');
  let raws: unknown[] = [record[first!]];
  for (const key of rest) raws = raws.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined));
  const list = raws.flatMap((raw) => (reference.many || Array.isArray(raw) ? (Array.isArray(raw) ? raw : []) : [raw]));
  return list.map((value) => (reference.via && typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[reference.via] : value)).filter((v) => v !== undefined && v !== null);
}

/** The owner kinds of a model; QTeachers' when it names none (a model extended from it). */
export const ownersOf = (model: Model) => model.owners ?? QTEACHERS_OWNERS;
