// `seedhub record`: a golden file (`--out`) and/or a HAR (`--har`) of a hub's data.
import { makeDirectory } from '../make-directory.ts';
import { dirname } from 'node:path';
import { GoldenError } from '../errors.ts';
import { createDataset } from '../generate/dataset.ts';
import { DEFAULT_HAR_BASE, writeHar } from '../golden/har.ts';
import { writeGolden } from '../golden/record.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError } from './args.ts';
import { refuseDirectory } from './file-errors.ts';
import { untilStopped } from './interrupt.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';

function harBase(value: string | undefined): string {
  if (value === undefined) return DEFAULT_HAR_BASE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`Failed to read --har-base: "${value}" is not a URL. Give an origin such as ${DEFAULT_HAR_BASE}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`Failed to read --har-base: "${value}" is not http or https.`);
  return value.replace(/\/$/, '');
}

export async function record(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, ...OPENAPI_FLAG, out: { type: 'string' }, har: { type: 'string' }, 'har-base': { type: 'string' } });
  const { out, har } = values;
  if (!out && !har) throw new UsageError('Failed to record: give --out FILE (a golden file), --har FILE (a HAR), or both.');
  const base = harBase(values['har-base']);
  const model = values.openapi === undefined ? undefined : (await openApiModel(values.openapi, io)).model;
  const dataset = createDataset(hubOptions(values, io.error), model);
  // Refused before the work, not after it: a recording can take an hour.
  if (out) await refuseDirectory(out, 'golden.json');
  if (har) await refuseDirectory(har, 'hub.har');
  return untilStopped('record', io, async () => {
    try {
      if (out) {
        const manifest = await writeGolden(dataset, out, (line) => io.out(line));
        const records = Object.values(manifest.digests).flatMap((s) => Object.values(s)).reduce((sum, d) => sum + d.count, 0);
        io.out(`seedhub recorded ${records} records of ${dataset.schools.length} ${dataset.schools.length === 1 ? 'school' : 'schools'} to ${out}`);
      }
      if (har) {
        await makeDirectory(dirname(har));
        await writeHar(dataset, har, base);
        io.out(`seedhub wrote a HAR of every page to ${har} (base ${base})`);
      }
    } catch (error) {
      if (!(error instanceof GoldenError)) throw error;
      io.error(error.message);
      return 2;
    }
    return 0;
  });
}
