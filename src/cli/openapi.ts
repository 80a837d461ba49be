// `seedhub openapi`: the OpenAPI 3.1 document of a hub, to stdout or a file (JSON or YAML).
import { makeDirectory } from '../make-directory.ts';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import { createDataset } from '../generate/dataset.ts';
import { openApiDocument } from '../contract/document.ts';
import { writeAtomic } from '../write-atomic.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError } from './args.ts';
import { refuseDirectory } from './file-errors.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';

const FORMATS = ['json', 'yaml'] as const;

export async function openapi(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, ...OPENAPI_FLAG, out: { type: 'string' }, format: { type: 'string' } });
  const format = values.format ?? (values.out?.match(/\.ya?ml$/) ? 'yaml' : 'json');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Failed to read --format: "${format}" is not json or yaml.`);
  // From a document: the document of what seedhub serves for it (its answers, as served).
  const model = values.openapi === undefined ? undefined : (await openApiModel(values.openapi, io, 'quiet')).model;
  const document = openApiDocument(createDataset(hubOptions(values, io.error), model));
  const text = format === 'yaml' ? stringify(document, { lineWidth: 0 }) : `${JSON.stringify(document, null, 2)}\n`;
  if (!values.out) {
    io.out(text.trimEnd());
    return 0;
  }
  await refuseDirectory(values.out, format === 'yaml' ? 'hub.yaml' : 'hub.json');
  await makeDirectory(dirname(values.out));
  await writeAtomic(values.out, () => [text]);
  io.out(`seedhub wrote the OpenAPI document of ${Object.keys(document.paths).length - 1} endpoints to ${values.out} (${format})`);
  return 0;
}
