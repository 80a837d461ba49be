// The layers of src/ as docs/architecture.md draws them, held to the code: every import,
// type-only ones included, goes to the same folder or to a lower layer. An import that runs
// up the layers, or between two folders of one layer, fails here with the file and line, so
// no cycle between folders can form. No file under src/ passes 300 lines but data tables.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/processes.ts';

const SRC = join(ROOT, 'src');

/** Each part of src/ (a folder, or a file at the top) and its layer: higher may import lower. */
export const LAYERS: Readonly<Record<string, number>> = {
  'errors.ts': 0, 'write-atomic.ts': 0, 'make-directory.ts': 0, 'depth.ts': 0,
  'options.ts': 1, 'safe-name.ts': 1,
  model: 2,
  generate: 3,
  contract: 4,
  hub: 5,
  transports: 6, consistency: 6, golden: 6,
  openapi: 7,
  playwright: 8, matchers: 8,
  'matchers.ts': 9,
  'fixtures.ts': 10, cli: 10,
  'cli.ts': 11,
  'index.ts': 12, 'core.ts': 12,
};

/** Data tables: lists, not logic, which may be as long as their data is. */
const TABLES = /^src\/model\/vocab\//;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

/** The part of src/ a path is in: its top folder, or itself for a file at the top. */
const partOf = (path: string) => relative(SRC, path).split('/')[0]!;

/** Every relative import of a file, static, dynamic, type-only or re-exported, with its line. */
function imports(file: string): { target: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const found: { target: string; line: number }[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)) {
    found.push({ target: resolve(dirname(file), match[1]!), line: text.slice(0, match.index).split('\n').length });
  }
  return found;
}

test('every import goes to its own folder or a lower layer, type-only imports included', () => {
  const all = files(SRC);
  const unplaced = [...new Set(all.map(partOf))].filter((part) => !(part in LAYERS));
  expect(unplaced, 'parts of src/ with no layer in specs/architecture.spec.ts').toEqual([]);
  const upward: string[] = [];
  for (const file of all) {
    const from = partOf(file);
    for (const { target, line } of imports(file)) {
      const to = partOf(target);
      if (to === from) continue;
      if (!(LAYERS[from]! > LAYERS[to]!)) upward.push(`${relative(ROOT, file)}:${line} imports ${relative(ROOT, target)} (${from} is layer ${LAYERS[from]}, ${to} is layer ${LAYERS[to]})`);
    }
  }
  expect(upward).toEqual([]);
});

test('the check sees an upward import: a hub file importing the fixtures fails it', () => {
  const from = 'hub';
  const to = partOf(join(SRC, 'fixtures.ts'));
  expect(LAYERS[from]! > LAYERS[to]!).toBe(false);
  // And it reads type-only and dynamic imports as imports.
  const text = "import type { X } from '../fixtures.ts';\nconst y = await import('../cli/main.ts');\nexport { z } from './z.ts';";
  const matches = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]);
  expect(matches).toEqual(['../fixtures.ts', '../cli/main.ts', './z.ts']);
});

test('no file under src/ is over 300 lines, but data tables', () => {
  const long = files(SRC)
    .map((file) => [relative(ROOT, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
    .filter(([file, lines]) => lines > 300 && !TABLES.test(file));
  expect(long).toEqual([]);
});
