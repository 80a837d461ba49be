// The request log of a test: every request its hub answered, as it was finished (304s and
// resets included), with what a scenario did to it.
import type { Step } from '../pipeline.ts';

/** One request the hub answered for a test. */
export interface LoggedRequest {
  method: string;
  /** Path and query as the hub saw it. */
  url: string;
  /** The status answered; 0 when a fault reset the connection instead. */
  status: number;
  transport: 'server' | 'route' | 'node';
  /** The request's headers, names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** Latency a fault scenario added, in ms. */
  latencyMs?: number;
  /** A fault scenario reset the connection: no answer was sent. */
  reset?: boolean;
  /** A fault scenario answered with an error status. */
  fault?: boolean;
}

/** Appends each finished request to `log`, as answered through `transport`. */
export function log(requests: LoggedRequest[], transport: LoggedRequest['transport']): Step {
  return (request, context, next) => {
    context.finished.push((response, answer) => {
      const effects = answer.effects ?? {};
      requests.push({
        method: request.method,
        url: request.raw.url,
        status: response.reset ? 0 : response.status,
        transport,
        headers: request.headers,
        ...(effects.latencyMs ? { latencyMs: effects.latencyMs } : {}),
        ...(effects.reset ? { reset: true } : {}),
        ...(effects.fault ? { fault: true } : {}),
      });
    });
    return next();
  };
}
