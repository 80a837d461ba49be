// Node-side interception against a loopback server, in one process: N sequential `fetch`es
// of a students page from (a) a loopback HubServer, (b) seedhub's interception of a virtual
// origin (the transport `hub.interceptNode` uses), (c) MSW's `setupServer` with the page's
// bytes precomputed, and (d) plain nock with the same static reply. The kinds run in
// interleaved rounds so that drift in the machine falls on all of them alike; every
// interceptor and server is gone when the function returns.
// Alone: `npx tsx bench/interception.ts [REQUESTS] [ROUNDS]` prints the result as JSON.
import { syncBuiltinESMExports } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDataset } from '../src/generate/dataset.ts';
import { createHandler } from '../src/hub/pipeline.ts';
import type { Handle } from '../src/hub/types.ts';
import { nodeTransport } from '../src/transports/node.ts';
import { HubServer } from '../src/transports/server.ts';
import { SAME_PAGE } from './targets.ts';
import { median } from './stats.ts';

/** Requests per kind and round, rounds, and unmeasured requests per kind before the first round. */
export const INTERCEPTION_DEFAULTS = { requests: 2_000, rounds: 3, warmup: 200 };

/** The virtual origin (b), (c) and (d) answer for: nothing listens there. */
const ORIGIN = 'http://interception.bench.test';

export type InterceptionKind = 'loopback' | 'seedhub' | 'msw' | 'nock';

export interface KindResult {
  /** Requests per second, the median of the rounds. */
  median: number;
  min: number;
  max: number;
  /** Requests per second in each round, in order. */
  rounds: number[];
}

export interface InterceptionResult {
  requests: number;
  rounds: number;
  kinds: Record<InterceptionKind, KindResult>;
  /** seedhub's interception against the loopback server, medians: issue 13's target is ≥ 0.8. */
  ratio: number;
  /** The same for msw and plain nock, for scale. */
  mswRatio: number;
  nockRatio: number;
}

/** One kind: `start` switches it on and gives the URL to fetch, `stop` switches it off. */
interface Kind {
  start(): Promise<string>;
  stop(): Promise<void>;
}

function loopback(handle: Handle): Kind & { close(): Promise<void> } {
  let server: HubServer | undefined;
  return {
    async start() {
      server ??= await HubServer.start(handle);
      return `${server.url}${SAME_PAGE}`;
    },
    // The server stays up between rounds, as a worker's server does between tests.
    async stop() {},
    async close() {
      await server?.close();
    },
  };
}

function seedhub(handle: Handle): Kind {
  const transport = nodeTransport(ORIGIN, handle);
  return {
    async start() {
      await transport.enable();
      return `${ORIGIN}${SAME_PAGE}`;
    },
    stop: () => transport.disable(),
  };
}

function msw(body: string, headers: Record<string, string>): Kind {
  let close: (() => void) | undefined;
  return {
    async start() {
      const [{ setupServer }, { http }] = await Promise.all([import('msw/node'), import('msw')]);
      const server = setupServer(http.get(`${ORIGIN}/*`, () => new Response(body, { headers })));
      server.listen({ onUnhandledRequest: 'bypass' });
      close = () => server.close();
      return `${ORIGIN}${SAME_PAGE}`;
    },
    async stop() {
      close?.();
      close = undefined;
    },
  };
}

function plainNock(body: string, headers: Record<string, string>): Kind {
  type Nock = typeof import('nock');
  let nock: Nock | undefined;
  return {
    async start() {
      // nock switches itself on when it is first imported; it is switched on here either way.
      nock ??= (await import('nock')).default;
      if (!nock.isActive()) nock.activate();
      nock(ORIGIN).persist().get(SAME_PAGE).reply(200, body, headers);
      return `${ORIGIN}${SAME_PAGE}`;
    },
    async stop() {
      if (!nock) return;
      nock.cleanAll();
      if (nock.isActive()) nock.restore();
      syncBuiltinESMExports();
    },
  };
}

/** Fetches `url` `count` times, one after another, reading every body; requests per second. */
async function fetchRate(url: string, count: number, expected: string): Promise<number> {
  const first = await (await fetch(url)).text();
  if (first !== expected) throw new Error(`[seedhub] Failed to benchmark interception: ${url} answered ${first.length} characters, not the page's ${expected.length}.`);
  const started = performance.now();
  for (let i = 0; i < count; i++) await (await fetch(url)).arrayBuffer();
  return count / ((performance.now() - started) / 1000);
}

function summary(rates: number[]): KindResult {
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), rounds: rates };
}

/**
 * Measures seedhub's Node-side interception against a loopback server, msw and nock.
 * @example const { ratio } = await measureInterception({ requests: 500, rounds: 3 });
 */
export async function measureInterception(options: { requests?: number; rounds?: number } = {}): Promise<InterceptionResult> {
  const { requests = INTERCEPTION_DEFAULTS.requests, rounds = INTERCEPTION_DEFAULTS.rounds } = options;
  const handle = createHandler(createDataset({ schools: ['0220'], studentsPerSchool: 10_000 }));
  const page = handle({ method: 'GET', url: SAME_PAGE });
  const server = loopback(handle);
  const kinds: Record<InterceptionKind, Kind> = {
    loopback: server,
    seedhub: seedhub(handle),
    msw: msw(page.body, page.headers),
    nock: plainNock(page.body, page.headers),
  };
  const rates: Record<InterceptionKind, number[]> = { loopback: [], seedhub: [], msw: [], nock: [] };
  const run = async (name: InterceptionKind, count: number) => {
    const kind = kinds[name];
    try {
      return await fetchRate(await kind.start(), count, page.body);
    } finally {
      await kind.stop();
    }
  };
  try {
    for (const name of Object.keys(kinds) as InterceptionKind[]) await run(name, INTERCEPTION_DEFAULTS.warmup);
    for (let round = 0; round < rounds; round++) {
      for (const name of Object.keys(kinds) as InterceptionKind[]) rates[name].push(await run(name, requests));
    }
  } finally {
    await server.close();
  }
  const result = Object.fromEntries(Object.entries(rates).map(([name, r]) => [name, summary(r)])) as Record<InterceptionKind, KindResult>;
  return {
    requests,
    rounds,
    kinds: result,
    ratio: result.seedhub.median / result.loopback.median,
    mswRatio: result.msw.median / result.loopback.median,
    nockRatio: result.nock.median / result.loopback.median,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [requests, rounds] = process.argv.slice(2).map(Number);
  const result = await measureInterception({ requests: requests || undefined, rounds: rounds || undefined });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
