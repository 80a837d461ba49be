// Every record of every collection of every school of a dataset, read straight from it.
import { createDataset, type Dataset, type HubOptions } from 'seedhub/core';

export type Row = Record<string, unknown>;

export function allRecords(dataset: Dataset, centreCode: string, name: string): Row[] {
  const view = dataset.collection(centreCode, name)!;
  return view.slice(0, view.count) as Row[];
}

/** Per school, each collection's records by name. */
export function snapshotOf(options: HubOptions = {}) {
  const dataset = createDataset(options);
  return dataset.schools.map((school) => ({
    school,
    records: Object.fromEntries(dataset.collections.map((c) => [c.name, allRecords(dataset, school.centreCode, c.name)])) as Record<string, Row[]>,
  }));
}
