// Per-test namespaces on one worker-scoped server. A request under `/__seedhub/{id}/`
// (or carrying `x-seedhub-test: {id}`) is answered by that test's handler, so an app
// server that forwards the namespace gets each test its own hub and request log. A request
// that names no test is refused with what to forward: answered by some hub, it would miss
// the test's options, overrides and log, and the test would not know. This is routing, so it
// lives here and any transport can put it in front of its handler.
import { finishOutside } from './finish.ts';
import { problem } from './problem.ts';
import { lowerCaseHeaders } from './request.ts';
import type { Handle, HubRequest } from './types.ts';

export const NAMESPACE_PREFIX = '/__seedhub/';
export const NAMESPACE_HEADER = 'x-seedhub-test';
const PREFIXED = /^\/__seedhub\/([A-Za-z0-9_.-]+)(\/.*)?$/;

export class Namespaces {
  private readonly handlers = new Map<string, Handle>();

  /** Registers a test's handler under its namespace. */
  open(id: string, handle: Handle): void {
    this.handlers.set(id, handle);
  }

  close(id: string): void {
    this.handlers.delete(id);
  }

  handle: Handle = (request: HubRequest) => {
    const match = PREFIXED.exec(request.url);
    const header = lowerCaseHeaders(request.headers)[NAMESPACE_HEADER];
    const id = match?.[1] ?? header;
    if (id === undefined) {
      return finishOutside(problem({
        kind: 'test-not-named',
        status: 400,
        detail: `This request to the worker's hub server names no test, so no test's hub (its options, overrides and request log) can answer it. Forward the ${NAMESPACE_HEADER} header that the test's requests carry (hub.testHeaders), or call hub.testURL instead of the worker's URL.`,
        extra: { header: NAMESPACE_HEADER },
      }));
    }
    const handler = this.handlers.get(id);
    if (!handler) {
      return finishOutside(problem({ kind: 'unknown-namespace', status: 404, detail: `No running test has namespace "${id}". Namespaces live only while their test runs.` }));
    }
    return handler(match ? { ...request, url: match[2] ?? '/' } : request);
  };
}
