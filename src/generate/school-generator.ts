// Generation for one school: entities computed field by field from keyed streams, and
// collection records addressed by position, so record N costs the same as record 0.
import { ModelError } from '../errors.ts';
import type { BaseContext, CollectionSpec, Entity, Model, RecordContext, RecordField } from '../model/types.ts';
import { ownersOf } from '../model/types.ts';
import type { ResolvedOptions } from '../options.ts';
import { callWithStream, faker } from './faker.ts';
import { aleaAfter, KeyPrefix, keyedStream, keyOf, rngOf, type KeyPart, type Next, type Rng } from './keyed-random.ts';
import { keyedPermutation } from './permutation.ts';

/** The last part of every auxiliary stream's key (see `keyed`). */
const KEYED_END = 'draws';
/** Entities kept per school; beyond this the oldest are recomputed when needed again. */
const ENTITY_CACHE_SIZE = 20_000;

type Fields<C> = Readonly<Record<string, (ctx: C) => unknown>>;

/**
 * The context a field generator is given: one object per entity or record, its stream
 * swapped field by field. Its `rng` is made once per context and draws from whichever
 * field is being computed, so a record's fields do not each make five closures; it is an
 * own property like the others, so a generator may spread the context or destructure it.
 */
class FieldContext {
  /** The current field's stream, behind `rng` and Faker (set by `use` before each field). */
  #stream: Next = () => {
    throw new ModelError('Failed to draw: a field context was used outside its field.');
  };
  readonly rng: Rng;
  /** Records only: the owner and its index. Counts have no `index`. */
  declare owner?: Entity;
  declare ownerIndex?: number;
  declare index?: number | string;

  constructor(
    readonly faker: BaseContext['faker'],
    readonly options: ResolvedOptions,
    readonly record: Record<string, unknown>,
    readonly entity: BaseContext['entity'],
    readonly keyed: BaseContext['keyed'],
    readonly permute: BaseContext['permute'],
    readonly school: Entity,
  ) {
    this.rng = rngOf(() => this.#stream());
  }

  /** Makes `next` the stream of the field about to be computed. */
  use(next: Next): void {
    this.#stream = next;
  }
}

/** Freezes a value and every object or array inside it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class SchoolGenerator {
  readonly school: Entity;
  /** Entities by kind, then index, oldest first; `cached` of them in all. */
  private readonly cache = new Map<string, Map<number | string, Entity>>();
  private cached = 0;
  private readonly building = new Set<string>();
  private readonly permutations = new Map<string, (index: number) => number>();
  private readonly recordFields = new Map<string, Fields<RecordContext>>();
  /** The key parts every stream of this school starts with: seed and centre code. */
  private readonly keyStart: readonly KeyPart[];
  /** The context helpers that do not depend on the record, made once per school. */
  private readonly helpers: Pick<BaseContext, 'keyed' | 'permute'>;

  constructor(
    readonly model: Model,
    readonly options: ResolvedOptions,
    readonly centreCode: string,
  ) {
    this.keyStart = [options.seed, centreCode];
    this.helpers = this.makeHelpers();
    this.school = this.build('school', 0, { centreCode }, this.model.entities.school!.fields);
  }

  /** An entity of this school by kind and index, computed once and cached. */
  entity = (kind: string, index: number | string): Entity => {
    if (kind === 'school') return this.school;
    const spec = this.model.entities[kind];
    if (!spec) throw new ModelError(`Failed to read entity "${kind}": the model has no such entity. Known: ${Object.keys(this.model.entities).join(', ')}.`);
    let ofKind = this.cache.get(kind);
    if (!ofKind) this.cache.set(kind, (ofKind = new Map()));
    const cached = ofKind.get(index);
    if (cached) return cached;
    const key = keyOf(kind, index);
    if (this.building.has(key)) throw new ModelError(`Failed to generate ${kind} ${index}: a field of it depends on itself.`);
    this.building.add(key);
    try {
      const entity = this.build(kind, index, this.school, spec.fields);
      if (this.cached >= ENTITY_CACHE_SIZE) this.evictOne(ofKind);
      ofKind.set(index, entity);
      this.cached++;
      return entity;
    } finally {
      this.building.delete(key);
    }
  };

  /** Drops the oldest entity of `preferred` (the kind being added), or of any kind that has one. */
  private evictOne(preferred: Map<number | string, Entity>): void {
    const from = preferred.size > 0 ? preferred : [...this.cache.values()].find((map) => map.size > 0)!;
    from.delete(from.keys().next().value!);
    this.cached--;
  }

  /** Record `index` of `owner`'s records in collection `name`. */
  record(name: string, spec: CollectionSpec, ownerIndex: number, index: number): Entity {
    const owner = this.entity(spec.owner, ownerIndex);
    const fields = this.fieldsOf(name, spec);
    const record: Record<string, unknown> = {};
    const ctx = this.context(record, this.school, index, owner, ownerIndex);
    // The key of field F is (seed, school, name, ownerIndex, index, F), as `draw` would make it.
    const prefix = new KeyPrefix(keyOf(...this.keyStart, name, ownerIndex, index, ''));
    for (const field in fields) {
      record[field] = this.drawKey(prefix, field, ctx, fields[field]!);
    }
    return record;
  }

  /** How many records `owner` has in collection `name`. */
  countOf(name: string, spec: CollectionSpec, ownerIndex: number): number {
    if (!spec.count) return 1;
    const owner = this.entity(spec.owner, ownerIndex);
    const ctx = this.context({}, this.school, undefined, owner, ownerIndex);
    const count = this.draw([name, ownerIndex, 'count'], ctx, spec.count);
    if (!Number.isInteger(count) || count < 0) {
      throw new ModelError(`Failed to count "${name}" of ${spec.owner} ${ownerIndex}: count returned ${JSON.stringify(count)}, not a whole number ≥ 0.`);
    }
    return count;
  }

  private build<C>(kind: string, index: number | string, school: Entity, fields: Fields<C>): Entity {
    const record: Record<string, unknown> = kind === 'school' ? { ...school } : {};
    const ctx = this.context(record, school, index);
    const prefix = new KeyPrefix(keyOf(...this.keyStart, 'entity', kind, index, ''));
    for (const field in fields) {
      record[field] = this.drawKey(prefix, field, ctx, fields[field]!);
    }
    // Entities are cached and their nested values are shared by the records that project
    // them: frozen, so no caller can change what later pages serve.
    return deepFreeze(record);
  }

  /** Runs one generator with its own keyed stream behind both `rng` and `faker`. */
  private draw<C, T>(parts: KeyPart[], ctx: FieldContext, generate: (ctx: C) => T): T {
    return this.drawKey(undefined, keyOf(...this.keyStart, ...parts), ctx, generate);
  }

  /** `draw` with the stream's key as a shared prefix and the rest (both already joined). */
  private drawKey<C, T>(prefix: KeyPrefix | undefined, rest: string, ctx: FieldContext, generate: (ctx: C) => T): T {
    const next = aleaAfter(prefix, rest);
    ctx.use(next);
    // One context class serves both kinds of field: an entity's (no owner) and a record's.
    return callWithStream(next, generate, ctx as unknown as C);
  }

  /** A context for the fields of one entity (no owner) or record. */
  private context(record: Record<string, unknown>, school: Entity, index: number | string | undefined, owner?: Entity, ownerIndex?: number): FieldContext {
    const ctx = new FieldContext(faker, this.options, record, this.entity, this.helpers.keyed, this.helpers.permute, school);
    // Only the members a context of its kind has, as plain objects had them before.
    if (owner !== undefined) ctx.owner = owner;
    if (ownerIndex !== undefined) ctx.ownerIndex = ownerIndex;
    if (index !== undefined) ctx.index = index;
    return ctx;
  }

  private makeHelpers(): Pick<BaseContext, 'keyed' | 'permute'> {
    return {
      // The key ends in a constant part: alea's first draws of keys that differ only in their
      // last characters follow one another (0.967, 0.591, 0.215 for students 100, 101, 102),
      // and a key that ends in an index or a year would make a pattern of them.
      keyed: (...parts) => rngOf(keyedStream([this.options.seed, this.centreCode, 'keyed', ...parts, KEYED_END])),
      permute: (name, n, index, scope = 'school') => {
        const key = scope === 'hub' ? keyOf(this.options.seed, name) : keyOf(this.options.seed, this.centreCode, name);
        const cacheKey = keyOf(key, n);
        let permutation = this.permutations.get(cacheKey);
        if (!permutation) this.permutations.set(cacheKey, (permutation = keyedPermutation(n, key)));
        return permutation(index);
      },
    };
  }

  /** The fields of a collection's records: the owner's ID and the centre code lead (unless the model says not), then the model's. */
  private fieldsOf(name: string, spec: CollectionSpec): Fields<RecordContext> {
    let fields = this.recordFields.get(name);
    if (!fields) {
      const idField = ownersOf(this.model)[spec.owner]!.idField;
      const leading: Record<string, RecordField> = {
        [idField]: (ctx) => ctx.owner[idField],
        centreCode: (ctx) => ctx.school.centreCode,
      };
      fields = this.model.ownerFields === false ? spec.fields : { ...leading, ...spec.fields };
      this.recordFields.set(name, fields);
    }
    return fields;
  }
}
