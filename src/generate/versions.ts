// The versions of the packages that shape generated data, read from their package.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function versionAt(path: string): string {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** seedhub, Faker and seedrandom versions, as installed. */
export function dataVersions(): Record<string, string> {
  return {
    seedhub: versionAt(new URL('../../package.json', import.meta.url).pathname),
    '@faker-js/faker': versionAt(require.resolve('@faker-js/faker/package.json')),
    seedrandom: versionAt(require.resolve('seedrandom/package.json')),
  };
}
