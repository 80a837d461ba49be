// One load run: autocannon (its CLI, in its own process) against one URL on loopback.
import { runChild } from './processes.ts';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** `connections` keep-alive connections for `seconds`, after a 1 s warm-up run that is thrown away. */
export async function load(url: string, seconds: number, connections = 10): Promise<LoadResult> {
  const cannon = 'node_modules/autocannon/autocannon.js';
  await runChild([cannon, '-j', '-c', String(connections), '-d', '1', url], 30_000);
  const out = await runChild([cannon, '-j', '-c', String(connections), '-d', String(seconds), url], (seconds + 30) * 1000);
  const result = JSON.parse(out) as AutocannonJson;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
