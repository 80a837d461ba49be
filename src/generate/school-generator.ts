// Generation for one school: entities computed field by field from keyed streams, and
// collection records addressed by position, so record N costs the same as record 0.
import { ModelError } from '../errors.ts';
import type { BaseContext, CollectionSpec, Entity, Model, RecordContext, RecordField } from '../model/types.ts';
import { OWNER_ID } from '../model/types.ts';
import type { ResolvedOptions } from '../options.ts';
import { faker, withStream } from './faker.ts';
import { keyedStream, rngOf, type KeyPart } from './keyed-random.ts';
import { keyedPermutation } from './permutation.ts';

/** Entities kept per school; beyond this the oldest are recomputed when needed again. */
const ENTITY_CACHE_SIZE = 50_000;

type Fields<C> = Readonly<Record<string, (ctx: C) => unknown>>;

export class SchoolGenerator {
  readonly school: Entity;
  private readonly cache = new Map<string, Entity>();
  private readonly building = new Set<string>();
  private readonly permutations = new Map<string, (index: number) => number>();
  private readonly recordFields = new Map<string, Fields<RecordContext>>();

  constructor(
    readonly model: Model,
    readonly options: ResolvedOptions,
    readonly centreCode: string,
    readonly position: number,
  ) {
    this.school = this.build('school', 0, { centreCode, position }, this.model.entities.school!.fields);
  }

  /** An entity of this school by kind and index, computed once and cached. */
  entity = (kind: string, index: number | string): Entity => {
    if (kind === 'school') return this.school;
    const spec = this.model.entities[kind];
    if (!spec) throw new ModelError(`Failed to read entity "${kind}": the model has no such entity. Known: ${Object.keys(this.model.entities).join(', ')}.`);
    const key = `${kind}\u001f${index}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    if (this.building.has(key)) throw new ModelError(`Failed to generate ${kind} ${index}: a field of it depends on itself.`);
    this.building.add(key);
    try {
      const entity = this.build(kind, index, this.school, spec.fields);
      if (this.cache.size >= ENTITY_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, entity);
      return entity;
    } finally {
      this.building.delete(key);
    }
  };

  /** Record `index` of `owner`'s records in collection `name`. */
  record(name: string, spec: CollectionSpec, ownerIndex: number, index: number): Entity {
    const owner = this.entity(spec.owner, ownerIndex);
    const fields = this.fieldsOf(name, spec);
    const record: Record<string, unknown> = {};
    const ctx = { ...this.base(record), school: this.school, owner, ownerIndex, index } as RecordContext;
    for (const [field, generate] of Object.entries(fields)) {
      record[field] = this.draw([name, ownerIndex, index, field], ctx, generate);
    }
    return record;
  }

  /** How many records `owner` has in collection `name`. */
  countOf(name: string, spec: CollectionSpec, ownerIndex: number): number {
    if (!spec.count) return 1;
    const owner = this.entity(spec.owner, ownerIndex);
    const ctx = { ...this.base({}), school: this.school, owner, ownerIndex } as RecordContext;
    const count = this.draw([name, ownerIndex, 'count'], ctx, spec.count);
    if (!Number.isInteger(count) || count < 0) {
      throw new ModelError(`Failed to count "${name}" of ${spec.owner} ${ownerIndex}: count returned ${JSON.stringify(count)}, not a whole number ≥ 0.`);
    }
    return count;
  }

  private build<C>(kind: string, index: number | string, school: Entity, fields: Fields<C>): Entity {
    const record: Record<string, unknown> = kind === 'school' ? { ...school } : {};
    const ctx = { ...this.base(record), school, index } as C;
    for (const [field, generate] of Object.entries(fields)) {
      record[field] = this.draw(['entity', kind, index, field], ctx as C & { rng: unknown }, generate);
    }
    return record;
  }

  /** Runs one generator with its own keyed stream behind both `rng` and `faker`. */
  private draw<C extends { rng?: unknown }, T>(parts: KeyPart[], ctx: C, generate: (ctx: C) => T): T {
    const next = keyedStream([this.options.seed, this.centreCode, ...parts]);
    ctx.rng = rngOf(next);
    return withStream(next, () => generate(ctx));
  }

  private base(record: Record<string, unknown>): Omit<BaseContext, 'rng'> {
    return {
      faker,
      options: this.options,
      record,
      entity: this.entity,
      keyed: (...parts) => rngOf(keyedStream([this.options.seed, this.centreCode, 'keyed', ...parts])),
      permute: (name, n, index, scope = 'school') => {
        const key = scope === 'hub' ? `${this.options.seed}\u001f${name}` : `${this.options.seed}\u001f${this.centreCode}\u001f${name}`;
        const cacheKey = `${key}\u001f${n}`;
        let permutation = this.permutations.get(cacheKey);
        if (!permutation) this.permutations.set(cacheKey, (permutation = keyedPermutation(n, key)));
        return permutation(index);
      },
    };
  }

  /** The fields of a collection's records: the owner's ID and the centre code lead, then the model's. */
  private fieldsOf(name: string, spec: CollectionSpec): Fields<RecordContext> {
    let fields = this.recordFields.get(name);
    if (!fields) {
      const idField = OWNER_ID[spec.owner];
      const leading: Record<string, RecordField> = {
        [idField]: (ctx) => ctx.owner[idField],
        centreCode: (ctx) => ctx.school.centreCode,
      };
      fields = { ...leading, ...spec.fields };
      this.recordFields.set(name, fields);
    }
    return fields;
  }
}
