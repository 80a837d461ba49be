// A SHA-256 over every page of every endpoint of every school of a hub: equal
// fingerprints mean byte-identical responses. Run as a script, it prints one.
import { createHash } from 'node:crypto';
import { createDataset, createHandler, type HubOptions } from 'seedhub/core';
import { ENDPOINTS, endpoint } from './requests.ts';

export function fingerprint(options: HubOptions, pageSize = 100): string {
  const dataset = createDataset(options);
  const handle = createHandler(dataset);
  const hash = createHash('sha256');
  for (const school of dataset.schools) {
    for (const template of ENDPOINTS) {
      for (let page = 0; ; page++) {
        const { body } = handle({ method: 'GET', url: `${endpoint(template, school.centreCode)}?navigationPage=${page}&navigationPageSize=${pageSize}` });
        hash.update(body);
        if ((JSON.parse(body) as { data: unknown[] }).data.length < pageSize) break;
      }
    }
  }
  return hash.digest('hex');
}

if (process.argv[1]?.endsWith('fingerprint.ts')) {
  process.stdout.write(`${fingerprint(JSON.parse(process.argv[2] ?? '{}') as HubOptions)}\n`);
}
