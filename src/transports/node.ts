// The Node-side transport: HTTP clients inside the test process (global fetch, node:http,
// node:https) get `handle()`'s answers for one origin, through @mswjs/interceptors, the
// layer msw and nock are built on. Nothing is patched at import: the interceptors are loaded
// and applied when the first switch is enabled, and disposed when the last one is disabled,
// so nothing outlives a test. Requests for any other origin go on to the network untouched.
// Clients that hold node:http's own functions from before (a destructured `require`) are
// answered through their Agent instead (node-bound.ts).
import { syncBuiltinESMExports } from 'node:module';
import type { HttpRequestEventMap, Interceptor } from '@mswjs/interceptors';
import { REQUEST_BODY_LIMIT, type Handle, type HubResponse } from '../hub/types.ts';
import { finishOutside } from '../hub/finish.ts';
import { problem, tooLarge } from '../hub/problem.ts';
import { openBoundDoor, redirectAgents, restoreAgents } from './node-bound.ts';
import { currentOwner, stopFollowing, type NodeOwner } from './node-owner.ts';
import type { Door } from './server.ts';

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
  /** The test this switch answers for, when it is a test's. */
  owner?: NodeOwner;
  /** Where clients bound before the interception reach this origin's handler. */
  door?: Door;
}

type RequestEvent = HttpRequestEventMap['request'][0];

/** The enabled switches, oldest first: the first one enabled for an origin answers it. */
const entries: Entry[] = [];
/**
 * One applied interceptor. @mswjs/interceptors lets one instance per kind patch the process,
 * marked by a global symbol; an interceptor applied while another is marked (a user's msw)
 * is a guest that only adds its listeners to that one's. A host is the one that patched.
 */
interface Applied {
  interceptor: Interceptor<HttpRequestEventMap>;
  symbol: symbol;
  listener: (event: RequestEvent) => Promise<void>;
  host: boolean;
  /** A guest's listener, put first on the host's emitter: taken off here, not by dispose. */
  off?: () => void;
}

/** An interceptor's emitter: protected in the types, though guests add their listeners to it all the same. */
interface Emitter {
  listenerCount(event: string): number;
  prependListener(event: string, listener: (event: RequestEvent) => Promise<void>): void;
  removeListener(event: string, listener: (event: RequestEvent) => Promise<void>): void;
}
const emitterOf = (interceptor: Interceptor<HttpRequestEventMap>) => (interceptor as unknown as { emitter: Emitter }).emitter;

/** The interceptors of the enabled switches. */
let running: Applied[] | undefined;
/**
 * Hosts kept after their switches were disabled because someone else's listeners (a msw
 * started after seedhub's) still ride on them; they answer nothing of seedhub's, and are
 * disposed at the next enable or disable after nobody depends on them.
 */
let lingering: Applied[] = [];

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
    const late = lateAnswer(entry);
    const body = request.method === 'GET' || request.method === 'HEAD' || request.body === null ? undefined : await request.text();
    const answer = late ?? (body !== undefined && Buffer.byteLength(body) > REQUEST_BODY_LIMIT
      ? finishOutside(tooLarge())
      : entry.handle({ method: request.method, url: `${url.pathname}${url.search}`, headers: Object.fromEntries(request.headers), ...(body !== undefined ? { body } : {}) }));
    if (answer.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      // The client gave up while the scenario's latency ran: there is no one to answer.
      if (request.signal.aborted) return;
    }
    if (answer.reset) controller.errorWith(resetError(client));
    else controller.respondWith(toResponse(answer));
    // Answered: no listener after seedhub's (a user's nock or msw) may see the request and
    // answer or refuse it again. The interceptor calls its listeners one after another and
    // stops at one that rejects; by the next turn of the event loop it has taken seedhub's
    // answer, so the rejection only ends the round.
    await new Promise((resolve) => setImmediate(resolve));
    throw ANSWERED;
  };
}

/**
 * The answer to a request that code of an ended test makes to an origin another test now
 * intercepts: refused, and logged in no test (node-owner.ts says whose a request is).
 */
function lateAnswer(entry: Entry): HubResponse | undefined {
  const caller = currentOwner();
  if (!caller?.ended || caller === entry.owner) return undefined;
  return finishOutside(problem({ kind: 'test-ended', status: 410, detail: `The test that made this request (${caller.id}) has ended; a request that comes after its test is answered by no hub.` }));
}

/** What seedhub's listener rejects with once it has answered: never seen by a client. */
const ANSWERED = Object.freeze({ seedhub: 'answered' });

async function start(): Promise<void> {
  const [{ FetchInterceptor }, { ClientRequestInterceptor }] = await Promise.all([
    import('@mswjs/interceptors/fetch'),
    import('@mswjs/interceptors/ClientRequest'),
  ]);
  // Another switch started them while these loaded, or this one was disabled meanwhile.
  if (running || entries.length === 0) return;
  lingering = lingering.filter((applied) => !release(applied));
  const apply = (interceptor: Interceptor<HttpRequestEventMap>, symbol: symbol, client: Client): Applied => {
    const running: unknown = Reflect.get(globalThis, symbol);
    interceptor.apply();
    const listener = listenerFor(client);
    if (running === undefined) {
      interceptor.on('request', listener);
      return { interceptor, symbol, listener, host: true };
    }
    // A guest of the user's interceptor (nock, msw): seedhub's listener goes first, since it
    // answers only the hub's origins and lets everything else through, where a user's nock
    // with disableNetConnect() would refuse the hub's origins before seedhub could answer.
    const emitter = emitterOf(running as Interceptor<HttpRequestEventMap>);
    emitter.prependListener('request', listener);
    return { interceptor, symbol, listener, host: false, off: () => emitter.removeListener('request', listener) };
  };
  running = [apply(new FetchInterceptor(), FetchInterceptor.symbol, 'fetch'), apply(new ClientRequestInterceptor(), ClientRequestInterceptor.symbol, 'http')];
  // The interceptor patches node:http on the CommonJS module; ESM named imports (`import
  // { request } from 'node:http'`) see the patch, and later its removal, only after this.
  syncBuiltinESMExports();
}

/** Listeners on a host's emitter: its own, and those of guests (a msw applied after it). */
function listenersOn(interceptor: Interceptor<HttpRequestEventMap>): number {
  return emitterOf(interceptor).listenerCount('request');
}

/** Takes seedhub's listener off, and undoes the patch when nobody else relies on it; false when it must stay. */
function release({ interceptor, symbol, listener, host, off }: Applied): boolean {
  const mark: unknown = Reflect.get(globalThis, symbol);
  if (!host) {
    off?.();
    // A guest on the user's instance: disposing it removes its listeners, and also their
    // mark, put back so that their own close still restores fetch and node:http.
    interceptor.dispose();
    if (mark !== undefined && mark !== interceptor) Reflect.set(globalThis, symbol, mark);
    return true;
  }
  interceptor.off('request', listener);
  // A msw started after seedhub listens through seedhub's patch: keep it while it does.
  if (listenersOn(interceptor) > 0) return false;
  // Someone patched over this one since (a msw listening again): undoing it would undo theirs.
  if (mark !== undefined && mark !== interceptor) return false;
  // A guest's close removes the mark; without it, dispose would leave the patch in place.
  if (mark === undefined) Reflect.set(globalThis, symbol, interceptor);
  interceptor.dispose();
  return true;
}

function stop(): void {
  restoreAgents();
  stopFollowing();
  if (!running) return;
  lingering = [...lingering, ...running].filter((applied) => !release(applied));
  running = undefined;
  syncBuiltinESMExports();
}

/** The door of the first enabled switch for an origin that has one; a late caller's is the refusing door. */
function doorOf(origin: string): number | undefined {
  const entry = entries.find((e) => e.origin === origin && e.door);
  if (!entry) return undefined;
  return lateAnswer(entry) ? lateDoor!.port : entry.door!.port;
}

/** Where a late caller's connections go while some switch is on: it answers every request 410. */
let lateDoor: Door | undefined;

/**
 * A switch that answers Node-side requests to `origin` with `handle`; other origins are left alone.
 * @example const node = nodeTransport('https://api.school.example', handle); await node.enable();
 */
export function nodeTransport(origin: string, handle: Handle, owner?: NodeOwner): NodeSwitch {
  const entry: Entry = { origin: new URL(origin).origin, handle, ...(owner ? { owner } : {}) };
  return {
    origin: entry.origin,
    async enable() {
      if (entries.includes(entry)) return;
      entries.push(entry);
      await start();
      const door = await openBoundDoor(handle);
      lateDoor ??= await openBoundDoor((request) => finishOutside(problem({ kind: 'test-ended', status: 410, detail: `A request for ${request.url} came after its test ended; a request that comes after its test is answered by no hub.` })));
      // Disabled while the door opened: it is not needed.
      if (!entries.includes(entry)) return door.close();
      entry.door = door;
      redirectAgents(doorOf);
    },
    async disable() {
      const at = entries.indexOf(entry);
      if (at < 0) return;
      entries.splice(at, 1);
      const { door } = entry;
      delete entry.door;
      // Nobody else's origins are left: give fetch and node:http back untouched.
      const last = entries.length === 0 ? lateDoor : undefined;
      if (last) lateDoor = undefined;
      if (entries.length === 0) stop();
      await door?.close();
      await last?.close();
    },
  };
}
