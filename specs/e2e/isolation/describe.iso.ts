// Data options inside `describe` blocks: three configurations in one file, one worker.
import { expect, test } from 'seedhub';

const configurations = [
  { name: 'two schools', use: { schools: 2, seed: 'describe-a' }, schools: ['4650', '1690'] },
  { name: 'a list of codes', use: { schools: ['0220'], seed: 'describe-b', studentsPerSchool: 3 }, schools: ['0220'] },
  { name: 'another year', use: { seed: 'describe-c', schoolYear: 2031 }, schools: ['4650', '1690', '9743', '0220'] },
];

for (const configuration of configurations) {
  test.describe(configuration.name, () => {
    test.use(configuration.use);
    for (const round of [1, 2]) {
      test(`round ${round} sees exactly its own schools and seed`, async ({ hub, request, _seedhubWorker }, testInfo) => {
        const index = (await (await request.get(hub.url('/'))).json()) as { seed: string; schools: { centreCode: string }[] };
        expect(index.seed).toBe(configuration.use.seed);
        expect(index.schools.map((s) => s.centreCode)).toEqual(configuration.schools);
        expect(hub.options.schoolYear).toBe(configuration.use.schoolYear ?? 2026);
        testInfo.annotations.push({ type: 'hubs', description: String(_seedhubWorker.size) });
      });
    }
  });
}
