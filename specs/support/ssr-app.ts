// A small server-side-rendered app: it calls the hub from its own server, forwarding the
// test's namespace header, and renders the students it got as HTML.
import type { IncomingMessage } from 'node:http';
import { startWebServer, type WebServer } from './web-server.ts';

const NAMESPACE_HEADER = 'x-seedhub-test';

/** Starts the app; it calls the hub at `hubURL`. */
export function startSsrApp(hubURL: string): Promise<WebServer> {
  return startWebServer(async (req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://app');
    if (url.pathname !== '/') {
      res.writeHead(404).end();
      return;
    }
    const code = url.searchParams.get('school') ?? '4650';
    const namespace = req.headers[NAMESPACE_HEADER];
    const response = await fetch(`${hubURL}/qt_student/school-api/schools/${code}/students?navigationPageSize=5`, {
      headers: typeof namespace === 'string' ? { [NAMESPACE_HEADER]: namespace } : {},
    });
    const body = (await response.json()) as { data: { enrolmentId: string; givenName: string }[] };
    const items = body.data.map((s) => `<li data-id="${s.enrolmentId}">${s.givenName}</li>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><h1>School ${code}</h1><ul id="students">${items}</ul>`);
  });
}
