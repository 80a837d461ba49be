// Node-side clients bound before the interception began: `const { get } = require('node:http')`
// at the top of a module, or a CommonJS `import * as http` (a copy of the module's functions),
// keep node:http's own functions, which the interceptors' patches of the module never reach.
// Every one of them still connects through an Agent, so while the Node-side transport is on,
// a connection an Agent opens to an intercepted origin goes instead to a loopback door of an
// in-process server, answered by that origin's handler: the server transport's exact bytes.
import http from 'node:http';
import https from 'node:https';
import { connect } from 'node:net';
import { finishOutside } from '../hub/finish.ts';
import { problem } from '../hub/problem.ts';
import type { Handle } from '../hub/types.ts';
import { HubServer, type Door } from './server.ts';

/** The loopback port that answers an origin (`http://probe.example`), or undefined: not intercepted. */
export type DoorOf = (origin: string) => number | undefined;

type CreateConnection = http.Agent['createConnection'];

let server: Promise<HubServer> | undefined;
let open = 0;

/** A door of the in-process server for `handle`; the server stops when its last door closes. */
export async function openBoundDoor(handle: Handle): Promise<Door> {
  open++;
  // Its own port answers nobody: only a door's connections come from an intercepted origin.
  const started = (server ??= HubServer.start(() => finishOutside(problem({ kind: 'not-found', status: 404, detail: 'No intercepted origin is answered here.' }))));
  let door: Door;
  try {
    // One request per connection: a pooled connection of one test never carries another's request.
    door = await (await started).openDoor(handle, { oneRequest: true });
  } catch (error) {
    await release(started);
    throw error;
  }
  let closed = false;
  return {
    url: door.url,
    port: door.port,
    async close() {
      if (closed) return;
      closed = true;
      await door.close();
      await release(started);
    },
  };
}

async function release(started: Promise<HubServer>): Promise<void> {
  if (--open > 0) return;
  if (server === started) server = undefined;
  await (await started.catch(() => undefined))?.close();
}

/** The origin an Agent connects to, as `URL.origin` spells it; undefined when it cannot be read. */
function originOf(protocol: 'http:' | 'https:', options: { host?: string | null; hostname?: string | null; port?: number | string | null }): string | undefined {
  const host = options.host ?? options.hostname;
  if (!host) return undefined;
  try {
    return new URL(`${protocol}//${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}${options.port ? `:${options.port}` : ''}`).origin;
  } catch {
    return undefined;
  }
}

let doorOf: DoorOf | undefined;
/** What seedhub put in place, and what was there before it. */
let patches: { http: CreateConnection; https: CreateConnection; before: { http: CreateConnection; https: CreateConnection } } | undefined;

function redirect(protocol: 'http:' | 'https:', original: CreateConnection): CreateConnection {
  return function createConnection(this: http.Agent, options, callback) {
    const origin = originOf(protocol, options as Parameters<typeof originOf>[1]);
    const port = origin === undefined ? undefined : doorOf?.(origin);
    // Plain HTTP to the door, https origins included: the client only writes and reads the stream.
    if (port !== undefined) return connect({ host: '127.0.0.1', port });
    return original.call(this, options, callback);
  } as CreateConnection;
}

/** Sends Agents' connections for intercepted origins to their doors, until `restoreAgents`. */
export function redirectAgents(find: DoorOf): void {
  doorOf = find;
  if (patches) return;
  const before = { http: http.Agent.prototype.createConnection, https: https.Agent.prototype.createConnection };
  patches = { http: redirect('http:', before.http), https: redirect('https:', before.https), before };
  http.Agent.prototype.createConnection = patches.http;
  https.Agent.prototype.createConnection = patches.https;
}

/** Gives the Agents back their own connections; a patch made over seedhub's since is left alone. */
export function restoreAgents(): void {
  if (!patches) return;
  if (http.Agent.prototype.createConnection === patches.http) http.Agent.prototype.createConnection = patches.before.http;
  if (https.Agent.prototype.createConnection === patches.https) https.Agent.prototype.createConnection = patches.before.https;
  patches = undefined;
  doorOf = undefined;
}
