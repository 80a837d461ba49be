// Recording a golden file from a dataset: in memory (`recordGolden`) or streamed to disk
// with bounded memory (`writeGolden`). Both write the same bytes.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { makeDirectory } from '../make-directory.ts';
import { dirname } from 'node:path';
import type { Dataset } from '../generate/dataset.ts';
import { QTEACHERS_API } from '../model/api.ts';
import { temporaryPath, writeAtomic } from '../write-atomic.ts';
import { digester, header, recordLine } from './format.ts';
import type { CollectionDigest, GoldenManifest } from './types.ts';
import { dataVersions } from '../generate/versions.ts';

/** Records generated per chunk: bounds memory for any size of school. */
const CHUNK = 1000;
/** A progress line every this many records of one collection. */
const PROGRESS_EVERY = 10_000;

export type Progress = (line: string) => void;

/** The records part of a golden file, chunk by chunk; fills `digests` as it goes. */
function* recordsOf(dataset: Dataset, digests: GoldenManifest['digests'], progress?: Progress): Generator<string> {
  let firstSchool = true;
  for (const { centreCode } of dataset.schools) {
    yield `${firstSchool ? '' : ',\n'}${JSON.stringify(centreCode)}: {\n`;
    firstSchool = false;
    const schoolDigests: Record<string, CollectionDigest> = (digests[centreCode] = {});
    let firstCollection = true;
    for (const { name } of dataset.collections) {
      yield `${firstCollection ? '' : ',\n'}${JSON.stringify(name)}: [`;
      firstCollection = false;
      const view = dataset.collection(centreCode, name)!;
      const digest = digester();
      for (let offset = 0; offset < view.count; offset += CHUNK) {
        const lines = view.slice(offset, CHUNK).map(recordLine);
        for (const line of lines) digest.add(line);
        yield lines.map((line, i) => `${offset + i === 0 ? '\n' : ',\n'}${line}`).join('');
        const done = Math.min(offset + CHUNK, view.count);
        if (progress && done % PROGRESS_EVERY === 0) progress(`recording ${centreCode} ${name}: ${done} of ${view.count}`);
      }
      yield view.count > 0 ? '\n]' : ']';
      schoolDigests[name] = digest.digest();
    }
    yield '\n}';
  }
  yield '\n}\n}\n';
}

function manifestOf(dataset: Dataset, digests: GoldenManifest['digests']): GoldenManifest {
  return {
    versions: dataVersions(),
    options: dataset.options,
    collections: dataset.collections.map(({ name, api, path, route }) => ({ name, api, path, route })),
    ...(dataset.api === QTEACHERS_API ? {} : { api: dataset.api }),
    ...(dataset.references ? { references: dataset.references } : {}),
    ...(dataset.model?.operations ? { operations: [...dataset.model.operations] } : {}),
    schools: dataset.schools.map((school) => ({ ...school, ...(school.yearLevels ? { yearLevels: [...school.yearLevels] } : {}) })),
    digests,
  };
}

/**
 * A dataset as golden file text.
 * @example await writeFile('fixtures/golden/small.json', recordGolden(createDataset({ schools: 1 })))
 */
export function recordGolden(dataset: Dataset): string {
  const digests: GoldenManifest['digests'] = {};
  const records = [...recordsOf(dataset, digests)].join('');
  return header(manifestOf(dataset, digests)) + records;
}

/**
 * Streams a dataset's golden file to `path`, atomically: the records go to a temporary
 * file first (their digests are needed before them, in the manifest), then the manifest and
 * those records to a second temporary file, which is renamed over `path`.
 */
export async function writeGolden(dataset: Dataset, path: string, progress?: Progress): Promise<GoldenManifest> {
  await makeDirectory(dirname(path));
  const digests: GoldenManifest['digests'] = {};
  const body = temporaryPath(path);
  try {
    await writeAtomic(body, () => recordsOf(dataset, digests, progress));
    const manifest = manifestOf(dataset, digests);
    await writeAtomic(path, async function* () {
      yield header(manifest);
      for await (const chunk of createReadStream(body)) yield chunk as Buffer;
    });
    return manifest;
  } finally {
    await rm(body, { force: true });
  }
}
