// A session's view of the hub's data: the dataset with its record overrides applied, read
// afresh on every call. The pipeline serves a changed collection from it, and the fixture's
// direct reads (`hub.students()`, `hub.records()`, `hub.student(id)`) and the matchers read
// it, so a test sees one hub, whether it asks over HTTP or reads the data.
import type { CollectionView, Dataset } from '../generate/dataset.ts';
import type { Entity } from '../model/types.ts';
import type { RecordOverride } from './scenario-options.ts';

const ID_FIELD = /Id$/;

/** Whether a record carries `id` in its owner ID or any `…Id` field. */
const hasId = (record: Entity, id: string) => Object.keys(record).some((key) => ID_FIELD.test(key) && String(record[key]) === id);

/**
 * A run of records (the first at position `first` of its collection) with `changes` applied
 * in order: a change by index to the record at that position, by id to every record with it.
 */
export function applyOverrides(records: readonly Entity[], first: number, changes: readonly RecordOverride[]): Entity[] {
  if (changes.length === 0) return [...records];
  return records.map((record, i) => {
    let current = record;
    for (const change of changes) {
      if (change.index !== undefined ? change.index !== first + i : !hasId(current, change.id!)) continue;
      const next = typeof change.patch === 'function' ? change.patch({ ...current }) : { ...current, ...change.patch };
      current = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
    }
    return current;
  });
}

/** `dataset` as `changesOf` changes it. */
export function overlaid(dataset: Dataset, changesOf: (centreCode: string, collection: string) => readonly RecordOverride[]): Dataset {
  const collection = (centreCode: string, name: string): CollectionView | undefined => {
    const view = dataset.collection(centreCode, name);
    if (!view) return undefined;
    return {
      get count() {
        return view.count;
      },
      slice(offset, limit) {
        return applyOverrides(view.slice(offset, limit), offset, changesOf(centreCode, name));
      },
      // Whose records these are (and, for writing files, the generated ones in bulk).
      ...(view.owners ? { owners: view.owners } : {}),
    };
  };
  return {
    options: dataset.options,
    api: dataset.api,
    ...(dataset.model ? { model: dataset.model } : {}),
    ...(dataset.references ? { references: dataset.references } : {}),
    schools: dataset.schools,
    collections: dataset.collections,
    operations: dataset.operations,
    school: (centreCode) => dataset.school(centreCode),
    collection,
  };
}
