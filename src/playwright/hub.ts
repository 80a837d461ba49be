// The `hub` a test gets: where the hub is, its data for direct reads, the requests this
// test made, and Node-side interception. Built fresh for every test, over the test's session
// of the hub (hub/session.ts), which every transport's requests go through.
import { QTEACHERS_PEOPLE } from '../model/qteachers/ids.ts';
import { allRecords as all, type Dataset, type SchoolSummary } from '../generate/dataset.ts';
import type { Entity } from '../model/types.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Core } from '../hub/core.ts';
import type { Handle } from '../hub/types.ts';
import { handlerFetch, type HubFetch } from '../consistency/http.ts';
import { nodeTransport, type NodeSwitch } from '../transports/node.ts';
import { claimContext, endOwner, type NodeOwner } from '../transports/node-owner.ts';
import { NAMESPACE_HEADER } from '../hub/namespaces.ts';
import type { AnswerOverride, AuthOptions, FaultOptions, RecordOverride } from '../hub/scenario-options.ts';
import { Session } from '../hub/session.ts';
import type { LoggedRequest } from '../hub/steps/log.ts';

export type { LoggedRequest };

/** A GET with headers: how the test's own fetches carry its token. */
export type HeaderFetch = (url: string, headers: Record<string, string>) => ReturnType<HubFetch>;

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
  core: Core;
  baseURL: string;
  testURL: string;
  testId: string;
  versions: Record<string, string>;
  serveCommand: string;
  transport: 'server' | 'route';
}): HubSession {
  const requests: LoggedRequest[] = [];
  const switches: NodeSwitch[] = [];
  /** This test, as the Node-side transport tells one test's requests from another's. */
  const owner: NodeOwner = { id: args.testId, ended: false };
  const session = new Session(args.core, { id: args.testId, requests });
  session.auth(args.auth);
  // What this test reads without HTTP is what it is served: the data with its overrides.
  const { dataset } = session;
  const handlerFor = (transport: LoggedRequest['transport']): Handle => session.handlerFor(transport);
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
    // The test's own fetches carry what the hub asks for: a token, the document's credentials.
    fetch: (url) => {
      const opened = session.credentialsFor(url);
      return (browserFetch ?? fallbackFetch)(opened.url, opened.headers);
    },
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
    students: (code) => all(dataset.collection(code, QTEACHERS_PEOPLE.student.collection)),
    staff: (code) => all(dataset.collection(code, QTEACHERS_PEOPLE.staff.collection)),
    student: (id) => find(QTEACHERS_PEOPLE.student.collection, QTEACHERS_PEOPLE.student.idField, id),
    staffMember: (id) => find(QTEACHERS_PEOPLE.staff.collection, QTEACHERS_PEOPLE.staff.idField, id),
    async interceptNode(origin = DEFAULT_HUB_ORIGIN) {
      // Before any await: the caller's context is where this test's Node-side work starts.
      claimContext(owner);
      const transport = nodeTransport(origin, handlerFor('node'), owner);
      await transport.enable();
      switches.push(transport);
      return transport.origin;
    },
    faults: (options) => session.faults(options),
    override(target: string | RegExp, second: unknown, change?: Omit<RecordOverride, 'centreCode' | 'collection'>) {
      if (change !== undefined) session.override({ ...change, centreCode: target as string, collection: second as string });
      else session.override({ path: target, answer: second as AnswerOverride['answer'] });
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
      session.end();
      endOwner(owner);
    },
    async dispose() {
      session.end();
      endOwner(owner);
      browserFetch = undefined;
      for (const transport of switches.splice(0)) await transport.disable();
    },
  };
}
