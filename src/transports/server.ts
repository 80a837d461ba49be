// The node:http transport: translates requests to `handle()` and its answers back.
// No rule of its own lives here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handle } from '../hub/types.ts';

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 unless said otherwise. */
  host?: string;
}

/** A running hub server; `close()` stops it and waits for open connections to end. */
export class HubServer {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly port: number,
  ) {}

  /** Starts a server for `handle` and resolves once it is listening. */
  static async start(handle: Handle, { port = 0, host = '127.0.0.1' }: ServeOptions = {}): Promise<HubServer> {
    const server = createServer((req, res) => respond(handle, req, res));
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return new HubServer(server, `http://${shownHost}:${address.port}`, address.port);
  }

  /** Stops listening and ends idle connections; safe to call twice. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await closed;
  }
}

function respond(handle: Handle, req: IncomingMessage, res: ServerResponse): void {
  const response = handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers as Record<string, string> });
  // The body of a request is never read by the hub; drain it so the connection can be reused.
  req.resume();
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}
