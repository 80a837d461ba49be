// The versions that shape generated data, read from the installed packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function versionOf(manifest: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(manifest), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** seedhub, Faker and seedrandom versions. */
export function generatorVersions(): Record<string, string> {
  return {
    seedhub: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
    '@faker-js/faker': versionOf('@faker-js/faker/package.json'),
    seedrandom: versionOf('seedrandom/package.json'),
  };
}
