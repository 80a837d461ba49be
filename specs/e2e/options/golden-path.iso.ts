// Run by specs/e2e/options.spec.ts with a configuration it writes elsewhere: the relative
// golden path below is resolved against that configuration file's folder.
import { expect, test } from 'seedhub';

test.use({ golden: 'goldens/small.json', seed: 'golden-path', schools: ['0220'], studentsPerSchool: 4, schoolYear: 2027 });

test('the golden next to the config is served', async ({ hub }) => {
  expect(hub.seed).toBe('golden-path');
  expect(hub.students('0220')).toHaveLength(4);
});
