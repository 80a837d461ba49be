// `seedhub generate` on worker threads and in shards: the files are the same bytes with one
// thread or several, and the shards of a run, concatenated in order, are the single run.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chunksOf, ownerGroups, shardRange } from '../../src/cli/generate-chunks.ts';
import { inOrder } from '../../src/cli/generate-pool.ts';
import { createDataset } from '../../src/generate/dataset.ts';
import { BIN, ROOT, run } from '../support/processes.ts';

const seedhub = (...args: string[]) => run(process.execPath, [BIN, ...args]);
/** Two schools of 1,200 students: five chunks of students each (250 owners a chunk), and staff. */
const HUB = ['--seed', 'threads', '--schools', '2', '--students', '1200', '--format', 'ndjson'];

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seedhub-parallel-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root`, by relative path, as bytes. */
async function filesOf(root: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Map<string, Buffer>();
  for (const entry of names) {
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(root.length + 1), await readFile(path));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

async function generate(out: string, ...args: string[]): Promise<Map<string, Buffer>> {
  const { code, stdout, stderr } = await seedhub('generate', '--out', out, ...HUB, ...args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/^seedhub wrote \d+ records of 2 schools/m);
  return filesOf(out);
}

test('one thread and three write the same bytes, file for file', async () => {
  const one = await generate(join(dir, 'one'), '--threads', '1');
  const three = await generate(join(dir, 'three'), '--threads', '3');
  expect([...three.keys()]).toEqual([...one.keys()]);
  expect(one.size).toBe(2 * 9 + 1);
  for (const [name, bytes] of one) expect(three.get(name)!.equals(bytes), name).toBe(true);
  // Records from every chunk of a school's students, in order: no chunk lost or repeated.
  const students = one.get('4650/students.ndjson')!.toString('utf8').trimEnd().split('\n');
  expect(students).toHaveLength(1200);
  const ids = students.map((line) => (JSON.parse(line) as { enrolmentId: string }).enrolmentId);
  expect(new Set(ids).size).toBe(1200);
});

test('a model from an OpenAPI document is rebuilt in every worker: the same bytes as one thread', async () => {
  const campus = ['--openapi', join(ROOT, 'docs/examples/campus-hub.yaml')];
  const one = await generate(join(dir, 'one'), ...campus, '--threads', '1');
  const two = await generate(join(dir, 'two'), ...campus, '--threads', '2');
  expect([...two.keys()]).toEqual([...one.keys()]);
  for (const [name, bytes] of one) expect(two.get(name)!.equals(bytes), name).toBe(true);
});

test('shards 1/3, 2/3 and 3/3, concatenated in order, are the single run', async () => {
  const whole = await generate(join(dir, 'whole'));
  const shards = [];
  for (const i of [1, 2, 3]) {
    const { code, stdout } = await seedhub('generate', '--out', join(dir, `shard${i}`), ...HUB, '--shard', `${i}/3`, '--threads', '2');
    expect(code).toBe(0);
    expect(stdout).toContain(`(ndjson, shard ${i}/3)`);
    shards.push(await filesOf(join(dir, `shard${i}`)));
  }
  for (const shard of shards) expect([...shard.keys()]).toEqual([...whole.keys()]);
  for (const [name, bytes] of whole) {
    if (name === 'index.json') {
      // Every shard describes the whole hub.
      for (const shard of shards) expect(shard.get(name)!.equals(bytes)).toBe(true);
      continue;
    }
    const joined = Buffer.concat(shards.map((shard) => shard.get(name)!));
    expect(joined.equals(bytes), name).toBe(true);
    // Each shard holds a real share, not everything in one.
    if (name.endsWith('students.ndjson')) for (const shard of shards) expect(shard.get(name)!.length).toBeGreaterThan(bytes.length / 4);
  }
});

test('shard ranges cover every owner once, in order, and differ by at most one', () => {
  for (const owners of [0, 1, 2, 7, 1000, 1001]) {
    for (const count of [1, 2, 3, 8]) {
      const ranges = Array.from({ length: count }, (_, i) => shardRange(owners, { index: i + 1, count }));
      expect(ranges[0]!.from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(owners);
      for (let i = 1; i < count; i++) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to);
      const sizes = ranges.map(({ from, to }) => to - from);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  }
  const groups = ownerGroups(createDataset({ schools: 1, studentsPerSchool: 2500 }));
  const chunks = chunksOf(groups, 1000);
  expect(chunks.filter((chunk) => chunk.kind === 'student').map(({ from, to }) => [from, to])).toEqual([
    [0, 1000],
    [1000, 2000],
    [2000, 2500],
  ]);
});

test('chunks are handed over in order, whatever order they finish in, with a bounded number started', async () => {
  let started = 0;
  let most = 0;
  let running = 0;
  const finishing = [30, 5, 20, 0, 10, 1];
  const seen: number[] = [];
  for await (const [item, result] of inOrder(finishing.keys(), async (i) => {
    started++;
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, finishing[i]));
    running--;
    return i * 10;
  }, 3)) {
    expect(result).toBe(item * 10);
    seen.push(item);
  }
  expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  expect(started).toBe(6);
  expect(most).toBeLessThanOrEqual(3);
});

for (const [args, message] of [
  [['--shard', '0/3'], /--shard: "0\/3" is not i\/n/],
  [['--shard', '4/3'], /--shard: "4\/3" is not i\/n/],
  [['--shard', 'half'], /--shard: "half" is not i\/n/],
  [['--shard', '1/2', '--format', 'json'], /shards of --format json cannot be joined/],
  [['--threads', '0'], /--threads: "0" is not from 1 to 64/],
  [['--threads', '65'], /--threads: "65" is not from 1 to 64/],
] as const) {
  test(`generate ${args.join(' ')} is refused in one line, before a file is written`, async () => {
    const { code, stderr } = await seedhub('generate', '--out', join(dir, 'out'), '--schools', '1', '--students', '2', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    await expect(readdir(join(dir, 'out'))).rejects.toThrow(/ENOENT/);
  });
}
