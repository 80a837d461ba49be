// The Node-side transport: HTTP clients inside the test process (global fetch, node:http,
// node:https) get `handle()`'s answers for one origin, through @mswjs/interceptors, the
// layer msw and nock are built on. Nothing is patched at import: the interceptors are loaded
// and applied when the first switch is enabled, and disposed when the last one is disabled,
// so nothing outlives a test. Requests for any other origin go on to the network untouched.
import { syncBuiltinESMExports } from 'node:module';
import type { HttpRequestEventMap, Interceptor } from '@mswjs/interceptors';
import type { Handle, HubResponse } from '../hub/types.ts';

export interface NodeSwitch {
  readonly origin: string;
  enable(): Promise<void>;
  disable(): Promise<void>;
}

/** Who sent the request: a reset fails the way that client fails over a real socket. */
type Client = 'fetch' | 'http';

interface Entry {
  origin: string;
  handle: Handle;
}

type RequestEvent = HttpRequestEventMap['request'][0];

/** The enabled switches, oldest first: the first one enabled for an origin answers it. */
const entries: Entry[] = [];
/** The applied interceptors, each with the global symbol that marks its kind's running instance. */
let running: [Interceptor<HttpRequestEventMap>, symbol][] | undefined;

/** Statuses whose responses have no body; `Response` refuses even an empty one. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** The error a client sees when the connection is reset before an answer. */
function resetError(client: Client): Error {
  const hangUp = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  // undici wraps socket errors; node:http emits them as they are.
  return client === 'fetch' ? new TypeError('fetch failed', { cause: hangUp }) : hangUp;
}

function toResponse(answer: HubResponse): Response {
  return new Response(NULL_BODY.has(answer.status) ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/** The listener on each interceptor: answers the hub's origins, lets everything else through. */
function listenerFor(client: Client) {
  return async ({ request, controller }: RequestEvent): Promise<void> => {
    const url = new URL(request.url);
    const entry = entries.find((e) => e.origin === url.origin);
    if (!entry) return;
    const answer = entry.handle({ method: request.method, url: `${url.pathname}${url.search}`, headers: Object.fromEntries(request.headers) });
    if (answer.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      // The client gave up while the scenario's latency ran: there is no one to answer.
      if (request.signal.aborted) return;
    }
    if (answer.reset) controller.errorWith(resetError(client));
    else controller.respondWith(toResponse(answer));
  };
}

async function start(): Promise<void> {
  const [{ FetchInterceptor }, { ClientRequestInterceptor }] = await Promise.all([
    import('@mswjs/interceptors/fetch'),
    import('@mswjs/interceptors/ClientRequest'),
  ]);
  // Another switch started them while these loaded, or this one was disabled meanwhile.
  if (running || entries.length === 0) return;
  const fetchInterceptor = new FetchInterceptor();
  const httpInterceptor = new ClientRequestInterceptor();
  running = [[fetchInterceptor, FetchInterceptor.symbol], [httpInterceptor, ClientRequestInterceptor.symbol]];
  for (const [interceptor] of running) interceptor.apply();
  fetchInterceptor.on('request', listenerFor('fetch'));
  httpInterceptor.on('request', listenerFor('http'));
  // The interceptor patches node:http on the CommonJS module; ESM named imports (`import
  // { request } from 'node:http'`) see the patch, and later its removal, only after this.
  syncBuiltinESMExports();
}

function stop(): void {
  if (!running) return;
  for (const [interceptor, symbol] of running) {
    // Applied while the user's msw or nock runs, an interceptor only adds its listeners to
    // theirs; disposing it removes those listeners, and also their running mark, put back here
    // so that their own close still restores fetch and node:http.
    const owner: unknown = Reflect.get(globalThis, symbol);
    interceptor.dispose();
    if (owner !== undefined && owner !== interceptor) Reflect.set(globalThis, symbol, owner);
  }
  running = undefined;
  syncBuiltinESMExports();
}

/**
 * A switch that answers Node-side requests to `origin` with `handle`; other origins are left alone.
 * @example const node = nodeTransport('https://api.school.example', handle); await node.enable();
 */
export function nodeTransport(origin: string, handle: Handle): NodeSwitch {
  const entry: Entry = { origin: new URL(origin).origin, handle };
  return {
    origin: entry.origin,
    async enable() {
      if (entries.includes(entry)) return;
      entries.push(entry);
      await start();
    },
    async disable() {
      const at = entries.indexOf(entry);
      if (at < 0) return;
      entries.splice(at, 1);
      // Nobody else's origins are left: give fetch and node:http back untouched.
      if (entries.length === 0) stop();
    },
  };
}
