// Per-test namespaces on one worker-scoped server. A request under `/__seedhub/{id}/`
// (or carrying `x-seedhub-test: {id}`) is answered by that test's handler, so an app
// server that forwards the namespace gets each test its own hub and request log.
// Other requests go to the test that is running now (a worker runs one at a time).
import { problem } from '../hub/problem.ts';
import type { Handle, HubRequest } from '../hub/types.ts';

export const NAMESPACE_PREFIX = '/__seedhub/';
export const NAMESPACE_HEADER = 'x-seedhub-test';
const PREFIXED = /^\/__seedhub\/([A-Za-z0-9_.-]+)(\/.*)?$/;

export class Namespaces {
  private readonly handlers = new Map<string, Handle>();
  private current: string | undefined;

  /** `fallback` answers requests when no test is running. */
  constructor(private readonly fallback: Handle) {}

  /** Registers a test's handler; it also becomes the one for un-namespaced requests. */
  open(id: string, handle: Handle): void {
    this.handlers.set(id, handle);
    this.current = id;
  }

  close(id: string): void {
    this.handlers.delete(id);
    if (this.current === id) this.current = undefined;
  }

  handle: Handle = (request: HubRequest) => {
    const match = PREFIXED.exec(request.url);
    const header = request.headers?.[NAMESPACE_HEADER];
    const id = match?.[1] ?? header;
    if (id === undefined) return (this.current ? this.handlers.get(this.current)! : this.fallback)(request);
    const handler = this.handlers.get(id);
    if (!handler) {
      return problem({ kind: 'unknown-namespace', status: 404, detail: `No running test has namespace "${id}". Namespaces live only while their test runs.` });
    }
    return handler(match ? { ...request, url: match[2] ?? '/' } : request);
  };
}
