// The node:http transport: translates requests to `handle()` and its answers back.
// No rule of its own lives here. A server may have more than one door (listening port),
// each answered by its own handler: Playwright gives every test a door of the worker's server.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createListener, type AddressInfo, type Server as Listener, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { finishOutside } from '../hub/finish.ts';
import { BackPressure } from './back-pressure.ts';
import { problem, tooLarge } from '../hub/problem.ts';
import { REQUEST_BODY_LIMIT, type Handle, type HubResponse } from '../hub/types.ts';

/**
 * How long a client may take: to send its headers, its whole request, and between requests
 * on a kept-alive connection. A stalled or silent client cannot hold a connection longer.
 */
export const SERVER_TIMEOUTS: Readonly<ServerTimeouts> = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 1_000, stallMs: 10_000 };

export interface ServerTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  /** How long a connection held back (its client reads nothing) may take to drain before it is closed. */
  stallMs: number;
}

/** An answer written straight to a socket, for requests Node's parser refuses: then the connection closes. */
function writeRaw(socket: Duplex, response: HubResponse): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const headers = { ...finishOutside(response).headers, connection: 'close' };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\n${head}\r\n${response.body}`);
}

/** The problem for a request Node's HTTP parser refused: too-large headers, a timeout, or malformed. */
function parserProblem(code: string | undefined, timeouts: ServerTimeouts): HubResponse {
  if (code === 'HPE_HEADER_OVERFLOW') return problem({ kind: 'headers-too-large', status: 431, detail: 'The request headers are too large.' });
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return problem({ kind: 'request-timeout', status: 408, detail: `The request did not arrive within ${timeouts.requestMs / 1000} s (headers within ${timeouts.headersMs / 1000} s).` });
  return problem({ kind: 'bad-request', status: 400, detail: `The request is not valid HTTP/1.1 (${code ?? 'unreadable'}).` });
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 unless said otherwise. */
  host?: string;
  /** Shorter (or longer) client timeouts than `SERVER_TIMEOUTS`. */
  timeouts?: Partial<ServerTimeouts>;
}

/** Another port of a running server, with a handler of its own. */
export interface Door {
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and ends this door's connections once their answers are sent. */
  close(): Promise<void>;
}

function listen(server: Server | Listener, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

/** A running hub server; `close()` stops it and waits for open connections to end. */
export class HubServer {
  /** The handler of each connection that came in through a door. */
  private readonly doorOf = new WeakMap<Socket, Handle>();
  /** Connections of doors that close each connection after its answer. */
  private readonly oneShot = new WeakSet<Socket>();
  /** Requests in progress per connection, so a closing door ends only idle connections. */
  private readonly busy = new WeakMap<Socket, number>();
  private readonly closing = new WeakSet<Socket>();
  /** Requests of connections whose clients do not read wait their turn here. */
  private readonly pressure: BackPressure;
  /** Every open connection, doors' included: what a graceful shutdown waits for. */
  private readonly sockets = new Set<Socket>();
  /** Set by `shutdown()`: every answer then closes its connection. */
  private draining = false;

  private constructor(
    private readonly server: Server,
    private readonly host: string,
    readonly url: string,
    stallMs: number,
  ) {
    this.pressure = new BackPressure(stallMs);
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Starts a server for `handle` and resolves once it is listening. */
  static async start(handle: Handle, { port = 0, host = '127.0.0.1', timeouts: given = {} }: ServeOptions = {}): Promise<HubServer> {
    let hub: HubServer | undefined;
    const timeouts = { ...SERVER_TIMEOUTS, ...given };
    const server = createServer(
      // The Host header is checked by `respond`, which answers its absence with a problem.
      {
        requireHostHeader: false,
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
      },
      (req, res) => hub!.respond(handle, req, res),
    );
    server.keepAliveTimeout = timeouts.keepAliveMs;
    server.on('connection', (socket: Socket) => {
      hub?.sockets.add(socket);
      socket.once('close', () => hub?.sockets.delete(socket));
    });
    // Node's own refusals (malformed requests, lowercase methods, huge headers, timeouts) as problems too.
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
      // One answer per request: when an answer on this connection has begun (a bad chunk
      // after the headers of a request already answered), nothing more is written.
      const started = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent === true;
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE' || started) socket.destroy();
      else writeRaw(socket, parserProblem(error.code, timeouts));
    });
    // An expectation the hub does not meet (`Expect: foo`) is a problem like any other refusal.
    server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
      const answer = finishOutside(problem({ kind: 'expectation-failed', status: 417, detail: `The hub meets no expectation but 100-continue; the request expects ${JSON.stringify(req.headers.expect ?? '')}.` }));
      res.shouldKeepAlive = false;
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
      req.resume();
    });
    // CONNECT asks for a tunnel; the hub is read-only and tunnels nowhere.
    server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
      writeRaw(socket, problem({ kind: 'method-not-allowed', status: 405, detail: 'CONNECT is not supported; the hub is read-only.', headers: { allow: 'GET, HEAD, OPTIONS' } }));
    });
    const url = await listen(server, port, host);
    return (hub = new HubServer(server, host, url, timeouts.stallMs));
  }

  /**
   * Opens another port on the same host, answered by `handle`. With `oneRequest`, each
   * connection closes after its answer, so every request comes on a connection of its own.
   */
  async openDoor(handle: Handle, { oneRequest = false }: { oneRequest?: boolean } = {}): Promise<Door> {
    const sockets = new Set<Socket>();
    const listener = createListener((socket) => {
      this.doorOf.set(socket, handle);
      if (oneRequest) this.oneShot.add(socket);
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      this.server.emit('connection', socket);
    });
    const url = await listen(listener, 0, this.host);
    return {
      url,
      port: Number(new URL(url).port),
      close: async () => {
        if (!listener.listening) return;
        const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
        for (const socket of sockets) {
          this.closing.add(socket);
          if (!this.busy.get(socket)) socket.end();
        }
        await closed;
      },
    };
  }

  /**
   * Stops gracefully: every answer from now on closes its connection, requests already sent
   * are answered (connections the system has queued included), and once no connection is
   * left (or after `timeoutMs`, when the rest are closed) the server stops listening.
   * Resolves with the number of connections that had to be closed.
   */
  shutdown(timeoutMs = 5_000): Promise<number> {
    // A second call cuts the first one short: the rest are closed now.
    this.deadline = Math.min(this.deadline, Date.now() + timeoutMs);
    this.stopping ??= this.drain();
    return this.stopping;
  }

  private deadline = Infinity;
  private stopping: Promise<number> | undefined;

  private async drain(): Promise<number> {
    if (!this.server.listening) return 0;
    this.draining = true;
    // Kept-alive connections end after their idle timeout; the last answer on each says close.
    let quiet = 0;
    while (Date.now() < this.deadline && quiet < 2) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      quiet = this.sockets.size === 0 ? quiet + 1 : 0;
    }
    const forced = this.sockets.size;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
    return forced;
  }

  /** Stops listening and ends idle connections; safe to call twice. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await closed;
  }

  private respond(fallback: Handle, req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    this.busy.set(socket, (this.busy.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (this.busy.get(socket) ?? 1) - 1;
      this.busy.set(socket, left);
      if (left === 0 && this.closing.has(socket)) socket.end();
    });
    this.pressure.inTurn(socket, res, () => this.answer(this.doorOf.get(socket) ?? fallback, req, res));
  }

  private answer(handle: Handle, req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    // HTTP/1.1 requires Host (RFC 9112); HTTP/1.0 clients may leave it out. Such a request is
    // refused like a malformed one: answered, then the connection is closed.
    const hostless = req.httpVersion === '1.1' && req.headers.host === undefined;
    const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers as Record<string, string> };
    if (hostless) {
      req.resume();
      this.send(req, res, finishOutside(problem({ kind: 'bad-request', status: 400, detail: 'The request has no Host header, which HTTP/1.1 requires.' })), true);
      return;
    }
    // A body is read (to REQUEST_BODY_LIMIT bytes) only when the request has one.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      req.resume();
      this.send(req, res, handle(request), false);
      return;
    }
    if (Number(req.headers['content-length']) > REQUEST_BODY_LIMIT) {
      this.send(req, res, finishOutside(tooLarge()), true);
      return;
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= REQUEST_BODY_LIMIT) chunks.push(chunk);
    });
    req.once('end', () => this.send(req, res, bytes > REQUEST_BODY_LIMIT ? finishOutside(tooLarge()) : handle({ ...request, body: Buffer.concat(chunks).toString('utf8') }), bytes > REQUEST_BODY_LIMIT));
    req.once('error', () => socket.destroy());
  }

  /** Writes an answer (after its latency), or resets the connection; `close` ends the connection after it. */
  private send(req: IncomingMessage, res: ServerResponse, response: HubResponse, close: boolean): void {
    const socket = req.socket;
    if (this.draining || close || this.oneShot.has(socket)) res.shouldKeepAlive = false;
    const send = () => {
      // A scenario's reset: the connection goes, with no answer at all.
      if (response.reset) socket.destroy();
      else if (!res.destroyed) {
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      }
    };
    if (response.delayMs) setTimeout(send, response.delayMs);
    else send();
  }
}
