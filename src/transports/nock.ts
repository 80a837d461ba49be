// The nock transport: HTTP clients inside the test process (node:http, https, global
// fetch) get `handle()`'s answers for one origin. nock switches itself on when it is
// imported, so it is imported only when a switch is first enabled, never at load; and it
// is switched off again when the last interceptor is gone, so nothing outlives a test.
import { syncBuiltinESMExports } from 'node:module';
import type { Handle } from '../hub/types.ts';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface NockSwitch {
  readonly origin: string;
  enable(): Promise<void>;
  disable(): Promise<void>;
}

type Nock = typeof import('nock');
type Interceptor = ReturnType<ReturnType<Nock>['intercept']>;

/**
 * A switch that answers Node-side requests to `origin` with `handle`; other hosts are left alone.
 * `disable()` removes exactly the interceptors it added.
 */
export function nockTransport(origin: string, handle: Handle): NockSwitch {
  const base = new URL(origin).origin;
  let interceptors: Interceptor[] = [];
  let nock: Nock | undefined;
  return {
    origin: base,
    async enable() {
      if (interceptors.length > 0) return;
      nock ??= (await import('nock')).default;
      if (!nock.isActive()) nock.activate();
      // nock patches node:http on the CommonJS module; ESM named imports (`import { request }
      // from 'node:http'`) see the patch (and, after restore, its removal) only after this.
      syncBuiltinESMExports();
      // allowUnmocked: once these interceptors are removed, the origin reaches the network again.
      const scope = nock(base, { allowUnmocked: true }).persist();
      interceptors = METHODS.map((method) => {
        const interceptor = scope.intercept(() => true, method);
        interceptor.reply(function reply(uri, _body, callback) {
          const response = handle({ method, url: uri, headers: this.req.headers });
          const send = () => {
            // A scenario's reset: the client sees the connection reset, as over a socket.
            if (response.reset) callback(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), [0, '']);
            else callback(null, [response.status, response.body, response.headers]);
          };
          if (response.delayMs) setTimeout(send, response.delayMs);
          else send();
        });
        return interceptor;
      });
    },
    async disable() {
      if (!nock || interceptors.length === 0) return;
      for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
      interceptors = [];
      // Nobody else's interceptors are left: give node:http and fetch back untouched.
      if (nock.activeMocks().length === 0 && nock.isActive()) {
        nock.restore();
        syncBuiltinESMExports();
      }
    },
  };
}
