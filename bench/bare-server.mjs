// The start-up floor for bench/startup.ts: bare node:http, no dependencies, answering every
// request with a small JSON body. Prints "listening on URL" once listening, as seedhub does.
import { createServer } from 'node:http';

const body = JSON.stringify({ students: [] });
const server = createServer((request, response) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
