// docs/extending.md's example, run exactly as printed (its import pointed at this
// repository's sources), and what it serves checked record by record: a new collection that
// is not empty, the added and removed fields, the replaced generator and the removed endpoint.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createDataset, type Handle, type Model } from 'seedhub/core';
import { allRecords } from '../support/all-records.ts';
import { ROOT } from '../support/processes.ts';

test("docs/extending.md's example serves a medical-plans collection that follows each student's conditions", async () => {
  const doc = await readFile(join(ROOT, 'docs', 'extending.md'), 'utf8');
  const example = /```ts\n([\s\S]*?)```/.exec(doc)![1]!;
  expect(example).toContain("from 'seedhub/core'");
  const dir = await mkdtemp(join(tmpdir(), 'seedhub-extending-'));
  try {
    const file = join(dir, 'example.mts');
    await writeFile(file, `${example.replace("'seedhub/core'", JSON.stringify(join(ROOT, 'src', 'core.ts')))}\nexport { model, handle };\n`);
    const { model, handle } = (await import(file)) as { model: Model; handle: Handle };
    const dataset = createDataset({ seed: 'demo' }, model);
    // The unextended hub of the same seed: its medical flags say which student has which condition.
    const base = createDataset({ seed: 'demo' });
    let plans = 0;
    for (const { centreCode } of dataset.schools) {
      const medical = allRecords(base, centreCode, 'flags').filter((f) => f.flagType === 'MEDICAL').map((f) => `${f.enrolmentId} ${f.code}`);
      const served = allRecords(dataset, centreCode, 'medical-plans');
      for (const plan of served) expect(plan).toEqual({ enrolmentId: expect.any(String), centreCode, condition: expect.any(String), plan: expect.stringMatching(/^Plan \d{3}$/) });
      // One plan per medical condition, for the same students and conditions.
      expect(served.map((p) => `${p.enrolmentId} ${p.condition}`).sort()).toEqual(medical.sort());
      plans += served.length;
    }
    expect(plans).toBeGreaterThan(0);
    const page = JSON.parse(handle({ method: 'GET', url: '/qt_student/school-api/schools/4650/students?navigationPageSize=3' }).body) as { data: Record<string, unknown>[] };
    for (const student of page.data) {
      expect(Object.keys(student).at(-1)).toBe('nickname');
      expect(student).not.toHaveProperty('lui');
    }
    expect(handle({ method: 'GET', url: '/qt_student/school-api/schools/4650/flags' }).status).toBe(404);
    expect(handle({ method: 'GET', url: '/qt_student/school-api/schools/4650/medical-plans' }).status).toBe(200);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
