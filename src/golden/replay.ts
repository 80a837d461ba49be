// Replaying a golden file: a Dataset like the generator's, so `createHandler` serves the
// recorded records with the hub's own pagination, errors and bytes. There is one way to read
// a golden (`readGolden`, through a store) and one to replay it (`replayGolden`); the modes,
// `verify`, `serve --golden` and `datasetFromGolden` all go through them.
import { GoldenError } from '../errors.ts';
import { QTEACHERS_API, qteachersRoute } from '../model/api.ts';
import type { CollectionView, Dataset } from '../generate/dataset.ts';
import type { Entity } from '../model/types.ts';
import { listOperationsOf } from '../model/operations.ts';
import { parseGolden, type Golden } from './parse.ts';
import { fileStore, type GoldenStore } from './store.ts';

/** A Dataset over a parsed golden file. Records are parsed per slice, so callers get fresh objects. */
export function replayGolden(golden: Golden): Dataset {
  const { manifest, lines } = golden;
  // Maps, not objects: a school code or collection name from a file never reaches a prototype.
  const byCode = new Map(manifest.schools.map((school) => [school.centreCode, school]));
  // Goldens recorded before routes were named have QTeachers routes.
  const collections = manifest.collections.map((c) => ({ ...c, route: c.route ?? qteachersRoute(c.api, c.path) }));
  const views = new Map<string, Map<string, CollectionView>>();
  for (const [centreCode, collections] of lines) {
    const ofSchool = new Map<string, CollectionView>();
    views.set(centreCode, ofSchool);
    for (const [name, records] of collections) {
      ofSchool.set(name, {
        count: records.length,
        slice: (offset, limit) => records.slice(offset, offset + limit).map((line) => JSON.parse(line) as Entity),
      });
    }
  }
  return {
    options: manifest.options,
    api: manifest.api ?? QTEACHERS_API,
    ...(manifest.references ? { references: manifest.references } : {}),
    schools: manifest.schools,
    collections,
    operations: manifest.operations ?? listOperationsOf(collections, manifest.api ?? QTEACHERS_API),
    school: (code) => byCode.get(code),
    collection: (code, name) => views.get(code)?.get(name),
  };
}

/** Reads and checks a golden file from `store` (the disk by default); `shownAs` is how messages name it. */
export async function readGolden(path: string, { store = fileStore, shownAs = path }: { store?: GoldenStore; shownAs?: string } = {}): Promise<Golden> {
  const text = await store.read(path);
  if (text === null) throw new GoldenError(`Failed to read golden ${shownAs}: there is no such file. Record it with "npx seedhub record --out ${shownAs}".`);
  return parseGolden(text, shownAs);
}

/**
 * A Dataset replaying a golden file: `{ text }` of one, or the path of one.
 * @example createHandler(await datasetFromGolden('fixtures/golden/default.json'))
 */
export async function datasetFromGolden(source: string | { text: string; file?: string }): Promise<Dataset> {
  return replayGolden(typeof source === 'string' ? await readGolden(source) : parseGolden(source.text, source.file));
}
