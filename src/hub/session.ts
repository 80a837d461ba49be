// A session of the hub: what one test (or one `seedhub serve`) turns on in front of the core
// answer, changeable while it runs, and its view of the data. Its handlers run the pipeline's
// steps in this order:
//
//   door             steps/door.ts              an ended test's requests get 410
//   log              steps/log.ts               every finished answer, for hub.requests
//   as declared      steps/as-declared.ts       required request headers, answer headers, errors in the document's schema
//   security         steps/security.ts          the document's security, and the sandbox's token endpoint
//   auth             steps/auth.ts              401/403 on data routes; the contract says so
//   faults           steps/faults.ts            seeded error statuses, resets and latency
//   answer overrides steps/answer-overrides.ts  whole answers put in place of the hub's
//   record overrides steps/record-overrides.ts  changed records read from the test's view
//   core             core.ts                    the hub's own answer
//   finish           finish.ts                  CORS, length, ETag, 304, HEAD
import type { Dataset } from '../generate/dataset.ts';
import type { Core } from './core.ts';
import { overlaid } from './overlay.ts';
import { pipeline, type Step } from './pipeline.ts';
import { routeRequest } from './request.ts';
import {
  checkOverride, resolveAuth, resolveFaults,
  type AnswerOverride, type Auth, type AuthOptions, type FaultOptions, type Faults, type RecordOverride,
} from './scenario-options.ts';
import { answerOverrides } from './steps/answer-overrides.ts';
import { asDeclared } from './steps/as-declared.ts';
import { auth } from './steps/auth.ts';
import { security } from './steps/security.ts';
import { door } from './steps/door.ts';
import { faults } from './steps/faults.ts';
import { log, type LoggedRequest } from './steps/log.ts';
import { recordOverrides } from './steps/record-overrides.ts';
import type { Handle } from './types.ts';
import { SANDBOX, sandboxCredentials } from './credentials.ts';

/** A test's identity and its request log, for a session that belongs to a test. */
export interface SessionTest {
  id: string;
  requests: LoggedRequest[];
}

export class Session {
  private faultsOn?: Faults;
  private authOn?: Auth;
  private records: RecordOverride[] = [];
  private answers: AnswerOverride[] = [];
  /** Requests seen per method and URL: the n-th request for a URL draws its own fault. */
  private readonly seen = new Map<string, number>();
  private ended = false;
  /** Whether the document's declared security is checked (it is unless turned off). */
  private securityOn = true;
  /** The data as this session serves it: the configuration's, with its record overrides. */
  readonly dataset: Dataset;

  constructor(private readonly core: Core, private readonly test?: SessionTest) {
    this.dataset = overlaid(core.dataset, (centreCode, collection) => this.changesOf(centreCode, collection));
  }

  /** Turns faults on (an object) or off (null). */
  faults(options: FaultOptions | null): void {
    this.faultsOn = options === null ? undefined : resolveFaults(options, this.core.dataset);
  }

  /** Turns auth on (an object) or off (null). */
  auth(options: AuthOptions | null | undefined): void {
    this.authOn = options ? resolveAuth(options) : undefined;
  }

  /** Checks the document's declared security (true, the default) or lets every request in (false). */
  security(on: boolean): void {
    this.securityOn = on;
  }

  /** Adds an override of records or of a whole answer. */
  override(change: RecordOverride | AnswerOverride): void {
    checkOverride(change, this.core.dataset);
    if ('path' in change) this.answers.push(change);
    else this.records.push(change);
  }

  /** Removes every override. */
  clearOverrides(): void {
    this.records = [];
    this.answers = [];
  }

  /** The record overrides of one collection of one school, in the order they were made. */
  changesOf(centreCode: string, collection: string): readonly RecordOverride[] {
    return this.records.filter((o) => o.centreCode === centreCode && o.collection === collection);
  }

  /**
   * What opens `url` for the test's own fetches: the auth scenario's token, the document's
   * declared credentials (an API key in the query goes on the URL), its required headers.
   */
  credentialsFor(url: string): { url: string; headers: Record<string, string> } {
    const { route } = routeRequest(this.core.dataset, { method: 'GET', url });
    const headers: Record<string, string> = {};
    let opened = url;
    const declared = route.kind === 'collection' || route.kind === 'item' ? route.operation : undefined;
    if (declared?.security && this.securityOn) {
      const set = declared.security[0]!;
      Object.assign(headers, sandboxCredentials(set, this.core.dataset.options.seed));
      for (const scheme of set) if (scheme.type === 'apiKey' && scheme.in === 'query') opened += `${opened.includes('?') ? '&' : '?'}${encodeURIComponent(scheme.param!)}=${SANDBOX.apiKey}`;
    }
    for (const name of declared?.requires ?? []) headers[name] ??= '1';
    if (this.authOn) {
      const code = 'centreCode' in route ? route.centreCode : undefined;
      const token = (code !== undefined ? this.authOn.tokens.get(code) : undefined) ?? this.authOn.tokens.get('*') ?? [...this.authOn.tokens.values()][0];
      if (token) headers.authorization = `Bearer ${token}`;
    }
    return { url: opened, headers };
  }

  /** From now on every handler of the session answers 410 and logs nothing. */
  end(): void {
    this.ended = true;
  }

  /** The session's handler for one transport; its requests are logged as coming through it. */
  handlerFor(transport: LoggedRequest['transport']): Handle {
    const steps: Step[] = [];
    if (this.test) steps.push(door(this.test.id, () => this.ended), log(this.test.requests, transport));
    steps.push(
      asDeclared(),
      security(this.core.dataset, () => this.securityOn),
      auth(() => this.authOn),
      faults(() => this.faultsOn, this.seen),
      answerOverrides(() => this.answers),
      recordOverrides(this.dataset, (centreCode, collection) => this.changesOf(centreCode, collection)),
    );
    return pipeline(this.core, steps);
  }
}
