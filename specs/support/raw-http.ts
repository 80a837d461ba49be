// Spec helpers for HTTP as bytes: send what no client library would, read everything the
// server answers until it closes.
import { connect } from 'node:net';

/** Sends raw bytes to a server and resolves with everything it answers until it closes (or `ms` passes). */
export function raw(url: string, bytes: string, ms = 5_000): Promise<{ text: string; closed: boolean }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed: false });
    }, ms);
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.on('error', () => undefined);
    if (bytes) socket.write(bytes);
  });
}

/** Status, content type and parsed body of a raw HTTP/1.1 answer. */
export function parsed(text: string) {
  const [head, ...rest] = text.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]);
  const type = /\r\ncontent-type: ([^\r]+)/i.exec(head ?? '')?.[1];
  const body = rest.join('\r\n\r\n');
  return { status, type, head: head ?? '', body: type?.includes('json') ? (JSON.parse(body) as Record<string, unknown>) : body };
}
