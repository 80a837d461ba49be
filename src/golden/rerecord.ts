// How to re-record a golden with the options it was made with: the whole command for a
// QTeachers hub, and for a model made in code (which no command line can rebuild), the two
// ways that can. The drift report, the CI refusal and the missing-file error all say it so.
import { qteachers } from '../model/qteachers/index.ts';
import type { Model } from '../model/types.ts';
import { optionFlags, type ResolvedOptions } from '../options.ts';

/** What re-records `file` with `options`: a command to run, or what to do for a model made in code. */
export function rerecordHint(file: string, options: ResolvedOptions, model: Model | undefined): string {
  if (model === undefined || model === qteachers) return ['npx seedhub record --out', file, ...optionFlags(options)].join(' ');
  return `its model is made in code (extendModel, modelFromOpenAPI), which the command line cannot rebuild: run the spec that uses it with SEEDHUB_GOLDEN=update where CI is not set, or call writeGolden(createDataset(options, model), ${JSON.stringify(file)}) from a script (with a model from an OpenAPI document, npx seedhub record --out ${file} --openapi DOCUMENT ${optionFlags(options).join(' ')} does it too)`;
}
