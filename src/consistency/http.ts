// The one thing the crawl needs from a transport: GET a URL, read status and text. Kept
// this small so global fetch, Playwright's `request` and a wrapped handler all fit.
import type { Handle } from '../hub/types.ts';

/** What the crawl reads from an answer. `status` is a number (fetch) or a method (Playwright). */
export interface HubAnswer {
  status: number | (() => number);
  text(): Promise<string>;
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
