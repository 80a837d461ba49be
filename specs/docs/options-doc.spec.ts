// The options table of docs/fixtures.md against the fixtures themselves: every option a
// test can set is in the table, and each documented default is the value a test gets when
// it sets nothing. The README's sentence about the default hub is held to the same values.
import { readFileSync } from 'node:fs';
import { expect, test } from 'seedhub';
import { ROOT } from '../support/processes.ts';

/** The rows of the Options table: option name → default and meaning as written. */
function documented(): Map<string, string> {
  return new Map([...rows()].map(([name, { value }]) => [name, value]));
}

function rows(): Map<string, { value: string; meaning: string }> {
  const doc = readFileSync(`${ROOT}docs/fixtures.md`, 'utf8');
  const table = doc.slice(doc.indexOf('## Options'), doc.indexOf('### Scopes'));
  const found = [...table.matchAll(/^\| `(\w+)` \| ([^|]+) \| (.*) \|$/gm)];
  return new Map(found.map(([, name, value, meaning]) => [name!, { value: value!.trim(), meaning: meaning!.trim() }]));
}

/** A default as the table writes it: `4`, `'seedhub'`, `qteachers`, or none. */
function read(text: string): unknown {
  if (text === 'none') return undefined;
  const code = /^`(.*)`$/.exec(text)?.[1];
  if (code === undefined) throw new Error(`not a default: ${text}`);
  if (/^'.*'$/.test(code)) return code.slice(1, -1);
  if (/^-?\d+$/.test(code)) return Number(code);
  return { name: code };
}

test('every fixture option is documented with the default a test really gets', async ({ schools, seed, studentsPerSchool, staffPerSchool, classesPerSchool, schoolYear, schoolSizes, hubModel, golden, goldenMode, hubTransport, hubOrigin, hubAuth }) => {
  const actual: Record<string, unknown> = { schools, seed, studentsPerSchool, staffPerSchool, classesPerSchool, schoolYear, schoolSizes, golden, goldenMode, hubTransport, hubOrigin, hubAuth };
  const table = documented();
  expect([...table.keys()].sort()).toEqual([...Object.keys(actual), 'hubModel'].sort());
  for (const [name, value] of Object.entries(actual)) expect(read(table.get(name)!), name).toEqual(value);
  const { qteachers } = await import('seedhub/core');
  expect(read(table.get('hubModel')!)).toEqual({ name: 'qteachers' });
  expect(hubModel).toBe(qteachers);
});

test("each hub option's meaning in the docs starts with its doc line in the options table", async () => {
  const { HUB_OPTIONS } = await import('../../src/options.ts');
  const table = rows();
  for (const [name, row] of Object.entries(HUB_OPTIONS)) expect(table.get(name)?.meaning, name).toMatch(new RegExp(`^${row.doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test("the README's default hub is the fixtures' default", async ({ studentsPerSchool, staffPerSchool, classesPerSchool, hub }) => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const codes = hub.schools.map((s) => `\`${s.centreCode}\``).join(', ');
  expect(readme).toContain(`Four schools by default (${codes}), each with ${studentsPerSchool} students, ${staffPerSchool} staff\nand ${classesPerSchool} subject classes`);
});

test.describe('a seed may be a number, as everywhere else', () => {
  test.use({ seed: 42 });
  test("the fixture's hub is the hub of the seed's text", async ({ hub }) => {
    const { createDataset } = await import('seedhub/core');
    expect(hub.seed).toBe('42');
    expect(hub.students('4650').slice(0, 3)).toEqual(createDataset({ seed: '42' }).collection('4650', 'students')!.slice(0, 3));
  });
});
