// Hostile round two, files (issue 23 row 2): a school code from a document's enum that
// would leave the output folder (`../../x`) is one line and exit 2, and nothing is written
// anywhere, inside the folder or out of it.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BIN, run } from '../support/processes.ts';

const document = (codes: string[]) => JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Escaping hub', version: '1' },
  paths: {
    '/sites/{siteCode}/pupils': {
      get: {
        parameters: [{ name: 'siteCode', in: 'path', required: true, schema: { type: 'string', enum: codes } }],
        responses: { '200': { description: 'pupils', content: { 'application/json': { schema: { type: 'array', items: { type: 'object', properties: { pupilId: { type: 'string' }, name: { type: 'string' } } } } } } } },
      },
    },
  },
});

for (const code of ['../../escaped', '..', 'a/b', 'C:evil', 'nul\u0000byte']) {
  test(`generate refuses the school code ${JSON.stringify(code)} as a file name, and writes nothing`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'seedhub-paths-'));
    try {
      const file = join(root, 'hub.json');
      await writeFile(file, document([code, 'S1']));
      const out = join(root, 'deep', 'out');
      const result = await run(process.execPath, [BIN, 'generate', '--out', out, '--openapi', file, '--schools', '2', '--students', '2']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^\[seedhub\] Failed to use the school code ".*" as a file name: .+\. Nothing was written\.$/)]);
      expect((await readdir(root)).sort()).toEqual(['hub.json']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
}
