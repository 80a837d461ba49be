import { expect, test } from 'seedhub';

test.use({ seed: 'evidence', studentsPerSchool: 7 });

// This test fails on purpose: the outer spec checks what the report holds.
test('a failing test carries the hub manifest and a serve command', async ({ hub }) => {
  expect(hub.students('4650')).toHaveLength(8);
});
