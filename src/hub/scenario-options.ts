// What a test (or `seedhub serve`) may turn on in front of the hub: seeded faults and latency,
// bearer-token auth, and overrides of records or of whole answers. Here they are declared and
// checked, each mistake a HubConfigError naming the value; the steps that carry them out are
// in steps/.
import type { Dataset } from '../generate/dataset.ts';
import { HubConfigError } from '../errors.ts';
import type { HubRequest } from './types.ts';

/** Seeded faults and latency on the collection endpoints. */
export interface FaultOptions {
  /** The share of requests answered with an error status (0 to 1). */
  rate?: number;
  /** The error statuses, drawn evenly (default `[500, 503]`). */
  status?: readonly number[];
  /** Latency of every matching request: a fixed number of ms, or a log-normal with this median and 99th percentile. */
  latencyMs?: number | { median: number; p99: number };
  /** The share of requests whose connection is reset (0 to 1): no answer at all. */
  resets?: number;
  /** Collection names (`students`, `staff-photos`) the faults apply to; all collections by default. */
  endpoints?: readonly string[];
  /** The faults' own seed; the hub's seed by default. */
  seed?: string;
}

/** Bearer-token auth: one token for every school, or a token per centre code (`'*'`: every school). */
export interface AuthOptions {
  bearer: string | Readonly<Record<string, string>>;
}

/** A change to records of one collection of one school: by position in the collection, or by ID. */
export interface RecordOverride {
  centreCode: string;
  collection: string;
  /** The record's 0-based position in the collection. */
  index?: number;
  /** A value of the record's owner ID or of any of its `…Id` fields: every record with it is changed. */
  id?: string;
  /** Fields to set (`undefined` removes one), or a function of the record. */
  patch: Readonly<Record<string, unknown>> | ((record: Record<string, unknown>) => Record<string, unknown>);
}

/** A whole answer put in place of the hub's, for a path (exact, without query) or a pattern of path and query. */
export interface AnswerOverride {
  path: string | RegExp;
  answer: { status?: number; body?: unknown; headers?: Record<string, string> } | ((request: HubRequest) => { status?: number; body?: unknown; headers?: Record<string, string> });
}

/** Faults as the faults step uses them. */
export interface Faults {
  rate: number;
  status: readonly number[];
  latency?: (draw: () => number) => number;
  resets: number;
  endpoints?: ReadonlySet<string>;
  seed: string;
}

/** Auth as the auth step uses it: centre code (or `*`) → token. */
export interface Auth {
  tokens: ReadonlyMap<string, string>;
}

const fail = (what: string, why: string): never => {
  throw new HubConfigError(`Failed to ${what}: ${why}`);
};

const share = (name: string, value: unknown): number => {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail('set faults', `${name} must be a share from 0 to 1, got ${JSON.stringify(value)}.`);
  return value as number;
};

/** Standard normal from two uniform draws (Box–Muller). */
const normal = (draw: () => number) => Math.sqrt(-2 * Math.log(1 - draw())) * Math.cos(2 * Math.PI * draw());
/** z of the 99th percentile of the standard normal. */
const Z99 = 2.3263478740408408;
const FAULT_KEYS = ['rate', 'status', 'latencyMs', 'resets', 'endpoints', 'seed'];

function latencyOf(given: FaultOptions['latencyMs']): Faults['latency'] {
  if (given === undefined) return undefined;
  if (typeof given === 'number') {
    if (!(given >= 0 && given <= 60_000)) fail('set faults', `latencyMs must be from 0 to 60000, got ${given}.`);
    return () => given;
  }
  const { median, p99 } = given as { median: unknown; p99: unknown };
  if (typeof median !== 'number' || typeof p99 !== 'number' || !(median > 0) || !(p99 >= median) || p99 > 60_000) {
    fail('set faults', `latencyMs must be a number or { median, p99 } with 0 < median <= p99 <= 60000, got ${JSON.stringify(given)}.`);
  }
  // Log-normal: the median is e^mu, the 99th percentile e^(mu + z99 sigma).
  const mu = Math.log(median as number);
  const sigma = (Math.log(p99 as number) - mu) / Z99;
  return (draw) => Math.min(60_000, Math.round(Math.exp(mu + sigma * normal(draw))));
}

/** Faults checked against `dataset`'s collections; the hub's seed unless they have their own. */
export function resolveFaults(options: FaultOptions, dataset: Dataset): Faults {
  if (typeof options !== 'object' || options === null) fail('set faults', `give an object such as { rate: 0.2 }, got ${JSON.stringify(options)}.`);
  const unknown = Object.keys(options).find((key) => !FAULT_KEYS.includes(key));
  if (unknown) fail('set faults', `"${unknown}" is not a fault option (${FAULT_KEYS.join(', ')}).`);
  const status = options.status ?? [500, 503];
  if (!Array.isArray(status) || status.length === 0 || status.some((s) => !Number.isInteger(s) || s < 400 || s > 599)) {
    fail('set faults', `status must be a list of 4xx or 5xx codes, got ${JSON.stringify(options.status)}.`);
  }
  const names = new Set(dataset.collections.map((c) => c.name));
  const wrong = options.endpoints?.find((name) => !names.has(name));
  if (wrong !== undefined) fail('set faults', `"${wrong}" is not an endpoint of this hub (${[...names].join(', ')}).`);
  const latency = latencyOf(options.latencyMs);
  return {
    rate: share('rate', options.rate ?? 0),
    status,
    ...(latency ? { latency } : {}),
    resets: share('resets', options.resets ?? 0),
    ...(options.endpoints ? { endpoints: new Set(options.endpoints) } : {}),
    seed: options.seed ?? dataset.options.seed,
  };
}

/** Auth checked: every token a token68 string. */
export function resolveAuth(options: AuthOptions): Auth {
  const bearer = (options as AuthOptions | undefined)?.bearer;
  const valid = (token: unknown) => typeof token === 'string' && /^[A-Za-z0-9\-._~+/]+=*$/.test(token);
  if (typeof bearer === 'string') {
    if (!valid(bearer)) fail('set auth', `the bearer token must be a token68 string (letters, digits, -._~+/), got ${JSON.stringify(bearer)}.`);
    return { tokens: new Map([['*', bearer]]) };
  }
  if (typeof bearer !== 'object' || bearer === null || Object.keys(bearer).length === 0) {
    fail('set auth', `give { bearer: 'token' } or { bearer: { '4650': 'token-a', '*': 'admin' } }, got ${JSON.stringify(options)}.`);
  }
  for (const [code, token] of Object.entries(bearer as Record<string, string>)) {
    if (!valid(token)) fail('set auth', `the token of ${code} must be a token68 string, got ${JSON.stringify(token)}.`);
  }
  return { tokens: new Map(Object.entries(bearer as Record<string, string>)) };
}

/** Checks an override before it is kept: a known school and collection, one of index and id, a patch. */
export function checkOverride(change: RecordOverride | AnswerOverride, dataset: Dataset): void {
  if ('path' in change) {
    if (typeof change.path !== 'string' && !(change.path instanceof RegExp)) fail('override', 'path must be a string or a RegExp.');
    return;
  }
  const { centreCode, collection, index, id, patch } = change;
  if (!dataset.school(centreCode)) fail('override', `no school has centre code "${centreCode}".`);
  if (!dataset.collection(centreCode, collection)) fail('override', `"${collection}" is not an endpoint of this hub.`);
  if ((index === undefined) === (id === undefined)) fail('override', 'give the record\'s index or its id, one of them.');
  if (index !== undefined && (!Number.isInteger(index) || index < 0)) fail('override', `index must be a whole number, got ${JSON.stringify(index)}.`);
  if (typeof patch !== 'function' && (typeof patch !== 'object' || patch === null)) fail('override', 'patch must be an object of fields or a function of the record.');
}
