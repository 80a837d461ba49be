// `await expect(hub).toHaveReceived({ path: /students/, query: { navigationPageSize: '50' }, times: 2 })`:
// what the system under test asked the hub for, over `hub.requests`, with what it asked
// instead when it did not.
import type { MatcherReturnType } from '@playwright/test';
import type { LoggedRequest } from '../hub/steps/log.ts';

/** What a request must have to match. Strings match exactly; a RegExp tests. */
export interface RequestPattern {
  /** `GET` by default matches any method. */
  method?: string;
  /** The path without query: exact, or a RegExp over it. */
  path?: string | RegExp;
  /** Query parameters the request had (others may be there too); `null`: the parameter is absent. */
  query?: Readonly<Record<string, string | RegExp | null>>;
  /** Request headers (names in any case). */
  headers?: Readonly<Record<string, string | RegExp>>;
  /** The status the hub answered (0: a fault reset the connection). */
  status?: number;
  transport?: LoggedRequest['transport'];
  /** Exactly this many matching requests; at least one when absent. */
  times?: number;
  /** How long to wait for the requests to arrive, in ms (default 1000); `.not` does not wait. */
  timeout?: number;
}

interface MatcherContext {
  isNot: boolean;
  utils: { printReceived(value: unknown): string; printExpected(value: unknown): string };
}

const fits = (value: string | undefined, want: string | RegExp | null) =>
  want === null ? value === undefined : value !== undefined && (typeof want === 'string' ? value === want : want.test(value));

/** Why a request does not match, in a few words; empty when it does. */
function mismatches(request: LoggedRequest, pattern: RequestPattern): string[] {
  const url = new URL(request.url, 'http://hub.invalid');
  const why: string[] = [];
  if (pattern.method && request.method !== pattern.method.toUpperCase()) why.push(`method ${request.method}`);
  if (pattern.path !== undefined && !fits(url.pathname, pattern.path)) why.push(`path ${url.pathname}`);
  for (const [name, want] of Object.entries(pattern.query ?? {})) {
    const got = url.searchParams.get(name) ?? undefined;
    if (!fits(got, want)) why.push(got === undefined ? `no ${name}` : `${name}=${got}`);
  }
  for (const [name, want] of Object.entries(pattern.headers ?? {})) {
    const got = request.headers[name.toLowerCase()];
    if (!fits(got, want)) why.push(got === undefined ? `no ${name} header` : `${name}: ${got}`);
  }
  if (pattern.status !== undefined && request.status !== pattern.status) why.push(`status ${request.status}`);
  if (pattern.transport && request.transport !== pattern.transport) why.push(`transport ${request.transport}`);
  return why;
}

/** The pattern as it reads in a message. */
function describe(pattern: RequestPattern): string {
  const parts = [
    pattern.method?.toUpperCase(),
    pattern.path === undefined ? undefined : String(pattern.path),
    ...Object.entries(pattern.query ?? {}).map(([name, want]) => (want === null ? `without ${name}` : `${name}=${String(want)}`)),
    ...Object.entries(pattern.headers ?? {}).map(([name, want]) => `${name}: ${String(want)}`),
    pattern.status === undefined ? undefined : `answered ${pattern.status}`,
    pattern.transport === undefined ? undefined : `via ${pattern.transport}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'any request';
}

const SHOWN = 25;

export async function toHaveReceived(this: MatcherContext, hub: { requests: readonly LoggedRequest[] }, pattern: RequestPattern = {}): Promise<MatcherReturnType> {
  const name = 'toHaveReceived';
  if (typeof hub !== 'object' || hub === null || !Array.isArray(hub.requests)) {
    return { pass: this.isNot, name, message: () => `expect(hub).${name}(pattern)\n\nExpected the hub fixture, received ${this.utils.printReceived(hub)}` };
  }
  const { times, timeout = 1000 } = pattern;
  const count = () => hub.requests.filter((r) => mismatches(r, pattern).length === 0).length;
  const passes = (n: number) => (times === undefined ? n > 0 : n === times);
  // Requests may still be on their way: wait for them, but never for their absence.
  const deadline = Date.now() + (this.isNot ? 0 : timeout);
  let matched = count();
  while (!passes(matched) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    matched = count();
  }
  const pass = passes(matched);
  const wanted = `${describe(pattern)}${times === undefined ? '' : ` ${times} time${times === 1 ? '' : 's'}`}`;
  const lines = hub.requests.slice(0, SHOWN).map((r) => {
    const why = mismatches(r, pattern);
    return `  ${why.length === 0 ? '✓' : '✗'} ${r.method} ${r.url} → ${r.status} (${r.transport})${why.length > 0 ? `: ${why.join(', ')}` : ''}`;
  });
  const more = hub.requests.length > SHOWN ? [`  ... and ${hub.requests.length - SHOWN} more`] : [];
  const received = hub.requests.length === 0 ? 'The hub received no requests in this test.' : [`The hub received ${hub.requests.length} requests in this test, ${matched} matching:`, ...lines, ...more].join('\n');
  return {
    pass,
    name,
    expected: wanted,
    actual: `${matched} matching`,
    message: () => `expect(hub)${this.isNot ? '.not' : ''}.${name}(${this.utils.printExpected(wanted)})\n\n${this.isNot ? 'Expected no such request' : `Expected ${times === undefined ? 'at least one such request' : `exactly ${times}`}`}, got ${matched}.\n\n${received}`,
  };
}
