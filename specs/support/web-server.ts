// A small app server for browser specs, on 127.0.0.1 and a free port. Pages that call a
// loopback hub must come from loopback too: Chromium blocks public pages from loopback.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): Promise<WebServer> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
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

/** A stand-in for an origin's real server: every path answers `the real server: PATH`, in plain text. */
export const startRealServer = () =>
  startWebServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`the real server: ${req.url}`);
  });

/** Serves one HTML page at every path. */
export const servePage = (html: string) =>
  startWebServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
