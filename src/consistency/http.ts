// The one thing the crawl needs from a transport: GET a URL, read status and text. Kept
// this small so global fetch, Playwright's `request` and a wrapped handler all fit.
import type { Handle } from '../hub/types.ts';

/** What the crawl reads from an answer. `status` is a number (fetch) or a method (Playwright). */
export interface HubAnswer {
  status: number | (() => number);
  text(): Promise<string>;
  /** A redirect to another origin that was not followed (`limitedFetch`). */
  redirect?: string;
}

/** A fetch-like function: global `fetch`, `(url) => request.get(url)`, or `handlerFetch(handle)`. */
export type HubFetch = (url: string) => Promise<HubAnswer>;

/** A page as read: its status and parsed JSON body, or why it could not be read. */
export type Read = { ok: true; status: number; body: unknown } | { ok: false; status?: number; reason: string };

/** GETs `url` and parses the body as JSON; never throws. */
export async function readJson(fetch: HubFetch, url: string): Promise<Read> {
  let status: number;
  let text: string;
  try {
    const answer = await fetch(url);
    status = typeof answer.status === 'function' ? answer.status() : answer.status;
    if (answer.redirect) return { ok: false, status, reason: `answered ${status}, a redirect to another origin (${answer.redirect}), not followed` };
    text = await answer.text();
  } catch (error) {
    return { ok: false, reason: `request failed (${error instanceof Error ? error.message : String(error)})` };
  }
  if (status !== 200) return { ok: false, status, reason: `answered ${status}` };
  try {
    return { ok: true, status, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status, reason: `answered 200 with a body that is not JSON (${JSON.stringify(text.slice(0, 40))})` };
  }
}

/** What a crawl of an unknown hub allows each answer: documented in docs/consistency.md. */
export const FETCH_LIMITS = {
  /** A request that has not answered in this time fails. */
  timeoutMs: 10_000,
  /** A body larger than this is not read. */
  maxBytes: 16 * 1024 * 1024,
  /** Same-origin redirects followed before giving up. */
  maxRedirects: 5,
} as const;

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The body of a response, up to `maxBytes`; throws saying so when there is more. */
async function boundedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`the answer is ${megabytes(declared)}, more than the ${megabytes(maxBytes)} allowed`);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      // Leaving the loop cancels the stream: nothing more is read.
      throw new Error(`the answer is more than the ${megabytes(maxBytes)} allowed`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Global fetch, bounded for hubs that cannot be trusted: each request times out, bodies are
 * read up to a size, and redirects are followed only within the hub's own origin (one to
 * another origin is answered as the redirect, which the crawl reports).
 * @example await crawlHub({ fetch: limitedFetch({ timeoutMs: 5000 }), baseUrl })
 */
export function limitedFetch({ timeoutMs = FETCH_LIMITS.timeoutMs, maxBytes = FETCH_LIMITS.maxBytes }: FetchLimits = {}): HubFetch {
  return async (url) => {
    let target = url;
    for (let hops = 0; ; hops++) {
      let response: Response;
      try {
        response = await fetch(target, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') throw new Error(`no answer within ${timeoutMs / 1000} s`);
        throw new Error((error as Error).cause instanceof Error ? `${(error as Error).message}: ${((error as Error).cause as Error).message}` : (error as Error).message);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, target);
        await response.body?.cancel();
        if (next.origin !== new URL(url).origin) return { status: response.status, redirect: next.href, text: async () => '' };
        if (hops >= FETCH_LIMITS.maxRedirects) throw new Error(`more than ${FETCH_LIMITS.maxRedirects} redirects`);
        target = next.href;
        continue;
      }
      // The body is read within the same time limit as the answer.
      const text = await Promise.race([
        boundedText(response, maxBytes),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the body did not arrive within ${timeoutMs / 1000} s`)), timeoutMs).unref()),
      ]);
      return { status: response.status, text: async () => text };
    }
  };
}

/**
 * A hub handler as a fetch: crawl a hub in memory, without a port.
 * @example await crawlHub({ fetch: handlerFetch(createHandler(createDataset())), baseUrl: 'http://hub.test' })
 */
export function handlerFetch(handle: Handle): HubFetch {
  return async (url) => {
    const { pathname, search } = new URL(url, 'http://seedhub.invalid');
    const response = handle({ method: 'GET', url: `${pathname}${search}` });
    return { status: response.status, text: async () => response.body };
  };
}

/** `value` as a plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
