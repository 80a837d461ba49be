// Scenarios a test (or `seedhub serve`) turns on in front of the hub's handler: seeded
// faults and latency, bearer-token auth, and overrides of records or whole answers. They
// are decided here, once, for every transport: the answer carries `delayMs` and `reset`
// for the transport to carry out. The same seed gives the same faults on the same
// sequence of requests, whichever transport carries them.
import type { Dataset } from '../generate/dataset.ts';
import type { Entity } from '../model/types.ts';
import { keyedStream } from '../generate/keyed-random.ts';
import { HubConfigError } from '../errors.ts';
import { etagOf } from './etag.ts';
import { problem } from './problem.ts';
import { route } from './routes.ts';
import { parsePage, type Page } from './paginate.ts';
import { valueAt } from '../model/api.ts';
import { openApiDocument } from '../openapi/document.ts';
import { CORS, targetOf } from './handle.ts';
import type { Handle, HubRequest, HubResponse } from './types.ts';

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

/** What a scenario did to one request, for the request log. */
export interface ScenarioEffect {
  latencyMs?: number;
  reset?: boolean;
  fault?: boolean;
}

interface Faults {
  rate: number;
  status: readonly number[];
  latency?: (draw: () => number) => number;
  resets: number;
  endpoints?: ReadonlySet<string>;
  seed: string;
}

const share = (name: string, value: unknown): number => {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new HubConfigError(`Failed to set faults: ${name} must be a share from 0 to 1, got ${JSON.stringify(value)}.`);
  return value;
};

/** Standard normal from two uniform draws (Box–Muller). */
const normal = (draw: () => number) => Math.sqrt(-2 * Math.log(1 - draw())) * Math.cos(2 * Math.PI * draw());
/** z of the 99th percentile of the standard normal. */
const Z99 = 2.3263478740408408;

function resolveFaults(options: FaultOptions, seed: string, dataset: Dataset): Faults {
  if (typeof options !== 'object' || options === null) throw new HubConfigError(`Failed to set faults: give an object such as { rate: 0.2 }, got ${JSON.stringify(options)}.`);
  const known = ['rate', 'status', 'latencyMs', 'resets', 'endpoints', 'seed'];
  const unknown = Object.keys(options).find((key) => !known.includes(key));
  if (unknown) throw new HubConfigError(`Failed to set faults: "${unknown}" is not a fault option (${known.join(', ')}).`);
  const status = options.status ?? [500, 503];
  if (!Array.isArray(status) || status.length === 0 || status.some((s) => !Number.isInteger(s) || s < 400 || s > 599)) {
    throw new HubConfigError(`Failed to set faults: status must be a list of 4xx or 5xx codes, got ${JSON.stringify(options.status)}.`);
  }
  const names = new Set(dataset.collections.map((c) => c.name));
  const wrong = options.endpoints?.find((name) => !names.has(name));
  if (wrong !== undefined) throw new HubConfigError(`Failed to set faults: "${wrong}" is not an endpoint of this hub (${[...names].join(', ')}).`);
  let latency: Faults['latency'];
  const given = options.latencyMs;
  if (typeof given === 'number') {
    if (!(given >= 0 && given <= 60_000)) throw new HubConfigError(`Failed to set faults: latencyMs must be from 0 to 60000, got ${given}.`);
    latency = () => given;
  } else if (given !== undefined) {
    const { median, p99 } = given as { median: unknown; p99: unknown };
    if (typeof median !== 'number' || typeof p99 !== 'number' || !(median > 0) || !(p99 >= median) || p99 > 60_000) {
      throw new HubConfigError(`Failed to set faults: latencyMs must be a number or { median, p99 } with 0 < median <= p99 <= 60000, got ${JSON.stringify(given)}.`);
    }
    // Log-normal: the median is e^mu, the 99th percentile e^(mu + z99 sigma).
    const mu = Math.log(median);
    const sigma = (Math.log(p99) - mu) / Z99;
    latency = (draw) => Math.min(60_000, Math.round(Math.exp(mu + sigma * normal(draw))));
  }
  return {
    rate: share('rate', options.rate ?? 0),
    status,
    ...(latency ? { latency } : {}),
    resets: share('resets', options.resets ?? 0),
    ...(options.endpoints ? { endpoints: new Set(options.endpoints) } : {}),
    seed: options.seed ?? seed,
  };
}

interface Auth {
  /** centreCode (or `*`) → token. */
  tokens: ReadonlyMap<string, string>;
}

function resolveAuth(options: AuthOptions): Auth {
  const bearer = (options as AuthOptions | undefined)?.bearer;
  const valid = (token: unknown) => typeof token === 'string' && /^[A-Za-z0-9\-._~+/]+=*$/.test(token);
  if (typeof bearer === 'string') {
    if (!valid(bearer)) throw new HubConfigError(`Failed to set auth: the bearer token must be a token68 string (letters, digits, -._~+/), got ${JSON.stringify(bearer)}.`);
    return { tokens: new Map([['*', bearer]]) };
  }
  if (typeof bearer !== 'object' || bearer === null || Object.keys(bearer).length === 0) {
    throw new HubConfigError(`Failed to set auth: give { bearer: 'token' } or { bearer: { '4650': 'token-a', '*': 'admin' } }, got ${JSON.stringify(options)}.`);
  }
  for (const [code, token] of Object.entries(bearer)) {
    if (!valid(token)) throw new HubConfigError(`Failed to set auth: the token of ${code} must be a token68 string, got ${JSON.stringify(token)}.`);
  }
  return { tokens: new Map(Object.entries(bearer)) };
}

/** The value of a request header, whatever its case. */
function headerOf(request: HubRequest, name: string): string | undefined {
  for (const [key, value] of Object.entries(request.headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

const ID_FIELD = /Id$/;

/** Whether a record carries `id` in its owner ID or any `…Id` field. */
const hasId = (record: Entity, id: string) => Object.keys(record).some((key) => ID_FIELD.test(key) && String(record[key]) === id);

/**
 * A hub's scenario: faults, auth and overrides, changeable while it runs (a test turns them
 * on and off), in front of a handler. Overrides and counts live as long as the scenario.
 */
export class Scenario {
  private faultsOn?: Faults;
  private authOn?: Auth;
  private records: RecordOverride[] = [];
  private answers: AnswerOverride[] = [];
  /** Requests seen per method and URL: the n-th request for a URL draws its own fault. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly dataset: Dataset) {}

  /** Turns faults on (an object) or off (null). */
  faults(options: FaultOptions | null): void {
    this.faultsOn = options === null ? undefined : resolveFaults(options, this.dataset.options.seed, this.dataset);
  }

  /** Turns auth on (an object) or off (null). */
  auth(options: AuthOptions | null | undefined): void {
    this.authOn = options ? resolveAuth(options) : undefined;
  }

  /** Adds an override of records or of a whole answer. */
  override(change: RecordOverride | AnswerOverride): void {
    if ('path' in change) {
      if (typeof change.path !== 'string' && !(change.path instanceof RegExp)) throw new HubConfigError('Failed to override: path must be a string or a RegExp.');
      this.answers.push(change);
      return;
    }
    const { centreCode, collection, index, id, patch } = change;
    if (!this.dataset.school(centreCode)) throw new HubConfigError(`Failed to override: no school has centre code "${centreCode}".`);
    if (!this.dataset.collection(centreCode, collection)) throw new HubConfigError(`Failed to override: "${collection}" is not an endpoint of this hub.`);
    if ((index === undefined) === (id === undefined)) throw new HubConfigError('Failed to override: give the record\'s index or its id, one of them.');
    if (index !== undefined && (!Number.isInteger(index) || index < 0)) throw new HubConfigError(`Failed to override: index must be a whole number, got ${JSON.stringify(index)}.`);
    if (typeof patch !== 'function' && (typeof patch !== 'object' || patch === null)) throw new HubConfigError('Failed to override: patch must be an object of fields or a function of the record.');
    this.records.push(change);
  }

  /** Removes every override. */
  clearOverrides(): void {
    this.records = [];
    this.answers = [];
  }

  /** Whether anything is on. */
  get active(): boolean {
    return this.faultsOn !== undefined || this.authOn !== undefined || this.records.length > 0 || this.answers.length > 0;
  }

  /** A token that opens `url` (any school's when the URL names none), for the test's own fetches. */
  tokenFor(url: string): string | undefined {
    if (!this.authOn) return undefined;
    const found = route(this.dataset, targetOf(url).pathname);
    const code = 'centreCode' in found ? found.centreCode : undefined;
    return (code !== undefined ? this.authOn.tokens.get(code) : undefined) ?? this.authOn.tokens.get('*') ?? [...this.authOn.tokens.values()][0];
  }

  /** `handle` with the scenario in front; `effect` receives what was done to each request. */
  wrap(handle: Handle, effect?: (request: HubRequest, done: ScenarioEffect) => void): Handle {
    return (request) => {
      const done: ScenarioEffect = {};
      const answered = this.answer(handle, request, done);
      // What the scenario answers itself is read by any page, as the hub's own answers are.
      const response = { ...answered, headers: { ...CORS, ...answered.headers, 'content-length': String(Buffer.byteLength(answered.body)) } };
      effect?.(request, done);
      return { ...response, ...(done.latencyMs ? { delayMs: done.latencyMs } : {}), ...(done.reset ? { reset: true } : {}) };
    };
  }

  private answer(handle: Handle, request: HubRequest, done: ScenarioEffect): HubResponse {
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS' || !this.active) return handle(request);
    const url = targetOf(request.url);
    const found = route(this.dataset, url.pathname);
    const data = found.kind === 'collection' || found.kind === 'person';
    if (this.authOn && data) {
      const refused = this.refuse(request, found.kind === 'collection' ? found.centreCode : undefined);
      if (refused) return refused;
    }
    // With auth on, the published contract says so.
    if (this.authOn && found.kind === 'openapi' && !this.answers.length) {
      const body = JSON.stringify(openApiDocument(this.dataset, { auth: true }));
      return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', etag: etagOf(body) }, body };
    }
    const replaced = this.answers.findLast((o) => (typeof o.path === 'string' ? o.path === url.pathname : o.path.test(`${url.pathname}${url.search}`)));
    if (found.kind === 'collection' && this.faultsOn && (!this.faultsOn.endpoints || this.faultsOn.endpoints.has(found.name))) {
      const key = `${method} ${request.url}`;
      const n = (this.seen.get(key) ?? 0) + 1;
      this.seen.set(key, n);
      const draw = keyedStream([this.faultsOn.seed, 'fault', key, n]);
      const { rate, resets, status, latency } = this.faultsOn;
      // The draws are taken in a fixed order, whatever the outcome, so each stays put when another setting changes.
      const reset = draw() < resets;
      const failed = draw() < rate;
      const code = status[Math.floor(draw() * status.length)]!;
      if (latency) done.latencyMs = latency(draw);
      if (reset) {
        done.reset = true;
        return { status: 0, headers: {}, body: '' };
      }
      if (failed) {
        done.fault = true;
        return problem({ kind: 'injected-fault', status: code, detail: `A fault this test turned on (hub.faults): ${code} for the ${ordinal(n)} ${method} of ${request.url}.`, headers: code === 503 ? { 'retry-after': '1' } : {} });
      }
    }
    if (replaced) return this.replacement(replaced, request);
    const response = handle(request);
    if (found.kind !== 'collection' || response.status !== 200 || method !== 'GET') return this.varyByAuth(response);
    const changes = this.changesOf(found.centreCode, found.name);
    return this.varyByAuth(changes.length > 0 ? this.patched(response, url, changes) : response);
  }

  /** 401 without a valid token, 403 with one for another school; undefined when the token opens it. */
  private refuse(request: HubRequest, centreCode: string | undefined): HubResponse | undefined {
    const tokens = this.authOn!.tokens;
    const given = /^Bearer\s+(\S+)\s*$/i.exec(headerOf(request, 'authorization') ?? '')?.[1];
    const challenge = (error?: string) => ({ 'www-authenticate': `Bearer realm="seedhub"${error ? `, error="${error}"` : ''}`, vary: 'Authorization' });
    if (given === undefined) return problem({ kind: 'unauthorized', status: 401, detail: 'This hub asks for a bearer token: send Authorization: Bearer <token>.', headers: challenge() });
    const schools = [...tokens].filter(([, token]) => token === given).map(([code]) => code);
    if (schools.length === 0) return problem({ kind: 'unauthorized', status: 401, detail: 'The bearer token is not one this hub knows.', headers: challenge('invalid_token') });
    if (centreCode !== undefined && !schools.includes('*') && !schools.includes(centreCode)) {
      return problem({ kind: 'forbidden', status: 403, detail: `The bearer token is for ${schools.join(', ')}, not ${centreCode}.`, headers: { vary: 'Authorization' } });
    }
    return undefined;
  }

  private varyByAuth(response: HubResponse): HubResponse {
    return this.authOn ? { ...response, headers: { ...response.headers, vary: 'Authorization' } } : response;
  }

  private replacement(override: AnswerOverride, request: HubRequest): HubResponse {
    const given = typeof override.answer === 'function' ? override.answer(request) : override.answer;
    const body = typeof given.body === 'string' ? given.body : JSON.stringify(given.body ?? null);
    const headers = { 'content-type': typeof given.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', 'access-control-allow-origin': '*', ...given.headers };
    return { status: given.status ?? 200, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body };
  }

  /** A page with its overridden records changed; its length and ETag follow the new body. */
  private patched(response: HubResponse, url: URL, changes: readonly RecordOverride[]): HubResponse {
    const page = JSON.parse(response.body) as unknown;
    const records = valueAt(page, this.dataset.api.envelope.items) as Record<string, unknown>[];
    // The page was served, so its paging parameters are valid.
    const first = (parsePage(url.searchParams, this.dataset.api) as Page).offset;
    records.splice(0, records.length, ...(applyOverrides(records, first, changes) as Record<string, unknown>[]));
    const body = JSON.stringify(page);
    return { ...response, headers: { ...response.headers, etag: etagOf(body), 'content-length': String(Buffer.byteLength(body)) }, body };
  }

  /** The record overrides of one collection of one school, in the order they were made. */
  changesOf(centreCode: string, collection: string): readonly RecordOverride[] {
    return this.records.filter((o) => o.centreCode === centreCode && o.collection === collection);
  }
}

/**
 * A run of records (the first at position `first` of its collection) with `changes` applied
 * in order: the same rule for the wire and for the test's own reads of the data.
 */
export function applyOverrides(records: readonly Entity[], first: number, changes: readonly RecordOverride[]): Entity[] {
  if (changes.length === 0) return [...records];
  return records.map((record, i) => {
    let current = record;
    for (const change of changes) {
      if (change.index !== undefined ? change.index !== first + i : !hasId(current, change.id!)) continue;
      const next = typeof change.patch === 'function' ? change.patch({ ...current }) : { ...current, ...change.patch };
      current = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
    }
    return current;
  });
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
