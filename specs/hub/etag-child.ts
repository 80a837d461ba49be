// Run in a child process by etag.spec.ts: prints the ETags a fresh hub gives to the URLs in argv.
import { createDataset, createHandler } from 'seedhub/core';

const [options, ...urls] = process.argv.slice(2);
const handle = createHandler(createDataset(JSON.parse(options!) as object));
process.stdout.write(`${JSON.stringify(urls.map((url) => handle({ method: 'GET', url }).headers.etag))}\n`);
