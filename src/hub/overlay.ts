// A test's view of the hub's data: the dataset with the test's record overrides applied,
// by the rule the wire uses (scenarios.ts `applyOverrides`). The fixture's direct reads
// (`hub.students()`, `hub.records()`, `hub.student(id)`) and the matchers read this view,
// so a test sees one hub, whether it asks over HTTP or reads the data.
import type { CollectionView, Dataset } from '../generate/dataset.ts';
import { applyOverrides, type Scenario } from './scenarios.ts';

/** `dataset` as `scenario`'s record overrides change it, read afresh on every call. */
export function overlaid(dataset: Dataset, scenario: Scenario): Dataset {
  const collection = (centreCode: string, name: string): CollectionView | undefined => {
    const view = dataset.collection(centreCode, name);
    if (!view) return undefined;
    return {
      get count() {
        return view.count;
      },
      slice(offset, limit) {
        return applyOverrides(view.slice(offset, limit), offset, scenario.changesOf(centreCode, name));
      },
    };
  };
  return {
    options: dataset.options,
    api: dataset.api,
    ...(dataset.model ? { model: dataset.model } : {}),
    ...(dataset.references ? { references: dataset.references } : {}),
    schools: dataset.schools,
    collections: dataset.collections,
    school: (centreCode) => dataset.school(centreCode),
    collection,
  };
}
