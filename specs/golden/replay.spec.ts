// Record → replay: a golden file serves the generator's exact bytes, and says clearly when
// it is truncated, tampered with or fails its checksums.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset, createHandler, datasetFromGolden, GoldenError, recordGolden, writeGolden, type Dataset, type HubRequest } from 'seedhub/core';
import { parseGolden } from '../../src/golden/parse.ts';

const OPTIONS = { seed: 'golden-bytes', schools: 3, studentsPerSchool: 30, staffPerSchool: 6 };

/** Every page of every endpoint at several sizes, pages past the end, and the error cases. */
function requests(dataset: Dataset): HubRequest[] {
  const list: HubRequest[] = [{ method: 'GET', url: '/' }, { method: 'HEAD', url: '/' }];
  for (const { centreCode } of dataset.schools) {
    for (const c of dataset.collections) {
      const path = `/qt_${c.api}/school-api/schools/${centreCode}/${c.path}`;
      const count = dataset.collection(centreCode, c.name)!.count;
      list.push({ method: 'GET', url: path }, { method: 'GET', url: `${path}/` });
      for (const size of [1, 7, 100, 1000]) {
        for (let page = 0; page <= Math.ceil(count / size); page++) list.push({ method: 'GET', url: `${path}?navigationPage=${page}&navigationPageSize=${size}` });
      }
      list.push(
        { method: 'GET', url: `${path}?navigationPage=-1` },
        { method: 'GET', url: `${path}?navigationPageSize=1001` },
        { method: 'GET', url: `${path}?navigationPage=1&navigationPage=2` },
        { method: 'HEAD', url: `${path}?navigationPageSize=3` },
        { method: 'POST', url: path },
        { method: 'OPTIONS', url: path },
      );
    }
  }
  list.push({ method: 'GET', url: '/qt_student/school-api/schools/01690/students' }, { method: 'GET', url: '/qt_student/school-api/schools/9999/students' }, { method: 'GET', url: '/nope' });
  return list;
}

test('a replayed golden serves byte-identical answers to the generator, GET / and errors included', async () => {
  const generated = createDataset(OPTIONS);
  const replayed = await datasetFromGolden({ text: recordGolden(generated) });
  const fromGenerator = createHandler(generated);
  const fromGolden = createHandler(replayed);
  const all = requests(generated);
  const differing = all.filter((r) => JSON.stringify(fromGenerator(r)) !== JSON.stringify(fromGolden(r))).map((r) => `${r.method} ${r.url}`);
  expect(all.length).toBeGreaterThan(1500);
  expect(differing).toEqual([]);
  expect(replayed.options).toEqual(generated.options);
});

test('the streamed recording and the in-memory one are the same bytes, and record nothing time-dependent', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'seedhub-golden-'));
  try {
    const dataset = createDataset(OPTIONS);
    await writeGolden(dataset, join(dir, 'a', 'golden.json'));
    const streamed = await readFile(join(dir, 'a', 'golden.json'), 'utf8');
    expect(streamed).toBe(recordGolden(createDataset(OPTIONS)));
    expect(JSON.parse(streamed).manifest.digests['4650'].students.count).toBe(30);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('one record per line: a record is a line, keys in the order the hub serves them', () => {
  const dataset = createDataset(OPTIONS);
  const lines = recordGolden(dataset).split('\n');
  const first = dataset.collection('1690', 'parents')!.slice(0, 1)[0]!;
  expect(lines).toContain(`${JSON.stringify(first)},`);
});

test.describe('a broken golden gets a GoldenError naming the file and the mismatch', () => {
  const text = recordGolden(createDataset(OPTIONS));
  const broken = (mutated: string) => {
    try {
      parseGolden(mutated, 'fixtures/golden/x.json');
      return 'no error';
    } catch (error) {
      return error instanceof GoldenError ? error.message : `not a GoldenError: ${String(error)}`;
    }
  };

  test('a truncated file names where it ends', () => {
    const at = text.indexOf('\n"parents": [', text.indexOf('\n"1690": {')) + 400;
    const message = broken(text.slice(0, at));
    expect(message).toMatch(/^\[seedhub\] Failed to read golden fixtures\/golden\/x\.json: the file ends early \(truncated\?\) in 1690 \/parents, line \d+\. Re-record/);
    expect(message).not.toContain('\n');
  });

  test('a tampered record fails its collection checksum', () => {
    const line = JSON.stringify(createDataset(OPTIONS).collection('9743', 'flags')!.slice(2, 1)[0]);
    const tampered = text.replace(line, line.replace(/"centreCode":"9743"/, '"centreCode":"9744"'));
    expect(tampered).not.toBe(text);
    expect(broken(tampered)).toMatch(/golden fixtures\/golden\/x\.json: the records of 9743 \/flags fail their checksum/);
  });

  test('a removed record fails its count', () => {
    const line = JSON.stringify(createDataset(OPTIONS).collection('4650', 'staff')!.slice(3, 1)[0]);
    expect(broken(text.replace(`${line},\n`, ''))).toContain('4650 /staff has 5 records; the manifest says 6');
  });

  test('a changed checksum in the manifest is a mismatch too, and other files are not goldens', () => {
    const digest = JSON.parse(text).manifest.digests['1690']['enrolment-history'].sha256 as string;
    expect(broken(text.replace(digest, digest.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))))).toContain('1690 /enrolment-history fail their checksum');
    expect(broken('{"log":{}}')).toContain('not a seedhub golden file');
    expect(broken('')).toContain('the file is empty');
    expect(broken(text.replace('"version": 1,', '"version": 2,'))).toContain('format version 2');
  });
});
