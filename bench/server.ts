// A server for the benchmark, in its own process so the load generator does not share its
// core: `tsx bench/server.ts KIND [ARG]`. Prints `READY <url>` once listening and closes on
// SIGTERM. seedhub runs from dist/ (the compiled package, as users run it). Kinds:
//   seedhub             the default hub (4 schools), HubServer with its default cache
//   bare PATHS_FILE     bare node:http holding every answer of PATHS_FILE precomputed (the ceiling)
//   seedhub-million     one school (0220) of 1,000,000 students
//   bare-million        bare node:http answering one precomputed page of 10 of that school
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataset, createHandler, HubServer } from '../dist/core.js';
import { MILLION, millionPage } from './targets.ts';

const [kind = 'seedhub', arg] = process.argv.slice(2);

interface Answer {
  body: string;
  length: string;
}

/** A bare server answering each path with `answerOf(path)`, 404 where there is none. */
async function bare(answerOf: (path: string) => Answer | undefined): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    const answer = answerOf(req.url ?? '');
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
    res.end(answer.body);
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

function answer(handle: ReturnType<typeof createHandler>, path: string): Answer {
  const { body } = handle({ method: 'GET', url: path });
  return { body, length: String(Buffer.byteLength(body)) };
}

async function start(): Promise<{ url: string; close: () => Promise<void> }> {
  if (kind === 'seedhub' || kind === 'seedhub-million') {
    const dataset = createDataset(kind === 'seedhub' ? {} : MILLION);
    const server = await HubServer.start(createHandler(dataset));
    return { url: server.url, close: () => server.close() };
  }
  if (kind === 'bare') {
    const paths = JSON.parse(readFileSync(arg!, 'utf8')) as string[];
    const handle = createHandler(createDataset());
    const answers = new Map(paths.map((path) => [path, answer(handle, path)]));
    return bare((path) => answers.get(path));
  }
  if (kind === 'bare-million') {
    // Every path answered with the same page of 10: what the machine serves at all for that size.
    const page = answer(createHandler(createDataset(MILLION)), millionPage(0));
    return bare(() => page);
  }
  throw new Error(`Unknown server kind "${kind}"`);
}

const { url, close } = await start();
process.stdout.write(`READY ${url}\n`);
process.once('SIGTERM', () => void close().then(() => process.exit(0)));
