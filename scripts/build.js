// Builds the package into dist/: TypeScript compiles src/ to ES modules with declarations,
// then dist/cjs/ gives CommonJS callers the same modules: a `require` entry that loads
// the ES module (Node ≥ 20.19 requires ES modules natively, so there is one instance of
// seedhub whichever way it is loaded) and the declarations again, read as CommonJS.
// The build is made in a folder of its own and swapped in when complete, so a process
// reading dist/ meanwhile (a spec, a server) never finds it half-written or missing.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist');
/** Where this build is made: beside dist/, so the swap is a rename on one file system. */
const dist = join(root, `.dist-build-${process.pid}`);
const cjs = join(dist, 'cjs');
/** The package's entry points: `seedhub` and `seedhub/core`. */
const ENTRIES = ['index', 'core'];

rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', dist], { stdio: 'inherit' });
} catch {
  rmSync(dist, { recursive: true, force: true });
  console.error('[seedhub] Failed to build: TypeScript reported the errors above.');
  process.exit(1);
}

// tsc rewrites `./x.ts` imports to `./x.js` in JavaScript but not in declarations: do it there too.
function rewriteDeclarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewriteDeclarations(path);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace(/((?:from |import\()['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2'));
    }
  }
}
rewriteDeclarations(dist);

mkdirSync(cjs, { recursive: true });
writeFileSync(join(cjs, 'package.json'), '{ "type": "commonjs" }\n');
for (const entry of ENTRIES) {
  writeFileSync(join(cjs, `${entry}.js`), `'use strict';\n// CommonJS entry: the ES module, required (Node >= 20.19).\nmodule.exports = require('../${entry}.js');\n`);
}
/** The declaration files an entry's types reach, following relative imports. */
function reachable(files, file) {
  if (files.has(file)) return files;
  files.add(file);
  const text = readFileSync(join(dist, file), 'utf8');
  for (const [, path] of text.matchAll(/(?:from |import\()['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
    reachable(files, join(dirname(file), `${path}.d.ts`));
  }
  return files;
}
const declarations = ENTRIES.reduce((files, entry) => reachable(files, `${entry}.d.ts`), new Set());
// Declarations no entry reaches (the CLI's, say) describe nothing a user can import.
function pruneDeclarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pruneDeclarations(path);
    else if (entry.name.endsWith('.d.ts') && !declarations.has(relative(dist, path))) rmSync(path);
  }
}
pruneDeclarations(dist);
for (const file of declarations) {
  mkdirSync(dirname(join(cjs, file)), { recursive: true });
  cpSync(join(dist, file), join(cjs, file));
}

// The swap: the old build moves aside and the new one takes its name, then the old goes.
const old = join(root, `.dist-old-${process.pid}`);
rmSync(old, { recursive: true, force: true });
try {
  renameSync(target, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(dist, target);
rmSync(old, { recursive: true, force: true });
