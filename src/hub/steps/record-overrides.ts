// Records a test changed: a page of a collection with overrides is read from the test's own
// view of the data (overlay.ts), whose records carry the changes, instead of the cache the
// configuration's tests share. Changes act on records, never on bytes: nothing is re-parsed.
import type { Dataset } from '../../generate/dataset.ts';
import type { Step } from '../pipeline.ts';
import type { RecordOverride } from '../scenario-options.ts';

/** Reads `view` for a collection that `changesOf` has changes for. */
export function recordOverrides(view: Dataset, changesOf: (centreCode: string, collection: string) => readonly RecordOverride[]): Step {
  return (request, context, next) => {
    const { route } = request;
    if ((route.kind === 'collection' || route.kind === 'item') && changesOf(route.centreCode, route.name).length > 0) context.data = view;
    return next();
  };
}
