// The shape of a model: entities (the truth about a school, its people and classes) and
// collections (the endpoints' views of that truth). A model is data: ordered maps of
// field generators. It has no randomness of its own; generation hands every generator a
// keyed stream for exactly its (seed, school, entity or collection, index, field).
import type { Faker } from '@faker-js/faker';
import type { ResolvedOptions } from '../options.ts';

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

export type OwnerKind = 'student' | 'staff';

/** An endpoint: `/qt_{api}/school-api/schools/{centreCode}/{path}`. */
export interface CollectionSpec {
  api: OwnerKind;
  path: string;
  /** Whose records these are; each record carries the owner's ID and centre code. */
  owner: OwnerKind;
  /** Records per owner; one when absent. */
  count?: (ctx: Omit<RecordContext, 'index' | 'record'>) => number;
  fields: Readonly<Record<string, RecordField>>;
}

/** A whole model. `school`, `student` and `staff` entities are required. */
export interface Model {
  entities: Readonly<Record<string, EntitySpec>>;
  collections: Readonly<Record<string, CollectionSpec>>;
}

/** The entity field that identifies an owner, repeated on each of its records. */
export const OWNER_ID = { student: 'enrolmentId', staff: 'staffId' } as const;
