// A server for the benchmark, in its own process so the load generator does not share its
// core: `tsx bench/server.ts KIND [STUDENTS]`. Prints `READY <url>` once listening and
// closes on SIGTERM. Kinds: seedhub, seedhub-nocache (answer cache off), baseline.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataset } from '../src/generate/dataset.ts';
import { createHandler } from '../src/hub/handle.ts';
import { HubServer } from '../src/transports/server.ts';
import { PAGE_PATH } from './targets.ts';

const [kind = 'seedhub', students = '10000'] = process.argv.slice(2);
const dataset = createDataset({ schools: ['0220'], studentsPerSchool: Number(students) });

async function start(): Promise<{ url: string; close: () => Promise<void> }> {
  if (kind === 'seedhub' || kind === 'seedhub-nocache') {
    const server = await HubServer.start(createHandler(dataset, { cacheChars: kind === 'seedhub' ? undefined : 0 }));
    return { url: server.url, close: () => server.close() };
  }
  if (kind === 'baseline') {
    // The floor: the same page's bytes, computed once, written by bare node:http.
    const body = createHandler(dataset)({ method: 'GET', url: PAGE_PATH }).body;
    const length = String(Buffer.byteLength(body));
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': length });
      res.end(body);
    });
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  }
  throw new Error(`Unknown server kind "${kind}"`);
}

const { url, close } = await start();
process.stdout.write(`READY ${url}\n`);
process.once('SIGTERM', () => void close().then(() => process.exit(0)));
