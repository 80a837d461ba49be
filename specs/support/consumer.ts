// Fresh user projects for the packed package, made offline: `npm pack`, then a project in
// a temporary folder with a lockfile that names the tarball and, for everything else
// (@playwright/test, TypeScript, seedhub's own dependencies), the exact versions and
// checksums of this repository's lockfile, so `npm ci --offline` takes them from npm's cache.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, run } from './processes.ts';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; dependencies: Record<string, string> };

/** Every folder this module made, for `removeProjects`. */
const made: string[] = [];

/** Removes the tarball folder and the projects made so far. */
export async function removeProjects(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The lockfile key a package `name` required from `from` resolves to, as Node would look it up. */
function locate(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!base) return undefined;
    const nested = base.lastIndexOf('/node_modules/');
    base = nested < 0 ? '' : base.slice(0, nested);
  }
}

/** The lockfile entries of `names` and everything they depend on. */
function closure(names: readonly string[]): Record<string, LockEntry> {
  const entries: Record<string, LockEntry> = {};
  const add = (from: string, name: string, optional: boolean) => {
    const key = locate(from, name);
    if (!key) {
      if (optional) return;
      throw new Error(`${name} is not in package-lock.json`);
    }
    if (entries[key]) return;
    const { dev, devOptional, peer, ...entry } = lock.packages[key]!;
    // With its tarball's address, npm takes a package from its cache by checksum, offline,
    // without asking the registry for the package's metadata.
    const resolved = entry.resolved ?? `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    entries[key] = { ...entry, resolved, dev: true };
    for (const dependency of Object.keys(entry.dependencies ?? {})) add(key, dependency, false);
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) add(key, dependency, true);
  };
  for (const name of names) add('', name, false);
  return entries;
}

export interface Packed {
  tarball: string;
  files: number;
  bytes: number;
}

/**
 * Packs the package into a temporary folder. The suite's global setup has just built dist/;
 * packing skips the prepack build, which would rebuild dist/ under specs running beside it.
 */
export async function pack(): Promise<Packed> {
  const dir = await mkdtemp(join(tmpdir(), 'seedhub-pack-'));
  made.push(dir);
  const { code, stdout, stderr } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]);
  if (code !== 0) throw new Error(`npm pack failed: ${stderr}`);
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; entryCount: number; size: number }[];
  return { tarball: join(dir, packed!.filename), files: packed!.entryCount, bytes: packed!.size };
}

export interface Project {
  dir: string;
  /** Writes a file of the project. */
  write(path: string, text: string): Promise<void>;
  /** Runs a command from the project's node_modules/.bin, in the project. */
  exec(bin: string, args: string[], env?: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** Runs Node on a file of the project. */
  node(file: string): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/**
 * A new project as `npm init -y` makes it (`"type": "commonjs"`), or an ES module one,
 * with the tarball, @playwright/test and TypeScript installed from npm's cache, and any
 * `extra` packages of this repository's lockfile a user's project may have too (nock, @types/node).
 */
export async function userProject(packed: Packed, type: 'commonjs' | 'module', extra: readonly string[] = []): Promise<Project> {
  const dir = await mkdtemp(join(tmpdir(), `seedhub-user-${type}-`));
  made.push(dir);
  const inDir = { cwd: dir };
  const init = await run('npm', ['init', '-y'], {}, inDir);
  if (init.code !== 0) throw new Error(`npm init failed: ${init.stderr}`);
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, unknown> & { name: string; version: string };
  const seedhub = `file:${packed.tarball}`;
  const devDependencies = {
    '@playwright/test': lock.packages['node_modules/@playwright/test']!.version!,
    seedhub,
    typescript: lock.packages['node_modules/typescript']!.version!,
    ...Object.fromEntries(extra.map((name) => [name, lock.packages[`node_modules/${name}`]!.version!])),
  };
  const packages = {
    '': { name: pkg.name, version: pkg.version, devDependencies },
    ...closure(['@playwright/test', 'typescript', ...extra, ...Object.keys(manifest.dependencies)]),
    'node_modules/seedhub': {
      version: manifest.version, resolved: seedhub, dev: true, license: manifest.license, dependencies: manifest.dependencies,
      peerDependencies: manifest.peerDependencies, bin: manifest.bin, engines: manifest.engines,
    },
  };
  await writeFile(join(dir, 'package.json'), JSON.stringify({ ...pkg, type, devDependencies }, null, 2));
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages }, null, 2));
  const install = await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], {}, inDir);
  if (install.code !== 0) throw new Error(`npm ci --offline failed: ${install.stderr}`);
  return {
    dir,
    async write(path, text) {
      const file = join(dir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    exec: (bin, args, env = {}) => run(join(dir, 'node_modules', '.bin', bin), args, env, inDir),
    node: (file) => run(process.execPath, [file], {}, inDir),
  };
}
