// The `hub` a test gets: where the hub is, its data for direct reads, the requests this
// test made, and Node-side interception. Built fresh for every test.
import { allRecords as all, type Dataset, type SchoolSummary } from '../generate/dataset.ts';
import type { Entity } from '../model/types.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Handle } from '../hub/types.ts';
import { handlerFetch, type HubFetch } from '../consistency/http.ts';
import { nodeTransport, type NodeSwitch } from '../transports/node.ts';
import { claimContext, endOwner, type NodeOwner } from '../transports/node-owner.ts';
import { NAMESPACE_HEADER } from '../hub/namespaces.ts';
import { problem } from '../hub/problem.ts';
import { overlaid } from '../hub/overlay.ts';
import { Scenario, type AnswerOverride, type AuthOptions, type FaultOptions, type RecordOverride, type ScenarioEffect } from '../hub/scenarios.ts';

/** A GET with headers: how the test's own fetches carry its token. */
export type HeaderFetch = (url: string, headers: Record<string, string>) => ReturnType<HubFetch>;

/** One request the hub answered for this test. */
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

export interface Hub {
  /** Where this test reaches the hub: the worker's server, or the routed origin in route mode. */
  readonly baseURL: string;
  /** The hub's URL for this test only: requests to it are logged and served for this test even from another process (an app server). */
  readonly testURL: string;
  /** A header that does the same for requests to `baseURL`. */
  readonly testHeaders: Readonly<Record<string, string>>;
  readonly seed: string;
  readonly options: ResolvedOptions;
  readonly dataset: Dataset;
  readonly schools: readonly SchoolSummary[];
  /** Requests the hub answered for this test, in order. */
  readonly requests: readonly LoggedRequest[];
  /**
   * GET through this test's transport: the worker's server in server mode; the browser
   * context's routes in route mode (the handler itself if the test opened no browser).
   */
  fetch: HubFetch;
  /** `baseURL` joined with a path: `hub.url('/qt_staff/school-api/schools/4650/staff')`. */
  url(path: string): string;
  /** Every record of a school's collection, read without HTTP. */
  records(centreCode: string, collection: string): Entity[];
  students(centreCode: string): Entity[];
  staff(centreCode: string): Entity[];
  /** A student by enrolment ID, from any school. */
  student(enrolmentId: string): Entity | undefined;
  /** A staff member by staff ID, from any school. */
  staffMember(staffId: string): Entity | undefined;
  /** Makes Node-side HTTP clients (fetch, http, https) in this test get the hub's answers for `origin`, until the test ends. */
  interceptNode(origin?: string): Promise<string>;
  /**
   * Seeded faults and latency on the collection endpoints for the rest of the test, in every
   * transport: `hub.faults({ rate: 0.2, latencyMs: { median: 80, p99: 400 } })`; `null` turns them off.
   */
  faults(options: FaultOptions | null): void;
  /**
   * Changes what the hub serves for the rest of the test, in every transport: records of a
   * collection (`hub.override('4650', 'students', { index: 0, patch: { familyName: 'X' } })`),
   * or a whole answer (`hub.override('/qt_staff/school-api/schools/4650/staff', { status: 503 })`).
   */
  override(centreCode: string, collection: string, change: Omit<RecordOverride, 'centreCode' | 'collection'>): void;
  override(path: string | RegExp, answer: AnswerOverride['answer']): void;
  /** Seed, options, counts and versions: what reproduces this hub. */
  manifest(): HubManifest;
}

export interface HubManifest {
  seed: string;
  options: ResolvedOptions;
  schools: { centreCode: string; counts: Record<string, number> }[];
  versions: Record<string, string>;
  serveCommand: string;
}

/** The virtual origin route mode and `interceptNode` answer for unless told otherwise. */
export const DEFAULT_HUB_ORIGIN = 'http://seedhub.test';

export interface HubSession {
  hub: Hub;
  /** The test's handler for a transport: it answers and logs. */
  handlerFor(transport: LoggedRequest['transport']): Handle;
  /** In route mode: makes `hub.fetch` go through the browser context's routes. */
  useBrowserFetch(fetch: HeaderFetch): void;
  /**
   * Ends the test's hold on the hub: from now on its handlers answer 410 and log nothing,
   * so a request that arrives late never lands in another test's log.
   */
  end(): void;
  /** Removes what the test switched on. */
  dispose(): Promise<void>;
}

export function createHubSession(args: {
  /** Bearer-token auth for this test (the `hubAuth` option). */
  auth?: AuthOptions;
  dataset: Dataset;
  handle: Handle;
  baseURL: string;
  testURL: string;
  testId: string;
  versions: Record<string, string>;
  serveCommand: string;
  transport: 'server' | 'route';
}): HubSession {
  const requests: LoggedRequest[] = [];
  const switches: NodeSwitch[] = [];
  let ended = false;
  /** This test, as the Node-side transport tells one test's requests from another's. */
  const owner: NodeOwner = { id: args.testId, ended: false };
  const scenario = new Scenario(args.dataset);
  scenario.auth(args.auth);
  // What this test reads without HTTP is what it is served: the data with its overrides.
  const dataset = overlaid(args.dataset, scenario);
  const handlerFor = (transport: LoggedRequest['transport']): Handle => {
    let effect: ScenarioEffect = {};
    const answer = scenario.wrap(args.handle, (_request, done) => (effect = done));
    return (request) => {
      if (ended) {
        return problem({ kind: 'test-ended', status: 410, detail: `The test that owned this address (${args.testId}) has ended; a request that comes after its test is answered by no hub.` });
      }
      const response = answer(request);
      const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [k.toLowerCase(), v]));
      requests.push({
        method: request.method.toUpperCase(),
        url: request.url,
        status: response.reset ? 0 : response.status,
        transport,
        headers,
        ...(effect.latencyMs ? { latencyMs: effect.latencyMs } : {}),
        ...(effect.reset ? { reset: true } : {}),
        ...(effect.fault ? { fault: true } : {}),
      });
      return response;
    };
  };
  /** The Authorization header this test's own fetches send, when the hub asks for a token. */
  const authHeaders = (url: string): Record<string, string> => {
    const token = scenario.tokenFor(url);
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  const find = (collection: string, field: string, id: string) => {
    for (const { centreCode } of dataset.schools) {
      const found = all(dataset.collection(centreCode, collection)).find((r) => r[field] === id);
      if (found) return found;
    }
    return undefined;
  };
  let browserFetch: HeaderFetch | undefined;
  const routed = handlerFor('route');
  const fallbackFetch: HeaderFetch = args.transport === 'server'
    ? (url, headers) => fetch(url, { headers })
    : (url, headers) => handlerFetch((request) => routed({ ...request, headers }))(url);
  const hub: Hub = {
    fetch: (url) => (browserFetch ?? fallbackFetch)(url, authHeaders(url)),
    baseURL: args.baseURL,
    testURL: args.testURL,
    testHeaders: { [NAMESPACE_HEADER]: args.testId },
    seed: dataset.options.seed,
    options: dataset.options,
    dataset,
    schools: dataset.schools,
    requests,
    url: (path) => `${args.baseURL}${path.startsWith('/') ? '' : '/'}${path}`,
    records: (code, collection) => all(dataset.collection(code, collection)),
    students: (code) => all(dataset.collection(code, 'students')),
    staff: (code) => all(dataset.collection(code, 'staff')),
    student: (id) => find('students', 'enrolmentId', id),
    staffMember: (id) => find('staff', 'staffId', id),
    async interceptNode(origin = DEFAULT_HUB_ORIGIN) {
      // Before any await: the caller's context is where this test's Node-side work starts.
      claimContext(owner);
      const transport = nodeTransport(origin, handlerFor('node'), owner);
      await transport.enable();
      switches.push(transport);
      return transport.origin;
    },
    faults: (options) => scenario.faults(options),
    override(target: string | RegExp, second: unknown, change?: Omit<RecordOverride, 'centreCode' | 'collection'>) {
      if (change !== undefined) scenario.override({ ...change, centreCode: target as string, collection: second as string });
      else scenario.override({ path: target, answer: second as AnswerOverride['answer'] });
    },
    manifest: () => ({
      seed: dataset.options.seed,
      options: dataset.options,
      schools: dataset.schools.map(({ centreCode }) => ({
        centreCode,
        counts: Object.fromEntries(dataset.collections.map((c) => [c.name, dataset.collection(centreCode, c.name)!.count])),
      })),
      versions: args.versions,
      serveCommand: args.serveCommand,
    }),
  };
  return {
    hub,
    handlerFor,
    useBrowserFetch(fetch) {
      browserFetch = fetch;
    },
    end() {
      ended = true;
      endOwner(owner);
    },
    async dispose() {
      ended = true;
      endOwner(owner);
      browserFetch = undefined;
      for (const transport of switches.splice(0)) await transport.disable();
    },
  };
}
