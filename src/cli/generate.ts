// `seedhub generate`: every collection of every school, written to disk.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createDataset, type CollectionView } from '../generate/dataset.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError } from './args.ts';
import type { Io } from './io.ts';
import { writeAtomic } from './write-atomic.ts';

const FORMATS = ['json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];
/** Records generated per chunk written; bounds memory for any size of school. */
const CHUNK = 1000;

function* lines(view: CollectionView, format: Format): Iterable<string> {
  if (format === 'json') yield '[';
  for (let offset = 0; offset < view.count; offset += CHUNK) {
    const records = view.slice(offset, CHUNK);
    if (format === 'ndjson') yield records.map((r) => `${JSON.stringify(r)}\n`).join('');
    else yield records.map((r, i) => `${offset + i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join('');
  }
  if (format === 'json') yield view.count > 0 ? '\n]\n' : ']\n';
}

export async function generate(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, out: { type: 'string' }, format: { type: 'string' } });
  if (!values.out) throw new UsageError('Failed to generate: --out DIR is required.');
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Failed to read --format: "${values.format}" is not json or ndjson.`);
  const dataset = createDataset(hubOptions(values));
  await mkdir(values.out, { recursive: true });
  let total = 0;
  for (const school of dataset.schools) {
    const dir = join(values.out, school.centreCode);
    await mkdir(dir, { recursive: true });
    for (const { name } of dataset.collections) {
      const view = dataset.collection(school.centreCode, name)!;
      await writeAtomic(join(dir, `${name}.${format}`), () => lines(view, format));
      total += view.count;
    }
  }
  const index = { seed: dataset.options.seed, options: dataset.options, schools: dataset.schools, collections: dataset.collections };
  await writeAtomic(join(values.out, 'index.json'), () => [`${JSON.stringify(index, null, 2)}\n`]);
  io.out(`seedhub wrote ${total} records of ${dataset.schools.length} schools to ${values.out} (${format})`);
  return 0;
}
