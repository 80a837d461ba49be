// Every record about one person, from every endpoint that names them: what the explorer
// (`/explore`) shows side by side, so a person can see the IDs agree across endpoints.
import { QTEACHERS_OWNERS } from '../model/qteachers/ids.ts';
import { allRecords, type Dataset } from '../generate/dataset.ts';
import { ownersOf, type Entity } from '../model/types.ts';

export interface PersonRecords {
  kind: string;
  idField: string;
  id: string;
  /** By collection name: the person's records there. */
  records: Record<string, Entity[]>;
}

/** The owner kinds of a dataset: its model's, or QTeachers' ID fields for a replayed golden. */
function kinds(dataset: Dataset): [string, string][] {
  return Object.entries(dataset.model ? ownersOf(dataset.model) : QTEACHERS_OWNERS).map(([kind, spec]) => [kind, spec.idField]);
}

/**
 * A model of its own: the record whose identity is `id`, and every record that refers to
 * it (a learner's guardians, attendance marks and lessons).
 */
function referencedRecords(dataset: Dataset, centreCode: string, id: string): PersonRecords | undefined {
  const { identities, references } = dataset.references!;
  const matching = (collection: string, field: string) => allRecords(dataset.collection(centreCode, collection)).filter((r) => String(r[field]) === id);
  for (const identity of identities) {
    const own = matching(identity.collection, identity.field);
    if (own.length === 0) continue;
    const records: Record<string, Entity[]> = { [identity.collection]: own };
    for (const ref of references) if (ref.kind === identity.kind) records[ref.collection] = [...(records[ref.collection] ?? []), ...matching(ref.collection, ref.field)];
    return { kind: identity.kind, idField: identity.field, id, records };
  }
  return undefined;
}

/** The records of the person with `id` at school `centreCode`, or undefined when nobody has it. */
export function personRecords(dataset: Dataset, centreCode: string, id: string): PersonRecords | undefined {
  if (!dataset.school(centreCode)) return undefined;
  if (dataset.references) return referencedRecords(dataset, centreCode, id);
  for (const [kind, idField] of kinds(dataset)) {
    const records: Record<string, Entity[]> = {};
    for (const { name } of dataset.collections) {
      const view = dataset.collection(centreCode, name)!;
      const owners = view.owners;
      if (owners && owners.kind !== kind) continue;
      const mine = allRecords(view).filter((r) => r[idField] === id);
      if (mine.length > 0 || owners) records[name] = mine;
    }
    if (Object.values(records).some((list) => list.length > 0)) return { kind, idField, id, records };
  }
  return undefined;
}
