// Times generating N students of one school in chunks of 1000 (as `seedhub generate` does)
// and prints records/s and a SHA-256 of the output, so a speed-up can prove it changed no byte.
// Usage: tsx bench/generate-students.ts [N]
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDataset } from '../src/generate/dataset.ts';

const total = Number(process.argv[2] ?? 100_000);
const started = performance.now();
const students = createDataset({ schools: ['0220'], studentsPerSchool: total }).collection('0220', 'students')!;
const hash = createHash('sha256');
for (let offset = 0; offset < total; offset += 1000) {
  for (const record of students.slice(offset, 1000)) hash.update(`${JSON.stringify(record)}\n`);
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ records: total, seconds: Number(seconds.toFixed(2)), recordsPerSecond: Math.round(total / seconds), sha256: hash.digest('hex') })}\n`);
