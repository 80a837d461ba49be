// The Playwright route transport: the browser's requests to the hub's origin are
// answered by `handle()` through `route.fulfill`, with no port. Anything else goes on.
import type { BrowserContext, Page, Request, Route } from '@playwright/test';
import { finishOutside } from '../hub/finish.ts';
import { tooLarge } from '../hub/problem.ts';
import { REQUEST_BODY_LIMIT, type Handle } from '../hub/types.ts';

/** What can carry routes: a page or a whole browser context. */
export type Routable = Pick<BrowserContext, 'route' | 'unroute'> | Pick<Page, 'route' | 'unroute'>;

export interface RouteSwitch {
  enable(): Promise<void>;
  disable(): Promise<void>;
}

/** Path and query of a request URL: what `handle()` reads. */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

function headersOf(request: Request): Record<string, string> {
  return request.headers();
}

/**
 * A switch that routes `target`'s requests for `origin` (e.g. `http://seedhub.test`) to `handle`.
 * Nothing is routed until `enable()`; both calls are safe to repeat.
 */
export function routeTransport(target: Routable, origin: string, handle: Handle): RouteSwitch {
  const base = new URL(origin).origin;
  const matches = (url: URL) => url.origin === base;
  const onRoute = async (route: Route) => {
    const request = route.request();
    if (new URL(request.url()).origin !== base) return route.fallback();
    const body = request.postData();
    const response = body !== null && Buffer.byteLength(body) > REQUEST_BODY_LIMIT
      ? finishOutside(tooLarge())
      : handle({ method: request.method(), url: pathOf(request.url()), headers: headersOf(request), ...(body !== null ? { body } : {}) });
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
    if (response.reset) return route.abort('connectionreset');
    await route.fulfill({ status: response.status, headers: response.headers, body: response.body });
  };
  let enabled = false;
  return {
    async enable() {
      if (enabled) return;
      enabled = true;
      await target.route(matches, onRoute);
    },
    async disable() {
      if (!enabled) return;
      enabled = false;
      await target.unroute(matches, onRoute);
    },
  };
}
