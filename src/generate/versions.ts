// The versions of what shapes generated data: seedhub's data version (bumped whenever a
// model makes other values from the same options, so a golden shows why it drifted), and
// the packages, read from their package.json.
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

/**
 * seedhub's data version: bumped whenever a model makes other values from the same options.
 * 2: QTeachers data that knows where it is (issue 21): communities by place, the full
 * curriculum, families that move together, staff rooms, contacts, flags and names as they
 * are; auxiliary streams' keys end in a constant part. Hubs made from OpenAPI documents:
 * values by name and declared type, references one level down (issue 19).
 */
export const DATA_VERSION = '2';

/** seedhub's data version, and the seedhub, Faker and seedrandom versions, as installed. */
export function dataVersions(): Record<string, string> {
  return {
    seedhub: versionAt(new URL('../../package.json', import.meta.url).pathname),
    'seedhub-data': DATA_VERSION,
    '@faker-js/faker': versionAt(require.resolve('@faker-js/faker/package.json')),
    seedrandom: versionAt(require.resolve('seedrandom/package.json')),
  };
}
