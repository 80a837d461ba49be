// The public API is deliberate: every export of `seedhub` and `seedhub/core` is listed in
// docs/reference.md with its kind, and the built package exports exactly those values.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/processes.ts';

type Kind = 'value' | 'type';

/** The names an entry file re-exports, by kind (entry files only re-export, by name). */
async function sourceExports(file: string): Promise<Record<string, Kind>> {
  const text = await readFile(`${ROOT}src/${file}`, 'utf8');
  expect(text).not.toMatch(/export \*/);
  const names: Record<string, Kind> = {};
  for (const [, type, list] of text.matchAll(/export (type )?\{([^}]*)\} from/g)) {
    for (const item of list!.split(',').map((part) => part.trim()).filter(Boolean)) {
      const name = item.replace(/^type /, '').split(/\s+as\s+/).pop()!;
      names[name] = type || item.startsWith('type ') ? 'type' : 'value';
    }
  }
  return names;
}

/** The names docs/reference.md lists under `## \`entry\``, by kind. */
async function documented(entry: string): Promise<Record<string, Kind>> {
  const doc = await readFile(`${ROOT}docs/reference.md`, 'utf8');
  const start = doc.indexOf(`## \`${entry}\``);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return Object.fromEntries([...section.matchAll(/^\| `(\w+)` \| (value|type) \|/gm)].map(([, name, kind]) => [name!, kind as Kind]));
}

const sorted = (names: Record<string, Kind>, kind?: Kind) => Object.keys(names).filter((n) => !kind || names[n] === kind).sort();

for (const [entry, file] of [['seedhub', 'index'], ['seedhub/core', 'core']] as const) {
  test(`${entry}: docs/reference.md lists exactly its exports, and the build exports exactly its values`, async () => {
    const exported = await sourceExports(`${file}.ts`);
    const listed = await documented(entry);
    expect(Object.entries(listed).sort()).toEqual(Object.entries(exported).sort());
    const values = sorted(exported, 'value');
    expect(Object.keys(await import(`${ROOT}dist/${file}.js`)).sort()).toEqual(values);
    expect(Object.keys(createRequire(ROOT)(`./dist/cjs/${file}.js`) as object).sort()).toEqual(values);
  });
}

test('internal helpers stay internal', async () => {
  const core = await sourceExports('core.ts');
  const face = await sourceExports('index.ts');
  for (const internal of ['findChromium', 'CHROMIUM_ARGS', 'Namespaces', 'NAMESPACE_PREFIX', 'NAMESPACE_HEADER', 'GOLDEN_MODES', 'goldenSteps', 'GOLDEN_FORMAT', 'GOLDEN_VERSION', 'resolveOptions']) {
    expect(core[internal] ?? face[internal]).toBeUndefined();
  }
});
