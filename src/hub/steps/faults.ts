// Seeded faults and latency on the collection endpoints. The n-th request for a URL draws
// its own outcome from a stream keyed by the faults' seed, the method and URL and n, so the
// same seed gives the same faults on the same sequence of requests, whichever transport.
import { keyedStream } from '../../generate/keyed-random.ts';
import type { Answer } from '../answer.ts';
import { problem } from '../problem.ts';
import type { Step } from '../pipeline.ts';
import type { Faults } from '../scenario-options.ts';

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/**
 * URLs whose requests are counted at most: past this, the URL seen longest ago is forgotten
 * (its next request counts as its first again), so no stream of distinct URLs grows memory.
 */
export const FAULT_URLS_KEPT = 10_000;
/** The longest URL counted; a longer one is counted by its first part and its length. */
const KEY_CHARS = 2_048;

/** Faults as `current()` says; `seen` counts requests per method and URL, the last FAULT_URLS_KEPT of them. */
export function faults(current: () => Faults | undefined, seen: Map<string, number>): Step {
  return (request, _context, next) => {
    const on = current();
    const { route } = request;
    if (!on || request.method === 'OPTIONS' || (route.kind !== 'collection' && route.kind !== 'item') || (on.endpoints && !on.endpoints.has(route.name))) return next();
    const url = request.raw.url.length > KEY_CHARS ? `${request.raw.url.slice(0, KEY_CHARS)}…${request.raw.url.length}` : request.raw.url;
    const key = `${request.method} ${url}`;
    const n = (seen.get(key) ?? 0) + 1;
    // Most recently seen last: the first entry is the one forgotten.
    seen.delete(key);
    seen.set(key, n);
    if (seen.size > FAULT_URLS_KEPT) seen.delete(seen.keys().next().value!);
    const draw = keyedStream([on.seed, 'fault', key, n]);
    // The draws are taken in a fixed order, whatever the outcome, so each stays put when another setting changes.
    const reset = draw() < on.resets;
    const failed = draw() < on.rate;
    const code = on.status[Math.floor(draw() * on.status.length)]!;
    const latencyMs = on.latency?.(draw);
    const timed = (answer: Answer): Answer => (latencyMs ? { ...answer, delayMs: latencyMs, effects: { ...answer.effects, latencyMs } } : answer);
    if (reset) return timed({ status: 0, headers: {}, body: '', reset: true, effects: { reset: true } });
    if (failed) {
      const detail = `A fault this test turned on (hub.faults): ${code} for the ${ordinal(n)} ${request.method} of ${request.raw.url}.`;
      return timed({ ...problem({ kind: 'injected-fault', status: code, detail, headers: code === 503 ? { 'retry-after': '1' } : {} }), effects: { fault: true } });
    }
    return timed(next());
  };
}
