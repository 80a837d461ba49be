// Finding records by what identifies them: the record of a collection with an identity, and
// the records of a collection that refer to a parent record (a school's classes, an account's
// transactions). Each is worked out once per dataset, school and collection by reading the
// collection through, and kept: the collections of a hub from an OpenAPI document are small.
import type { CollectionView, Dataset } from '../generate/dataset.ts';
import { QTEACHERS_PEOPLE } from '../model/qteachers/ids.ts';
import type { Entity } from '../model/types.ts';

/** The field (a dotted path) that identifies a collection's records, if they have one. */
export function identityField(dataset: Dataset, collection: string): string | undefined {
  const stated = dataset.references?.identities.find((i) => i.collection === collection)?.field;
  if (stated !== undefined) return stated;
  // QTeachers' people are identified by their ID on the collection that lists them.
  return Object.values(QTEACHERS_PEOPLE).find((p) => p.collection === collection)?.idField;
}

/**
 * The text values at a dotted path of a record: one, or each of an array on the way (a list
 * of references, `staff.id` of `staff: [{ id }]`); a reference object gives its `sourcedId`,
 * `id` or `uuid`.
 */
export function valuesOf(record: Entity, path: string): string[] {
  let values: unknown[] = [record];
  for (const key of path === '' ? [] : path.split('.')) {
    values = values.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined));
  }
  const one = (v: unknown): string[] => {
    if (v === null || v === undefined) return [];
    if (typeof v === 'object') {
      const ref = v as Record<string, unknown>;
      for (const key of ['sourcedId', 'id', 'uuid']) if (typeof ref[key] === 'string' || typeof ref[key] === 'number') return [String(ref[key])];
      return [];
    }
    return [String(v)];
  };
  return values.flatMap((v) => (Array.isArray(v) ? v : [v])).flatMap(one);
}

const indexes = new WeakMap<CollectionView, Map<string, Map<string, number[]>>>();

/** Positions in `view` of the records whose `field` holds each value, read once per view and field. */
function indexOf(view: CollectionView, field: string): Map<string, number[]> {
  let ofView = indexes.get(view);
  if (!ofView) indexes.set(view, (ofView = new Map()));
  let index = ofView.get(field);
  if (!index) {
    index = new Map();
    const records = view.slice(0, view.count);
    for (const [position, record] of records.entries()) {
      for (const value of valuesOf(record, field)) {
        const at = index.get(value);
        if (at) at.push(position);
        else index.set(value, [position]);
      }
    }
    ofView.set(field, index);
  }
  return index;
}

/** The position of the record whose identity `field` is `id`, or undefined. */
export function positionOf(view: CollectionView, field: string, id: string): number | undefined {
  return indexOf(view, field).get(id)?.[0];
}

/** The positions of the records whose `field` names `id` (a reference to a parent), in collection order. */
export function positionsNaming(view: CollectionView, field: string, id: string): readonly number[] {
  return indexOf(view, field).get(id) ?? [];
}
