// The node:http transport: translates requests to `handle()` and its answers back.
// No rule of its own lives here. A server may have more than one door (listening port),
// each answered by its own handler: Playwright gives every test a door of the worker's server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createListener, type AddressInfo, type Server as Listener, type Socket } from 'node:net';
import type { Handle } from '../hub/types.ts';

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 unless said otherwise. */
  host?: string;
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
  /** Requests in progress per connection, so a closing door ends only idle connections. */
  private readonly busy = new WeakMap<Socket, number>();
  private readonly closing = new WeakSet<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly host: string,
    readonly url: string,
  ) {}

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Starts a server for `handle` and resolves once it is listening. */
  static async start(handle: Handle, { port = 0, host = '127.0.0.1' }: ServeOptions = {}): Promise<HubServer> {
    let hub: HubServer | undefined;
    const server = createServer((req, res) => hub!.respond(handle, req, res));
    server.keepAliveTimeout = 1_000;
    const url = await listen(server, port, host);
    return (hub = new HubServer(server, host, url));
  }

  /** Opens another port on the same host, answered by `handle`. */
  async openDoor(handle: Handle): Promise<Door> {
    const sockets = new Set<Socket>();
    const listener = createListener((socket) => {
      this.doorOf.set(socket, handle);
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

  /** Stops listening and ends idle connections; safe to call twice. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await closed;
  }

  private respond(fallback: Handle, req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    const handle = this.doorOf.get(socket) ?? fallback;
    this.busy.set(socket, (this.busy.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (this.busy.get(socket) ?? 1) - 1;
      this.busy.set(socket, left);
      if (left === 0 && this.closing.has(socket)) socket.end();
    });
    const response = handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers as Record<string, string> });
    // The body of a request is never read by the hub; drain it so the connection can be reused.
    req.resume();
    res.writeHead(response.status, response.headers);
    res.end(response.body);
  }
}
